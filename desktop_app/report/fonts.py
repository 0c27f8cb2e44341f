"""The report's fonts: Noto Sans for Latin text and digits, NanumGothic behind it for Hangul.

NanumGothic draws the decimal point so low and wide that "99.95 %" reads as "99,95 %" at
small sizes, and its ellipsis as "···". ReportLab has no font fallback, so text is cut into
runs, each drawn in the first face that has its characters: Paragraph text through ``markup``,
strings drawn on the canvas through ``RunCanvas``, widths through ``text_width``. Behind
NanumGothic come Noto faces for Arabic, Hebrew, Devanagari, Thai and symbols
(``assets.FALLBACK_FONTS``), shaped with HarfBuzz (uharfbuzz) so letters join; the words of a
right-to-left run are laid out right to left. A character no face has is drawn as
``PLACEHOLDER`` (never dropped) and ``missing_characters`` lists it for a finding. Every face
is a shipped TrueType file, embedded (subset) in the PDF.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop_app.assets import (
    FALLBACK_FONTS,
    FONT_BOLD,
    FONT_FAMILY,
    FONT_REGULAR,
    LATIN_BOLD,
    LATIN_FAMILY,
    LATIN_REGULAR,
    RIGHT_TO_LEFT_FONTS,
    resource_path,
)

#: The faces styles name: Latin first.
REGULAR = LATIN_FAMILY.replace(" ", "")
BOLD = f"{REGULAR}-Bold"
HANGUL = FONT_FAMILY
HANGUL_BOLD = f"{FONT_FAMILY}-Bold"
#: Faces for other scripts, behind the Hangul ones (regular only; bold text uses them too).
FALLBACKS: tuple[str, ...] = tuple(name for name, _, _ in FALLBACK_FONTS)
#: The faces in front, which have every printable ASCII character (see test_report_fonts).
LATIN_FACES = frozenset({REGULAR, BOLD})
#: The faces behind each face, tried in order for a character the face lacks.
BEHIND: dict[str, tuple[str, ...]] = {
    REGULAR: (HANGUL, *FALLBACKS),
    BOLD: (HANGUL_BOLD, *FALLBACKS),
}
_FILES = {
    REGULAR: LATIN_REGULAR,
    BOLD: LATIN_BOLD,
    HANGUL: FONT_REGULAR,
    HANGUL_BOLD: FONT_BOLD,
    **{name: file for name, file, _ in FALLBACK_FONTS},
}
#: Drawn for a character no face has: visible, so nothing silently disappears.
PLACEHOLDER = "\u25a1"
_PLACEHOLDER_FACE = HANGUL


@cache
def register_fonts() -> tuple[str, str]:
    """Register the four faces and the families' bold mappings; return the Latin regular and
    bold names. There is no italic face, so italic maps to the upright ones."""
    for name, file in _FILES.items():
        path = str(resource_path("fonts", file))
        # Only the other scripts' faces are shaped: the Latin and Hangul ones need no joining
        # and stay as fast as before.
        pdfmetrics.registerFont(TTFont(name, path, shapable=name in FALLBACKS))
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
    """The first face of ``chain`` with a glyph for ``char``; None for a space (any will do)
    and for a character no face has (see ``PLACEHOLDER``)."""
    if char.isspace():
        return None
    code = ord(char)
    return next((face for face in chain if code in _covered(face)), None)


def _is_format_character(char: str) -> bool:
    """Joiners, direction marks and variation selectors: no glyph of their own is expected."""
    return unicodedata.category(char) == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F


@lru_cache(maxsize=8192)
def runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """``text`` cut into ``(face, part)`` runs for ``font`` and the faces behind it; a
    character no face has becomes ``PLACEHOLDER``; right-to-left runs have their words
    reversed, since each word is shaped on its own and laid out left to right."""
    chain = (font, *BEHIND.get(font, ()))
    if len(chain) == 1 or (font in LATIN_FACES and text.isascii() and text.isprintable()):
        return ((font, text),)  # the Latin faces draw every printable ASCII character
    result: list[tuple[str, str]] = []
    for char in printable(text):
        face = _face_for(char, chain)
        if face is None and not char.isspace():
            if _is_format_character(char):
                continue
            char, face = PLACEHOLDER, _PLACEHOLDER_FACE
        face = face or (result[-1][0] if result else font)
        if result and result[-1][0] == face:
            result[-1] = (face, result[-1][1] + char)
        else:
            result.append((face, char))
    return tuple((face, _visual(face, part)) for face, part in result)


def _visual(face: str, part: str) -> str:
    """A right-to-left run's words in reverse order (its outer spaces kept in place)."""
    if face not in RIGHT_TO_LEFT_FONTS or " " not in part.strip():
        return part
    core = part.strip()
    lead, trail = part[: len(part) - len(part.lstrip())], part[len(part.rstrip()) :]
    return lead + " ".join(reversed(core.split(" "))) + trail


def missing_characters(texts: Iterable[str]) -> list[str]:
    """The characters of ``texts`` that no face has (drawn as ``PLACEHOLDER``), in order."""
    chain = (REGULAR, *BEHIND[REGULAR])
    seen: dict[str, None] = {}
    for text in texts:
        for char in printable(text):
            if char.isascii() or char.isspace() or char in seen or _is_format_character(char):
                continue
            if _face_for(char, chain) is None:
                seen[char] = None
    return list(seen)


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` drawn in runs (see ``runs``)."""
    width: float = sum(stringWidth(part, face, size) for face, part in runs(text, font))
    return width


def markup(text: str, font: str = REGULAR) -> str:
    """Plain text as markup for a Paragraph in ``font``: escaped, with the runs that need a
    face behind ``font`` wrapped in ``<font face>``."""
    pieces = []
    for face, part in runs(text, font):
        safe = escape(part)
        pieces.append(safe if face == font else f'<font face="{face}">{safe}</font>')
    return "".join(pieces)


class RunCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no types
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
