"""The shipped NanumGothic TrueType fonts, registered with ReportLab once and embedded in PDFs."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.assets import FONT_BOLD, FONT_FAMILY, FONT_REGULAR, resource_path

REGULAR = FONT_FAMILY
BOLD = f"{FONT_FAMILY}-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Register regular and bold (Hangul included) and return their ReportLab names.

    Bold markup (``<b>``) and bold table cells map to the bold face; there is no italic face,
    so italic maps to the upright ones.
    """
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", FONT_REGULAR))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", FONT_BOLD))))
    addMapping(FONT_FAMILY, 0, 0, REGULAR)
    addMapping(FONT_FAMILY, 1, 0, BOLD)
    addMapping(FONT_FAMILY, 0, 1, REGULAR)
    addMapping(FONT_FAMILY, 1, 1, BOLD)
    return REGULAR, BOLD


#: Characters our figures use that NanumGothic lacks, and what to print instead.
_SUBSTITUTES = str.maketrans({"\u2212": "\u2013"})


def printable(text: str) -> str:
    """``text`` with characters the font has no glyph for replaced (the minus sign by a dash)."""
    return text.translate(_SUBSTITUTES)
