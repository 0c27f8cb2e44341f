"""Theme colours adjusted so they stay readable on the current palette (light or dark)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from desktop_app.theme import BAD_COLOUR, GOOD_COLOUR


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def readable(colour: str, palette: QPalette) -> QColor:
    """``colour``, lightened on a dark palette so text in it keeps its contrast."""
    qcolour = QColor(colour)
    return qcolour.lighter(170) if is_dark(palette) else qcolour


def verdict_colour(good: bool | None, palette: QPalette) -> QColor:
    """Green for better, red for worse, the palette's muted text colour when unknown."""
    if good is None:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    return readable(GOOD_COLOUR if good else BAD_COLOUR, palette)
