"""Export PDF… and Export table as CSV…: pick a path, write off the UI thread, offer to open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.analysis import Analysis, Selection, analyse, analysis_window, preset_days
from desktop_app.core.reporting.report_model import ReportModel, build_report_model
from desktop_app.core.window import Window, period_slug
from desktop_app.core.writing.atomic import refuse_overwriting_inputs
from desktop_app.core.writing.csv_export import export_csv
from desktop_app.text.language import Language, is_language
from desktop_app.text.report import period
from desktop_app.ui.dialogs.report_dialog import ReportDialog
from desktop_app.ui.file_dialogs import ask_save_path, documents_dir
from desktop_app.ui.i18n import current_language, translate, ui_text
from desktop_app.ui.jobs.controller import WindowController
from desktop_app.ui.jobs.workers import Task, export_pdf_job
from desktop_app.ui.settings import ALL_DATA, CURRENT_SELECTION, ReportOptions


class ExportController(WindowController):
    exported = Signal(str)

    def export_pdf(self) -> Task | None:
        """Ask what the report covers (remembered), then where to save it (named after its
        period), write it, then offer to open it."""
        if self._state.analysis is None or self._state.dataset is None:
            return None
        options = self.ask_report_options()
        if options is None:
            return None
        dataset = self._state.dataset
        selection = self.report_selection(options)
        now = pd.Timestamp.now(tz="UTC")
        window = analysis_window(dataset.incidents, selection, self._state.settings, now)
        path = self._ask_path(
            f"reliability-{period_slug(window)}.pdf",
            translate("Export", "Export PDF"),
            translate("Export", "PDF documents (*.pdf)"),
        )
        if path is None:
            return None
        return self.write_pdf(
            path, then=lambda: self._offer_to_open(path), options=options, selection=selection
        )

    def ask_report_options(self) -> ReportOptions | None:
        """The Export PDF dialog, filled with the last choices; None when cancelled."""
        analysis = self._state.analysis
        assert analysis is not None
        dialog = ReportDialog(
            self._settings.report_options(),
            period(ui_text(), analysis.window),
            self._settings.preferences().organisation,
            current_language(),
            self._window,
        )
        if dialog.exec() != ReportDialog.DialogCode.Accepted:
            return None
        options = dialog.options()
        self._settings.set_report_options(options)
        return options

    def report_selection(self, options: ReportOptions) -> Selection:
        """The selection the report covers: the current one, or a preset's period (counted
        from today) or all the loaded data, with the current filters."""
        state = self._state
        if options.period == CURRENT_SELECTION:
            return state.selection
        selection = replace(state.selection, window=None, preset=None)
        if options.period != ALL_DATA:
            tz = state.settings.tz
            days = preset_days(options.period, state.clock(tz))
            selection = replace(selection, window=Window.from_dates(*days, tz), preset=None)
        return selection

    def report_analysis(self, selection: Selection) -> Callable[[], Analysis]:
        """How the export job gets the analysis of ``selection``: the one shown when it is
        that selection's and up to date, else one of its own (made in the job, off the UI
        thread)."""
        state = self._state
        shown, settings = state.analysis, state.analysis_settings
        if (
            shown is not None
            and not state.is_analysing
            and shown.selection == selection
            and shown.settings == settings
        ):
            return lambda: shown
        incidents = state.incidents_in_start_order
        stated = () if state.dataset is None else state.dataset.stated
        return lambda: analyse(incidents(), selection, settings, stated=stated)

    def write_pdf(
        self,
        path: Path,
        then: Callable[[], None] | None = None,
        options: ReportOptions | None = None,
        selection: Selection | None = None,
    ) -> Task | None:
        """Write the report (of ``selection``, by default the current one) to ``path`` off
        the UI thread; ``exported`` tells when it is done, failures go to the error path
        (None: refused, see ``_refused``)."""
        if self._refused(path):
            return None
        analysis_of = self.report_analysis(selection or self._state.selection)
        dataset = self._state.dataset
        prefs = self._settings.preferences()
        options = options or ReportOptions(organisation=prefs.organisation)

        chosen = options.language
        lang: Language = chosen if is_language(chosen) else current_language()
        built: list[ReportModel] = []

        def build() -> ReportModel:
            assert dataset is not None  # export_pdf checks it
            analysis = analysis_of()
            model = build_report_model(
                analysis,
                dataset,
                title=options.title,
                organisation=options.organisation or prefs.organisation,
                reclassifications=dataset.reclassifications,
            )
            built.append(model)
            return model

        job = export_pdf_job(build, path, prefs.page_size, options.appendices, lang)
        label = translate("Export", "Writing the PDF report…")

        def finished() -> None:
            self._tell_missing_glyphs(built, path, lang)
            if then is not None:
                then()

        return self._start(Task(job, "PDF export"), path, label, finished)

    def _tell_missing_glyphs(self, built: list[ReportModel], path: Path, lang: Language) -> None:
        """A notice naming characters the PDF shows as a placeholder (no bundled glyph)."""
        from desktop_app.report import glyph_findings

        for finding in glyph_findings(built[-1], path, lang) if built else []:
            self._state.notice.emit(ui_text().message(finding.message))

    def export_table(self, frame: pd.DataFrame | None, name: str) -> Task | None:
        if frame is None:
            return None
        analysis = self._state.analysis
        period = period_slug(analysis.window) if analysis else f"{date.today():%Y-%m-%d}"
        path = self._ask_path(
            f"{name}-{period}.csv",
            translate("Export", "Export table as CSV"),
            translate("Export", "CSV (*.csv)"),
        )
        if path is None or self._refused(path):
            return None
        task = Task(lambda _progress: export_csv(frame, path), "CSV export")
        label = translate("Export", "Writing {file}…").format(file=path.name)
        return self._start(task, path, label, lambda: self._offer_to_open(path))

    def _ask_path(self, name: str, title: str, file_filter: str) -> Path | None:
        """Where to save, offered as ``name`` in the documents folder (its suffix is kept)."""
        default = Path(documents_dir()) / name
        return ask_save_path(self._window, title, default, file_filter, default.suffix)

    def _refused(self, path: Path) -> bool:
        """Whether ``path`` is a loaded input file (then the user is told, nothing written)."""
        try:
            refuse_overwriting_inputs(path, self._state.loaded_paths)
        except ValueError as exc:
            context = translate("Export", "Did not write {file}").format(file=path.name)
            self._reporter.report(ui_text().error(exc), context=context)
            return True
        return False

    def _start(self, task: Task, path: Path, label: str, then: Callable[[], None] | None) -> Task:
        dialog = self._progress_dialog(task, translate("Export", "Exporting"), label, 300)
        self.progress_dialog = dialog
        for ended in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            ended.connect(lambda *_: self._close_progress(dialog))
        task.signals.finished.connect(lambda _result: self._finished(path, then))
        task.signals.failed.connect(
            lambda message, details: self._reporter.report(
                message,
                details,
                context=translate("Export", "Could not write {file}").format(file=path.name),
            )
        )
        return self._runner.start(task)

    def _finished(self, path: Path, then: Callable[[], None] | None) -> None:
        """``then`` first, so that whoever waits for ``exported`` sees its effects too (each
        connection to a worker's signal is a separate queued call)."""
        if then is not None:
            then()
        self.exported.emit(str(path))

    def _offer_to_open(self, path: Path) -> None:
        answer = QMessageBox.question(
            self._window,
            translate("Export", "Export finished"),
            translate("Export", "Saved {file} in {folder}.\nOpen it now?").format(
                file=path.name, folder=path.parent
            ),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Open,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
