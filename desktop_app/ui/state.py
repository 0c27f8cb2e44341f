"""What the window shows: the loaded import, the settings and the selection, and their analysis.

``AppState`` owns the selection: it fits it to newly loaded data and asks for ``analyse``
whenever one of them changes. The analysis runs on a worker (``AnalysisRunner``: the latest
request wins), so the UI never waits for it; ``analysisChanged(Analysis | None)`` announces the
newest result (None: nothing loaded) and ``analysing(bool)`` whether one is on its way. The
filter bar shows the selection; views never compute.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pandas as pd
from PySide6.QtCore import QObject, Signal

from desktop_app.core.analysis import (
    COARSER_PERIODS,
    Analysis,
    Selection,
    SelectionTooLargeError,
    fit_selection,
)
from desktop_app.core.model import ImportResult
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window, today_in
from desktop_app.ui.i18n import core_message
from desktop_app.ui.jobs.analysis_runner import (
    AnalysisRequest,
    AnalysisRunner,
    InStartOrder,
    Prepare,
)


class AppState(QObject):
    analysisChanged = Signal(object)
    importChanged = Signal(object)
    settingsChanged = Signal(object)
    notice = Signal(str)
    analysing = Signal(bool)
    analysisFailed = Signal(str, str)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._selection = Selection()
        self._imported: ImportResult | None = None
        self._in_start_order = InStartOrder(pd.DataFrame())
        self._analysis: Analysis | None = None
        self.clock: Callable[[str], date] = today_in
        """Today in a zone: presets count from it (tests set a fixed day)."""
        self._targets: tuple[tuple[str, float], ...] = ()
        self.prepare: Callable[[], Prepare | None] = lambda: None
        """Asked on the UI thread at each request: what the worker computes ahead for the
        view in sight (the window answers)."""
        self._runner = AnalysisRunner(self)
        self._runner.finished.connect(self._deliver)
        self._runner.refused.connect(self._refused)
        self._runner.failed.connect(self.analysisFailed)
        self._runner.busyChanged.connect(self.analysing)

    @property
    def imported(self) -> ImportResult | None:
        return self._imported

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def selection(self) -> Selection:
        return self._selection

    @property
    def analysis(self) -> Analysis | None:
        """The newest analysis delivered (while ``is_analysing``, a newer one is on its way)."""
        return self._analysis

    @property
    def incidents_in_start_order(self) -> InStartOrder:
        """The loaded incidents as analyses of them read them (sorted once, on a worker)."""
        return self._in_start_order

    def settings_analysed(self) -> Settings:
        """The settings an analysis of the current data is made with (the library's service
        targets included)."""
        return replace(self._settings, service_slo_pct=self._targets)

    @property
    def is_analysing(self) -> bool:
        return self._runner.busy

    def wait_idle(self, timeout_s: float = 60.0) -> bool:
        """Process events until the newest analysis is shown; False on timeout. For tests,
        ``--smoke`` and ``--screenshot``; the window itself never waits."""
        return self._runner.wait(timeout_s)

    def drop_analysis(self) -> None:
        """Deliver no analysis still running or asked for (the window is closing)."""
        self._runner.drop()

    @property
    def has_data(self) -> bool:
        return self._imported is not None and len(self._imported.incidents) > 0

    @property
    def loaded_paths(self) -> list[str]:
        return [f.path for f in self._imported.files] if self._imported else []

    def services(self) -> list[str]:
        if not self.has_data:
            return []
        return sorted(self._imported.incidents["service"].dropna().unique().tolist())

    def day_range(self) -> tuple[date | None, date | None]:
        """First and last local day of the months the loaded incidents cover."""
        if not self.has_data:
            return None, None
        window = Window.covering(self._imported.incidents["started_at"], self._settings.tz)
        return window.start.date(), window.last_day

    def set_import(
        self, result: ImportResult | None, targets: tuple[tuple[str, float], ...] = ()
    ) -> None:
        """Load ``result`` (with the library's per-service SLO ``targets``), fit the selection
        to it, and ask for its analysis. Listeners of ``importChanged`` show the fitted
        selection; they do not set it."""
        self._imported = result
        self._targets = targets
        if result is not None:
            self._in_start_order = InStartOrder(result.incidents)
        if self.has_data:
            today = self.clock(self._settings.tz)
            self._selection = fit_selection(
                self._selection, self.services(), today, self._settings.tz
            )
        self.importChanged.emit(result)
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
        """Ask for the analysis of the data, selection and settings as they are now; with
        nothing loaded, there is none (at once)."""
        if not self.has_data:
            self._runner.drop()
            self._deliver(None)
            return
        request = AnalysisRequest(
            self._in_start_order, self._selection, self.settings_analysed(), self.prepare()
        )
        self._runner.request(request)

    def _deliver(self, analysis: Analysis | None) -> None:
        """Show ``analysis``; periods coarser than asked are said (``notice``)."""
        self._analysis = analysis
        if analysis is not None:
            for finding in analysis.findings:
                if finding.kind == COARSER_PERIODS:
                    self.notice.emit(core_message(finding.message))
        self.analysisChanged.emit(analysis)

    def _refused(self, refusal: SelectionTooLargeError) -> None:
        """A selection too large to compute shows nothing and says why."""
        self.notice.emit(core_message(str(refusal)))
        self._deliver(None)
