"""The report's fonts: Noto Sans for Latin text and digits, NanumGothic behind it for Hangul.

NanumGothic draws the decimal point so low and wide that "99.95 %" reads as "99,95 %" at
small sizes, and its ellipsis as "···". ReportLab has no font fallback, so text is cut into
runs, each drawn in the first face that has its characters: Paragraph text through ``markup``,
strings drawn on the canvas through ``RunCanvas``, widths through ``text_width``. All four
faces are shipped TrueType files, embedded (subset) in the PDF.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop_app.assets import (
    FONT_BOLD,
    FONT_FAMILY,
    FONT_REGULAR,
    LATIN_BOLD,
    LATIN_FAMILY,
    LATIN_REGULAR,
    resource_path,
)

#: The faces styles name: Latin first.
REGULAR = LATIN_FAMILY.replace(" ", "")
BOLD = f"{REGULAR}-Bold"
HANGUL = FONT_FAMILY
HANGUL_BOLD = f"{FONT_FAMILY}-Bold"
#: The faces behind each face, tried in order for a character the face lacks.
BEHIND: dict[str, tuple[str, ...]] = {REGULAR: (HANGUL,), BOLD: (HANGUL_BOLD,)}
_FILES = {
    REGULAR: LATIN_REGULAR,
    BOLD: LATIN_BOLD,
    HANGUL: FONT_REGULAR,
    HANGUL_BOLD: FONT_BOLD,
}


@cache
def register_fonts() -> tuple[str, str]:
    """Register the four faces and the families' bold mappings; return the Latin regular and
    bold names. There is no italic face, so italic maps to the upright ones."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    for family, regular, bold in ((REGULAR, REGULAR, BOLD), (HANGUL, HANGUL, HANGUL_BOLD)):
        for italic in (0, 1):
            addMapping(family, 0, italic, regular)
            addMapping(family, 1, italic, bold)
    return REGULAR, BOLD


@cache
def _covered(face: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(face).face.charToGlyph)


def _face_for(char: str, chain: tuple[str, ...]) -> str | None:
    """The first face of ``chain`` with a glyph for ``char``; None for a space (any will do)."""
    if char.isspace():
        return None
    code = ord(char)
    return next((face for face in chain if code in _covered(face)), chain[0])


@lru_cache(maxsize=8192)
def runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """``text`` cut into ``(face, part)`` runs for ``font`` and the faces behind it."""
    chain = (font, *BEHIND.get(font, ()))
    if len(chain) == 1:
        return ((font, text),)
    result: list[tuple[str, str]] = []
    for char in printable(text):
        face = _face_for(char, chain) or (result[-1][0] if result else font)
        if result and result[-1][0] == face:
            result[-1] = (face, result[-1][1] + char)
        else:
            result.append((face, char))
    return tuple(result)


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` drawn in runs (see ``runs``)."""
    return sum(stringWidth(part, face, size) for face, part in runs(text, font))


def markup(text: str, font: str = REGULAR) -> str:
    """Plain text as markup for a Paragraph in ``font``: escaped, with the runs that need a
    face behind ``font`` wrapped in ``<font face>``."""
    pieces = []
    for face, part in runs(text, font):
        safe = escape(part)
        pieces.append(safe if face == font else f'<font face="{face}">{safe}</font>')
    return "".join(pieces)


class RunCanvas(Canvas):
    """A canvas whose string drawing (tables, charts, headers) switches faces within a string."""

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        """Like ``Canvas.drawString``, in one text object that switches face between runs."""
        font, size = self._fontname, self._fontsize
        parts = runs(text, font)
        if len(parts) == 1 and parts[0][0] == font:
            super().drawString(x, y, parts[0][1], *args, **kwargs)
            return
        text_object = self.beginText(x, y)
        for face, part in parts:
            text_object.setFont(face, size, self._leading)
            text_object.textOut(part)
        self.drawText(text_object)
        self.setFont(font, size, self._leading)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self.drawString(x - text_width(text, self._fontname, self._fontsize), y, text)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self.drawString(x - text_width(text, self._fontname, self._fontsize) / 2, y, text)


#: Characters our figures use that no shipped face has, and what to print instead.
_SUBSTITUTES = str.maketrans({"\u2212": "\u2013"})


def printable(text: str) -> str:
    """``text`` with characters the font has no glyph for replaced (the minus sign by a dash)."""
    return text.translate(_SUBSTITUTES)
