"""The main window: filter bar, the five views in tabs, the empty state, menus and status bar.

It wires things together and holds no figures: ``AppState`` computes, views draw, the import
and export controllers run the long work, the library controller holds the library (the
session, its banner, menu and dialogs), and errors go to the one error dialog.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import cast

from PySide6.QtCore import QChildEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.assets import sample_data_files
from desktop_app.core.analysis import Analysis
from desktop_app.core.dataset import Dataset
from desktop_app.core.metrics.counting import overlapping
from desktop_app.core.model import FileImport
from desktop_app.core.window import local_zone
from desktop_app.ui.actions import (
    VIEW_NAMES,
    Actions,
    build_menus,
    build_toolbar,
    create_actions,
    view_title,
)
from desktop_app.ui.dialogs.about import AboutDialog
from desktop_app.ui.dialogs.error_dialog import ErrorDialog
from desktop_app.ui.dialogs.findings import FindingsDialog
from desktop_app.ui.dialogs.preferences import PreferencesDialog
from desktop_app.ui.dialogs.rejected_rows import RejectedRowsDialog
from desktop_app.ui.drop import DropHandler
from desktop_app.ui.errors import ErrorReporter
from desktop_app.ui.file_dialogs import ask_open_paths
from desktop_app.ui.help import install_help_key
from desktop_app.ui.i18n import translate, ui_text
from desktop_app.ui.jobs.export_flow import ExportController
from desktop_app.ui.jobs.outcomes import ImportOutcome
from desktop_app.ui.jobs.workers import TaskRunner
from desktop_app.ui.library.controller import LibraryController
from desktop_app.ui.library.import_flow import LibraryImportController
from desktop_app.ui.library.session import LibrarySession
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP
from desktop_app.ui.palette import set_appearance
from desktop_app.ui.plots.chart_image import Chart, copy_image, save_chart_as
from desktop_app.ui.recent_files import RecentFilesMenu
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.state import AppState
from desktop_app.ui.views import (
    CalendarView,
    IncidentsView,
    OverviewView,
    ServicesView,
    TimelineView,
)
from desktop_app.ui.views.base import AnalysisView
from desktop_app.ui.widgets.empty_state import EmptyState
from desktop_app.ui.widgets.filter_bar import FilterBar
from desktop_app.ui.widgets.notification_bar import NotificationBar, why_nothing
from desktop_app.ui.window_layout import LayoutMemory

FIRST_RUN_HINT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "You are looking at sample data. Drop your own incident CSV files anywhere on this window, "
    "or use File ▸ Open CSV… (Ctrl+O).",
)
BUSY_AFTER_MS = 200
"""An analysis that takes longer shows the busy bar (a quick one would only flicker)."""


class MainWindow(QMainWindow):
    # Hides QWidget.actions() from Python on purpose: the window's actions are named, not listed.
    actions: Actions  # type: ignore[assignment]

    def __init__(self, settings: AppSettings, reporter: ErrorReporter, log_path: str = "") -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.app_settings = settings
        self.reporter = reporter
        self.log_path = log_path
        self.error_dialog: ErrorDialog | None = None
        self.rejected_dialog: RejectedRowsDialog | None = None
        #: The last import's files none of whose rows was imported (so not in the dataset).
        self.unshown: list[FileImport] = []
        self.findings_dialog: FindingsDialog | None = None
        prefs = settings.preferences()
        self.state = AppState(prefs.analysis_settings(), self)
        self.state.prepare = lambda: self.views[self.current_view_name()].prepare()
        self.runner = TaskRunner(self)
        self.actions = create_actions(self)
        self.actions.appearance[settings.appearance()].setChecked(True)
        self._build_central(prefs.analysis_settings().tz)
        self.edit_menu = build_menus(self, self.actions)
        build_toolbar(self, self.actions)
        self._build_status_bar()
        self.drop = DropHandler(self)
        session = LibrarySession(self.runner, self)
        self.importer = LibraryImportController(
            self, self.state, settings, self.runner, reporter, session=session
        )
        self.exporter = ExportController(self, self.state, settings, self.runner, reporter)
        self.library = LibraryController(self, session, self.importer)
        self._central_layout.insertWidget(1, self.library.banner)
        self.menuBar().insertMenu(self.menuBar().actions()[-1], self.library.menu)  # before Help
        self.edit_menu.insertAction(self.actions.find, self.library.undo_action)
        self.notification.undoRequested.connect(self.library.undo_removal)
        self.recent = RecentFilesMenu(self.actions.recent_menu, settings)
        self.layout_memory = LayoutMemory(self, settings)
        self._connect()
        self._show_analysis(None)
        self.layout_memory.restore()
        self._warn_about_the_zone()

    # --- construction ------------------------------------------------------------------------
    def _build_central(self, tz: str) -> None:
        self.filter_bar = FilterBar(tz=tz)
        self.notification = NotificationBar()
        self.views: dict[str, AnalysisView] = {
            "overview": OverviewView(),
            "timeline": TimelineView(),
            "calendar": CalendarView(),
            "incidents": IncidentsView(),
            "services": ServicesView(),
        }
        self.tabs = QTabWidget()
        self.tabs.setObjectName("viewTabs")
        self.tabs.setDocumentMode(True)
        for name, view in self.views.items():
            self.tabs.addTab(view, view_title(name))
        self.empty_state = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.tabs)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.notification)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._central_layout = layout

    def _build_status_bar(self) -> None:
        self.files_label = QLabel()
        self.tz_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumSize(80, 12)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self.busy_bar.show)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.files_label, 1)
        self.statusBar().addPermanentWidget(self.tz_label)

    def _connect(self) -> None:
        a = self.actions
        a.open.triggered.connect(self.open_files)
        a.load_sample.triggered.connect(self.load_sample)
        a.export_pdf.triggered.connect(self.exporter.export_pdf)
        a.export_csv.triggered.connect(self.export_table)
        a.show_rejected.triggered.connect(self.show_rejected)
        a.clear.triggered.connect(lambda: self.state.set_dataset(None))
        a.quit.triggered.connect(self.close)
        a.preferences.triggered.connect(self.edit_preferences)
        a.find.triggered.connect(self.find_incidents)
        a.copy_chart.triggered.connect(self.copy_chart)
        for name, action in a.appearance.items():
            action.triggered.connect(lambda _=False, n=name: self.set_appearance(n))
        a.save_chart.triggered.connect(self.save_chart)
        a.about.triggered.connect(self.show_about)
        for name, action in a.views.items():
            action.triggered.connect(lambda _=False, n=name: self.show_view(n))
        self.empty_state.openRequested.connect(self.open_files)
        self.empty_state.sampleRequested.connect(self.load_sample)
        self.drop.filesDropped.connect(self.importer.load)
        self.drop.dropRefused.connect(self.show_message)
        self.recent.openRequested.connect(self.open_recent)
        self.filter_bar.selectionChanged.connect(
            lambda: self.state.set_selection(self.filter_bar.selection())
        )
        self.state.datasetChanged.connect(self._on_dataset_changed)
        self.state.analysisChanged.connect(self._show_analysis)
        self.state.notice.connect(self.show_message)
        self.state.analysing.connect(self._show_busy)
        self.state.analysisFailed.connect(self.reporter.report)
        self.help_key = install_help_key(self)
        self.state.settingsChanged.connect(lambda s: self.filter_bar.set_timezone(s.tz))
        services = cast(ServicesView, self.views["services"])
        services.serviceActivated.connect(self.show_only_service)
        self.importer.imported.connect(self._on_imported)
        self.importer.notice.connect(lambda notice: self.show_message(notice.text))
        self.notification.showRejectedRequested.connect(self.show_rejected)
        self.notification.showDetailsRequested.connect(self.show_findings)
        self.notification.showAllPeriodRequested.connect(self.show_all_periods)
        self.reporter.errorReported.connect(self.show_error)
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())

    def _warn_about_the_zone(self) -> None:
        """Say so when the machine's time zone cannot be used and UTC stands in for it."""
        zone = local_zone()
        if zone.problem and self.state.settings.tz == zone.name:
            shown = translate("MainWindow", "{problem}; times are shown in {zone} (Preferences)")
            problem = ui_text().message(zone.problem)
            self.show_message(shown.format(problem=problem, zone=zone.name))

    # --- commands ----------------------------------------------------------------------------
    def open_files(self) -> None:
        paths = ask_open_paths(self, self._last_dir())
        if paths:
            self.importer.load(paths)

    def open_recent(self, path: str) -> None:
        self.importer.load([path])

    def load_sample(self) -> None:
        files = [str(p) for p in sample_data_files()]
        if not files:
            self.show_message(
                translate(
                    "MainWindow", "The bundled sample data is missing from this installation."
                )
            )
            return
        self.importer.load(files)

    def export_table(self) -> None:
        name = self.current_view_name()
        self.exporter.export_table(self.views[name].current_table(), name)

    def set_appearance(self, appearance: str) -> None:
        """Light, dark or the system's colours, now (every view re-themes) and at next start."""
        self.app_settings.set_appearance(appearance)
        self.actions.appearance[appearance].setChecked(True)
        set_appearance(cast(QApplication, QApplication.instance()), appearance)

    def current_chart(self) -> Chart | None:
        return self.views[self.current_view_name()].current_chart()

    def copy_chart(self) -> None:
        chart = self.current_chart()
        if chart is not None:
            copy_image(chart.chart_image())
            copied = translate("MainWindow", "Chart copied: paste it into a slide or a document")
            self.statusBar().showMessage(copied, 5000)

    def save_chart(self) -> None:
        chart = self.current_chart()
        if chart is not None:
            save_chart_as(self, chart)

    def show_only_service(self, service: str) -> None:
        """Filter every view to ``service`` (the Services tab's double-click)."""
        self.state.set_selection(replace(self.state.selection, services=(service,)))
        self.filter_bar.set_selection(self.state.selection)

    def find_incidents(self) -> None:
        """Ctrl+F from any view: the Incidents view, its search box ready for typing."""
        self.show_view("incidents")
        self.views["incidents"].incidents.focus_search()  # type: ignore[attr-defined]

    def show_view(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.views[name])

    def current_view_name(self) -> str:
        return VIEW_NAMES[self.tabs.currentIndex()]

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.app_settings.preferences(), self)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        prefs = dialog.preferences()
        library_changed = prefs.library_path != self.app_settings.preferences().library_path
        self.app_settings.set_preferences(prefs)
        zone_changed = prefs.analysis_settings().tz != self.state.settings.tz
        self.state.set_settings(prefs.analysis_settings())
        self._update_status()
        if zone_changed:
            self.importer.reload()
        if library_changed:
            library = self.library
            library.open_library(prefs.library_path or None, then=lambda: library.start([]))

    def show_about(self) -> None:
        AboutDialog(self, self.log_path).exec()

    def show_rejected(self) -> None:
        if self.rejected_dialog is None:
            self.rejected_dialog = RejectedRowsDialog(self)
        self.rejected_dialog.set_result(self.state.dataset, self.unshown)
        self.rejected_dialog.show()
        self.rejected_dialog.raise_()

    def show_findings(self) -> None:
        """What the last import and the current analysis assumed, in a dialog."""
        dataset = self.state.dataset
        analysis = self.state.analysis
        findings = [
            *(dataset.findings if dataset else []),
            *(analysis.findings if analysis else []),
        ]
        self.findings_dialog = FindingsDialog(list(dict.fromkeys(findings)), self)
        self.findings_dialog.show()
        self.findings_dialog.raise_()

    def show_message(self, text: str) -> None:
        self.notification.show_message(text)
        self.statusBar().showMessage(text, 10_000)

    def show_error(self, message: str, details: str) -> None:
        if self.error_dialog is None or not self.error_dialog.isVisible():
            self.error_dialog = ErrorDialog(self, self.log_path)
        self.error_dialog.add_error(message, details)
        self.error_dialog.show()
        self.error_dialog.raise_()

    def show_first_run_hint(self) -> None:
        """The sample's banner says how to load your own files (once: the first run); the
        import summary under it says only what was read, so no two banners say the same."""
        self.library.sample_text = translate("MainWindow", FIRST_RUN_HINT)
        self.library.refresh_banner()

    # --- reactions ---------------------------------------------------------------------------
    def _on_dataset_changed(self, dataset: Dataset | None) -> None:
        self.filter_bar.set_choices(self.state.services(), *self.state.day_range())
        self.filter_bar.set_selection(self.state.selection)
        if self.rejected_dialog is not None:
            self.rejected_dialog.set_result(dataset, self.unshown)
        self._update_actions()
        self._update_status()

    def _on_imported(self, outcome: ImportOutcome) -> None:
        self.unshown = outcome.empty
        self.notification.show_import(outcome, outside=self._outside(outcome))
        if self.rejected_dialog is not None:
            self.rejected_dialog.set_result(self.state.dataset, self.unshown)
        self.recent.refresh()
        if self.unshown and self.unshown[0].rejected:
            first = self.unshown[0]
            QTimer.singleShot(0, self, lambda: self.importer.remap(first.path, why_nothing(first)))

    def _outside(self, outcome: ImportOutcome) -> int:
        """How many incidents just imported the selected period (a custom one) leaves out."""
        window = self.state.selection.window
        if window is None:
            return 0
        imported = [f.incidents for f in outcome.files if len(f.incidents)]
        if not imported:
            return 0
        return sum(len(i) - len(overlapping(i, window.start, window.end)) for i in imported)

    def show_all_periods(self) -> None:
        """The period set to All (the notice's "Show them")."""
        self.state.set_selection(replace(self.state.selection, window=None, preset=None))
        self.filter_bar.set_selection(self.state.selection)
        self.notification.hide()

    def _show_analysis(self, analysis: Analysis | None) -> None:
        self.stack.setCurrentWidget(self.tabs if self.state.has_data else self.empty_state)
        self.filter_bar.setVisible(self.state.has_data)
        if analysis is not None:
            self.filter_bar.show_resolved_granularity(analysis.metrics.options.granularity)
            if analysis.selection.window is None:  # All: the selected services' days
                self.filter_bar.show_all_days(
                    analysis.window.start.date(), analysis.window.last_day
                )
        for view in self.views.values():
            view.set_analysis(analysis)
        self._update_actions()
        self._update_status()

    def _show_busy(self, busy: bool) -> None:
        """The busy bar, once an analysis has taken ``BUSY_AFTER_MS``; gone when it is shown."""
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()

    def _update_actions(self) -> None:
        loaded = self.state.analysis is not None
        a = self.actions
        a.export_pdf.setEnabled(loaded)
        has_chart = loaded and self.current_chart() is not None
        a.copy_chart.setEnabled(has_chart)
        a.save_chart.setEnabled(has_chart)
        a.export_csv.setEnabled(loaded and self.current_view_name() in ("incidents", "services"))
        a.show_rejected.setEnabled(self.state.dataset is not None)
        a.clear.setEnabled(self.state.dataset is not None)

    def _files_status(self) -> tuple[str, str]:
        """Which files are shown, and their paths as the tip."""
        paths = self.state.loaded_paths
        names = ", ".join(Path(p).name for p in paths[:3]) + (" …" if len(paths) > 3 else "")
        if not paths:
            files = translate("MainWindow", "No files loaded")
        elif len(paths) == 1:
            files = translate("MainWindow", "1 file: {names}").format(names=names)
        else:
            files = translate("MainWindow", "{count} files: {names}")
            files = files.format(count=len(paths), names=names)
        return files, "\n".join(paths)

    def _update_status(self) -> None:
        files, tip = self.library.files_status() or self._files_status()
        self.files_label.setText(files)
        self.files_label.setToolTip(tip)
        zone = ui_text().zone_now(self.state.settings.tz)
        text = translate("MainWindow", "Time zone: {zone}").format(zone=zone)
        to_date = self.state.analysis is not None and self.state.analysis.window.to_date
        if to_date:
            text += translate("MainWindow", " · figures to date")
        self.tz_label.setText(text)
        self.tz_label.setToolTip(
            translate(
                "MainWindow",
                "The period reaches past now: open incidents and the period are counted up to now.",
            )
            if to_date
            else ""
        )

    def _last_dir(self) -> str:
        paths = self.state.loaded_paths or self.app_settings.recent_files()
        return str(Path(paths[0]).parent) if paths else ""

    def save_layout(self) -> None:
        self.layout_memory.save()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.layout_memory.keep_on_screen()

    def childEvent(self, event: QChildEvent) -> None:
        """Every dialog of the window hands the focus back when it closes (without a window
        manager to do it, Tab and the shortcuts would do nothing until a click)."""
        super().childEvent(event)
        child = event.child()
        if event.polished() and isinstance(child, QDialog):
            child.finished.connect(self._take_focus_back, Qt.ConnectionType.UniqueConnection)

    def _take_focus_back(self) -> None:
        def take() -> None:
            if QApplication.activeModalWidget() is not None or not self.isVisible():
                return
            self.activateWindow()
            target = self.focusWidget() or self.tabs.currentWidget() or self
            target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

        QTimer.singleShot(0, self, take)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.cancel_all()
        self.state.drop_analysis()
        self.save_layout()
        super().closeEvent(event)
        self.library.close()
