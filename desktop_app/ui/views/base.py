"""What every view shares: ``set_analysis``, drawing only when seen, and a quiet message when
nothing is loaded."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QScrollArea, QStackedLayout, QWidget

from desktop_app.core.analysis import Analysis
from desktop_app.ui.i18n import translate
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP
from desktop_app.ui.plots.chart_image import Chart

NOTHING_LOADED = QT_TRANSLATE_NOOP(
    "AnalysisView",
    "Nothing loaded yet — drop incident CSV files on the window or use File ▸ Open…",
)
USABLE_SIZE = QSize(720, 440)
"""Below this a view's content scrolls rather than crushing its charts and tables."""


class FillingScrollArea(QScrollArea):
    """Its widget fills the viewport, down to the widget's minimum size; below that it
    scrolls. (``widgetResizable`` would size a widget whose labels wrap to its preferred
    height for the width, and a view that fits would scroll.)"""

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_widget()
        return super().viewportEvent(event)

    def fit_widget(self) -> None:
        widget = self.widget()
        if widget is not None:
            least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
            widget.resize(self.viewport().size().expandedTo(least))


class AnalysisView(QWidget):
    """A view of one ``Analysis``; subclasses put their content in ``self.content``.

    The content sits in a scroll area: it fills the view, and scrolls once the view is
    smaller than ``USABLE_SIZE``.

    A view hidden behind another tab does not draw a new analysis: it marks itself stale and
    draws when it is shown (a view on its own, without a parent, draws at once).

    ``incidentMenuRequested(incident, global_pos)``: the user right-clicked an incident (a row
    of a chart); the library controller answers with Reclassify / Edit times / Note.
    ``incidentMenuExtending(incident, menu)``: a table's context menu for one incident is being
    built; the library controller adds those items to it."""

    incidentMenuRequested = Signal(object, QPoint)
    incidentMenuExtending = Signal(object, QMenu)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._analysis: Analysis | None = None
        self._stale = False
        self.empty_label = QLabel(translate("AnalysisView", NOTHING_LOADED), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.content = QWidget()
        self.content.setMinimumSize(USABLE_SIZE)
        self.view_scroll = FillingScrollArea(self)
        self.view_scroll.setObjectName("viewScroll")
        self.view_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.view_scroll.setWidget(self.content)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty_label)
        self._stack.addWidget(self.view_scroll)

    def analysis(self) -> Analysis | None:
        return self._analysis

    def set_analysis(self, analysis: Analysis | None) -> None:
        """Show ``analysis`` (None: the empty message), now if the view can be seen."""
        self._analysis = analysis
        self._stale = True
        if not (self.isHidden() and self.parentWidget() is not None):
            self._draw()

    def is_stale(self) -> bool:
        """Whether the analysis set last is not drawn yet (the view is hidden)."""
        return self._stale

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._draw()
        super().showEvent(event)

    def _draw(self) -> None:
        self._stale = False
        analysis = self._analysis
        self._stack.setCurrentWidget(self.empty_label if analysis is None else self.view_scroll)
        self._show(analysis)

    def prepare(self) -> Callable[[Analysis], object] | None:
        """What the analysis worker computes ahead for this view (asked on the UI thread,
        run on the worker: it reads only the analysis); None: nothing."""
        return None

    def is_empty(self) -> bool:
        return self._analysis is None

    def current_table(self) -> pd.DataFrame | None:
        """The table "Export table as CSV…" saves from this view (None: nothing to save)."""
        return None

    def current_chart(self) -> Chart | None:
        """The chart "Copy chart" and "Save chart as PNG…" act on (None: this view has none)."""
        return None

    def _show(self, analysis: Analysis | None) -> None:
        raise NotImplementedError
