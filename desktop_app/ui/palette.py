"""Light and dark palettes for the Fusion style, following the system's colour scheme.

Fusion's own palette is light; on a system set to dark the app switches to ``dark_palette``
so text, tables and plots stay readable (views take their colours from the palette).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from desktop_app.theme import ACCENT_COLOUR

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

_DARK: dict[QPalette.ColorRole, str] = {
    Role.Window: "#202124",
    Role.WindowText: "#E8EAED",
    Role.Base: "#17181A",
    Role.AlternateBase: "#2A2B2E",
    Role.ToolTipBase: "#303134",
    Role.ToolTipText: "#E8EAED",
    Role.PlaceholderText: "#9AA0A6",
    Role.Text: "#E8EAED",
    Role.Button: "#2D2E31",
    Role.ButtonText: "#E8EAED",
    Role.BrightText: "#FFFFFF",
    Role.Light: "#3C4043",
    Role.Midlight: "#333438",
    Role.Mid: "#5F6368",
    Role.Dark: "#111214",
    Role.Shadow: "#000000",
    Role.Highlight: "#8AB4F8",
    Role.HighlightedText: "#17181A",
    Role.Link: "#8AB4F8",
    Role.LinkVisited: "#C58AF9",
}
_DARK_DISABLED: dict[QPalette.ColorRole, str] = {
    Role.WindowText: "#6F7378",
    Role.Text: "#6F7378",
    Role.ButtonText: "#6F7378",
}


CHECK_INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
)


class DeskStyle(QProxyStyle):
    """Fusion, with check boxes framed in the palette's placeholder colour: Fusion frames
    them a shade darker than the window, which on the dark palette is next to invisible."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in CHECK_INDICATORS:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(option.palette.color(Role.PlaceholderText))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    palette = QStyleFactory.create("Fusion").standardPalette()
    palette.setColor(Role.Highlight, QColor(ACCENT_COLOUR))
    palette.setColor(Role.Link, QColor(ACCENT_COLOUR))
    return palette


def apply_palette(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Set the palette for ``scheme`` (default: the system's current colour scheme)."""
    scheme = app.styleHints().colorScheme() if scheme is None else scheme
    app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else light_palette())


APPEARANCES: tuple[str, ...] = ("system", "light", "dark")
_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def set_appearance(app: QApplication, appearance: str) -> None:
    """Light, dark, or following the system ("system"); applied at once to every widget."""
    app.setProperty("appearance", appearance)
    apply_palette(app, _SCHEMES.get(appearance))


def follow_colour_scheme(app: QApplication) -> None:
    """Apply the palette now and again whenever the system's scheme changes, unless the user
    chose light or dark (hooked once)."""
    apply_palette(app)
    if not app.property("followsColourScheme"):
        app.setProperty("followsColourScheme", True)
        app.styleHints().colorSchemeChanged.connect(
            lambda scheme: (
                apply_palette(app, scheme)
                if app.property("appearance") in (None, "system")
                else None
            )
        )
