"""What the window shows: the loaded dataset, the settings and the selection, and their analysis.

``AppState`` is handed a ``Dataset`` (by the library, or the sample) and owns the selection:
it fits it to newly loaded data and asks for ``analyse`` whenever one of them changes. The
analysis runs on a worker (``AnalysisRunner``: the latest request wins), so the UI never waits
for it; ``analysisChanged(Analysis | None)`` announces the newest result (None: nothing loaded)
and ``analysing(bool)`` whether one is on its way. The filter bar shows the selection; views
never compute.
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
from desktop_app.core.dataset import Dataset
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window, today_in
from desktop_app.ui.i18n import ui_text
from desktop_app.ui.jobs.analysis_runner import (
    AnalysisRequest,
    AnalysisRunner,
    InStartOrder,
    Prepare,
)


class AppState(QObject):
    analysisChanged = Signal(object)
    datasetChanged = Signal(object)
    settingsChanged = Signal(object)
    notice = Signal(str)
    analysing = Signal(bool)
    analysisFailed = Signal(str, str)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._selection = Selection()
        self._dataset: Dataset | None = None
        self._in_start_order = InStartOrder(pd.DataFrame())
        self._analysis: Analysis | None = None
        self.clock: Callable[[str], date] = today_in
        """Today in a zone: presets count from it (tests set a fixed day)."""
        self.prepare: Callable[[], Prepare | None] = lambda: None
        """Asked on the UI thread at each request: what the worker computes ahead for the
        view in sight (the window answers)."""
        self._runner = AnalysisRunner(self)
        self._runner.finished.connect(self._deliver)
        self._runner.refused.connect(self._refused)
        self._runner.failed.connect(self.analysisFailed)
        self._runner.busyChanged.connect(self.analysing)

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
        """The newest analysis delivered (while ``is_analysing``, a newer one is on its way)."""
        return self._analysis

    @property
    def incidents_in_start_order(self) -> InStartOrder:
        """The loaded incidents as analyses of them read them (sorted once, on a worker)."""
        return self._in_start_order

    @property
    def is_analysing(self) -> bool:
        return self._runner.busy

    def wait_idle(self, timeout_s: float = 60.0) -> bool:
        """Process events until the newest analysis is shown; False on timeout. For tests,
        ``--smoke`` and ``--screenshot``; the window itself never waits."""
        return self._runner.wait(timeout_s)

    def drop_analysis(self) -> None:
        """Deliver no analysis still running or asked for, and wait for the worker to stop
        (the window is closing)."""
        self._runner.shutdown()

    @property
    def _with_rows(self) -> Dataset | None:
        """The dataset, while it holds incidents."""
        return self._dataset if self._dataset is not None and not self._dataset.empty else None

    @property
    def has_data(self) -> bool:
        return self._with_rows is not None

    @property
    def loaded_paths(self) -> list[str]:
        return self._dataset.paths if self._dataset else []

    def services(self) -> list[str]:
        if (dataset := self._with_rows) is None:
            return []
        return sorted(dataset.incidents["service"].dropna().unique().tolist())

    def day_range(self) -> tuple[date | None, date | None]:
        """First and last local day of the months the loaded incidents cover."""
        if (dataset := self._with_rows) is None:
            return None, None
        window = Window.covering(dataset.incidents["started_at"], self._settings.tz)
        return window.start.date(), window.last_day

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Show ``dataset`` (None: nothing), fit the selection to it, and ask for its analysis
        (with its per-service SLO targets). Listeners of ``datasetChanged`` show the fitted
        selection; they do not set it."""
        self._dataset = dataset
        if dataset is not None:
            self._in_start_order = InStartOrder(dataset.incidents)
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
        """Ask for the analysis of the data, selection and settings as they are now; with
        nothing loaded, there is none (at once)."""
        if not self.has_data:
            self._runner.drop()
            self._deliver(None)
            return
        request = AnalysisRequest(
            self._in_start_order,
            self._selection,
            self.analysis_settings,
            self.prepare(),
            self.dataset.stated if self.dataset is not None else (),
        )
        self._runner.request(request)

    def _deliver(self, analysis: Analysis | None) -> None:
        """Show ``analysis``; periods coarser than asked are said (``notice``)."""
        self._analysis = analysis
        if analysis is not None:
            for finding in analysis.findings:
                if finding.kind == COARSER_PERIODS:
                    self.notice.emit(ui_text().message(finding.message))
        self.analysisChanged.emit(analysis)

    def _refused(self, refusal: SelectionTooLargeError) -> None:
        """A selection too large to compute shows nothing and says why."""
        self.notice.emit(ui_text().error(refusal))
        self._deliver(None)
