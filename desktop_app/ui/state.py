"""What the window shows: the loaded dataset, the settings and the selection, and their analysis.

``AppState`` is handed a ``Dataset`` (by the library, or the sample) and owns the selection:
it fits it to newly loaded data and recomputes ``analyse``
once whenever one of them changes, announcing the result with ``analysisChanged(Analysis |
None)`` (None: nothing loaded). The filter bar shows the selection; views never compute.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, Signal

from desktop_app.core.analysis import (
    COARSER_PERIODS,
    Analysis,
    Selection,
    SelectionTooLargeError,
    analyse,
    fit_selection,
)
from desktop_app.core.dataset import Dataset
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window, today_in
from desktop_app.ui.i18n import ui_text


class AppState(QObject):
    analysisChanged = Signal(object)
    datasetChanged = Signal(object)
    settingsChanged = Signal(object)
    notice = Signal(str)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._selection = Selection()
        self._dataset: Dataset | None = None
        self._analysis: Analysis | None = None
        self.clock: Callable[[str], date] = today_in
        """Today in a zone: presets count from it (tests set a fixed day)."""

    @property
    def dataset(self) -> Dataset | None:
        return self._dataset

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def analysis_settings(self) -> Settings:
        """The settings with the dataset's per-service SLO targets: what is analysed."""
        targets = self._dataset.targets if self._dataset else ()
        return replace(self._settings, service_slo_pct=targets)

    @property
    def selection(self) -> Selection:
        return self._selection

    @property
    def analysis(self) -> Analysis | None:
        return self._analysis

    @property
    def has_data(self) -> bool:
        return self._dataset is not None and not self._dataset.empty

    @property
    def loaded_paths(self) -> list[str]:
        return self._dataset.paths if self._dataset else []

    def services(self) -> list[str]:
        if not self.has_data:
            return []
        return sorted(self._dataset.incidents["service"].dropna().unique().tolist())

    def day_range(self) -> tuple[date | None, date | None]:
        """First and last local day of the months the loaded incidents cover."""
        if not self.has_data:
            return None, None
        window = Window.covering(self._dataset.incidents["started_at"], self._settings.tz)
        return window.start.date(), window.last_day

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Show ``dataset`` (None: nothing), fit the selection to it, and analyse once (with
        its per-service SLO targets). Listeners of ``datasetChanged`` show the fitted
        selection; they do not set it."""
        self._dataset = dataset
        if self.has_data:
            today = self.clock(self._settings.tz)
            self._selection = fit_selection(
                self._selection, self.services(), today, self._settings.tz
            )
        self.datasetChanged.emit(dataset)
        self._recompute()

    def set_selection(self, selection: Selection) -> None:
        if selection == self._selection:
            return
        self._selection = selection
        self._recompute()

    def set_settings(self, settings: Settings) -> None:
        if settings == self._settings:
            return
        self._settings = settings
        self.settingsChanged.emit(settings)
        self._recompute()

    def _recompute(self) -> None:
        """Analyse; a selection too large to compute shows nothing and says why (``notice``),
        and so does one computed on coarser periods than asked."""
        self._analysis = None
        if self.has_data:
            try:
                settings = self.analysis_settings
                self._analysis = analyse(self._dataset.incidents, self._selection, settings)
            except SelectionTooLargeError as exc:
                self.notice.emit(ui_text().error(exc))
        if self._analysis is not None:
            for finding in self._analysis.findings:
                if finding.kind == COARSER_PERIODS:
                    self.notice.emit(ui_text().message(finding.message))
        self.analysisChanged.emit(self._analysis)
