"""One headline figure: label, big value (coloured by status), detail, change vs before."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop_app.core.metrics.kpis import Kpi
from desktop_app.text import text_for
from desktop_app.text.kpis import Tile, tile
from desktop_app.text.language import Language
from desktop_app.ui.help import rich_help
from desktop_app.ui.widgets.palette_colours import verdict_colour

STATUS_GOOD = {"good": True, "bad": False, "neutral": None}


def _set_colour(label: QLabel, colour: QColor | None) -> None:
    palette = label.palette()
    if colour is None:
        parent = label.parentWidget()
        palette = parent.palette() if parent else QPalette()
    else:
        palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


class KpiCard(QFrame):
    """Shows a ``Kpi``; colours follow the palette so light and dark themes stay readable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("KpiCard")
        self._kpi: Kpi | None = None
        self._tile: Tile | None = None
        self.label = QLabel(self)
        self.value = QLabel(self)
        self.detail = QLabel(self)
        self.change = QLabel(self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        for small in (self.label, self.detail, self.change):
            small.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for widget in (self.label, self.value, self.detail, self.change):
            layout.addWidget(widget)
        layout.addStretch(1)

    def kpi(self) -> Kpi | None:
        return self._kpi

    def tile(self) -> Tile | None:
        """The words shown."""
        return self._tile

    def set_kpi(self, kpi: Kpi, definition: str = "", lang: Language = "en") -> None:
        """Show ``kpi`` in ``lang``; ``definition`` (the method page's words) is its tooltip
        and F1 help."""
        self._kpi = kpi
        self._tile = shown = tile(text_for(lang), kpi)
        self.label.setText(shown.label)
        self.value.setText(shown.value)
        self.detail.setText(shown.detail)
        self.change.setText(shown.change_text or "")
        self.change.setVisible(shown.change is not None)
        summary = f"{shown.label}: {shown.value} · {shown.detail}"
        self.setToolTip(rich_help(summary, shown.note, definition))
        self.setWhatsThis(definition)
        self._apply_colours()

    def value_colour(self) -> QColor:
        return self.value.palette().color(QPalette.ColorRole.WindowText)

    def _apply_colours(self) -> None:
        if self._kpi is None:
            return
        palette = self.palette()
        good = STATUS_GOOD[self._kpi.status]
        _set_colour(self.value, None if good is None else verdict_colour(good, palette))
        _set_colour(self.change, verdict_colour(self._kpi.improved, palette))
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        _set_colour(self.detail, muted)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()
