"""The app's window with the library: opens on it, records imports in it, edits it.

``MainWindow`` stays the plain files window (and what most GUI tests drive); this subclass adds
the library session, the sample banner, the Library menu, the incident context menu and the
Services editor, and swaps in the import controller that records imports.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QMessageBox

from desktop_app.core.library.edits import change, history, undo, use_version
from desktop_app.core.library.imports import incident_versions, remove_import
from desktop_app.core.library.store import LibraryDamagedError
from desktop_app.core.library.view import Reclassification, chosen_versions
from desktop_app.ui.errors import ErrorReporter
from desktop_app.ui.i18n import translate, ui_text
from desktop_app.ui.library.banner import AS_IMPORTED_TEXT, SAMPLE_TEXT, LibraryBanner
from desktop_app.ui.library.edit_dialogs import EditTimesDialog, NoteDialog, ReclassifyDialog
from desktop_app.ui.library.handoff import HandoffServer, channel_name
from desktop_app.ui.library.history import HistoryDialog, change_rows
from desktop_app.ui.library.import_flow import LibraryImportController
from desktop_app.ui.library.imports_dialog import ImportsDialog
from desktop_app.ui.library.services_editor import ServicesEditor
from desktop_app.ui.library.session import RESTORE, SKIP, START_NEW, LibrarySession
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.views.incident_details import IncidentDetailsDialog

log = logging.getLogger(__name__)

EDIT_ACTIONS = (
    QT_TRANSLATE_NOOP("Library", "Reclassify…"),
    QT_TRANSLATE_NOOP("Library", "Edit times…"),
    QT_TRANSLATE_NOOP("Library", "Note…"),
)
DETAIL_CHANGES = 8


class LibraryWindow(MainWindow):
    importer: LibraryImportController

    def __init__(self, settings: AppSettings, reporter: ErrorReporter, log_path: str = "") -> None:
        super().__init__(settings, reporter, log_path)
        self.session = LibrarySession(self.runner, self)
        self.importer.session = self.session
        self.as_imported = False
        self.problem = ""
        self.edit_dialog: QDialog | None = None
        self.incident_menu: QMenu | None = None
        self.banner = LibraryBanner()
        self.centralWidget().layout().insertWidget(1, self.banner)
        self._build_library_menu()
        self.exporter.reclassifications = self.reclassifications
        for view in self.views.values():
            view.incidentMenuRequested.connect(self.show_incident_menu)
        self.views["incidents"].incidents.detailsOpened.connect(self.add_history)  # type: ignore[attr-defined]
        self.session.changed.connect(lambda _data: self.show_library())
        self.session.failed.connect(
            lambda message, details: self.reporter.report(
                message, details, context=translate("Library", "Library")
            )
        )
        self.importer.sampleShown.connect(self._update_banner)
        self.handoff = HandoffServer(self)
        self.handoff.filesReceived.connect(self.receive_files)

    def _make_importer(self) -> LibraryImportController:
        return LibraryImportController(
            self, self.state, self.app_settings, self.runner, self.reporter
        )

    def _build_library_menu(self) -> None:
        bar = self.menuBar()
        menu = QMenu(translate("Library", "&Library"), self)
        bar.insertMenu(bar.actions()[-1], menu)  # before Help
        self.show_library_action = QAction(translate("Library", "Show the library"), self)
        self.as_imported_action = QAction(
            translate("Library", "Figures as imported"), self, checkable=True
        )
        self.as_imported_action.setToolTip(
            translate("Library", "Compare: the figures without reclassifications")
        )
        self.services_action = QAction(translate("Library", "Services…"), self)
        self.imports_action = QAction(translate("Library", "Imports…"), self)
        self.show_library_action.triggered.connect(self.show_library)
        self.imports_action.triggered.connect(self.show_imports)
        self.as_imported_action.toggled.connect(self.set_as_imported)
        self.services_action.triggered.connect(self.edit_services)
        for action in (
            self.show_library_action,
            self.as_imported_action,
            self.services_action,
            self.imports_action,
        ):
            menu.addAction(action)

    # --- opening ------------------------------------------------------------------------------
    def open_library(self, path: str | None, then: Callable[[], object] | None = None) -> None:
        """Open the library (``path``, else the default one) off the UI thread; say why not
        when it cannot; then ``then()`` either way (the app starts without a library)."""

        def opened(problem: str) -> None:
            self.session.opened.disconnect(opened)
            self.problem = problem
            self._listen_for_files()
            if problem:
                self.show_message(
                    translate("Library", "The library is not open: {}").format(self.problem)
                )
            self._update_banner()
            if then is not None:
                then()

        self.session.opened.connect(opened)
        if self.session.open(path, self.ask_damaged) is None:
            opened(translate("Library", "the library is busy; try again in a moment"))

    def _listen_for_files(self) -> None:
        """While this copy writes the library, files opened in another copy come here."""
        library = self.session.library
        if library is None or library.read_only:
            self.handoff.close()
        elif not self.handoff.listen(channel_name(library.path)):
            log.warning("files opened in another copy cannot reach this one: %s", library.path)

    def receive_files(self, files: list[str]) -> None:
        """Files another copy handed over: import them, as if dropped here."""
        if not files:
            return
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self.importer.load(files)

    def ask_damaged(self, damaged: LibraryDamagedError) -> str:
        title = translate("Library", "Library cannot be read")
        box = QMessageBox(QMessageBox.Icon.Warning, title, ui_text().error(damaged), parent=self)
        role = QMessageBox.ButtonRole
        choices: dict[object, str] = {}
        if damaged.backup is not None:
            restore = translate("Library", "Restore the last backup")
            choices[box.addButton(restore, role.AcceptRole)] = RESTORE
        new = translate("Library", "Start a new library")
        choices[box.addButton(new, role.DestructiveRole)] = START_NEW
        choices[box.addButton(translate("Library", "Go on without it"), role.RejectRole)] = SKIP
        box.setInformativeText(
            translate("Library", "The damaged file is kept beside it, renamed, in either case.")
        )
        box.exec()
        return choices.get(box.clickedButton(), SKIP)

    def start(self, files: list[str]) -> bool:
        """Import ``files`` into the library, else show the library, else the sample (then
        True)."""
        data = self.session.data
        if files:
            self.importer.load(files)
        elif data is not None and not data.empty:
            self.show_library()
        else:
            self.load_sample()
            return True
        return False

    def show_library(self) -> None:
        data = self.session.data
        if data is None:
            return
        self.importer.sample_mode = False
        as_imported = self.as_imported
        result = None if data.empty else data.import_result(as_imported=as_imported)
        self.state.set_import(result, data.targets(as_imported=as_imported))
        self._update_banner()

    def set_as_imported(self, on: bool) -> None:
        self.as_imported = on
        if not self.importer.sample_mode:
            self.show_library()
        self._update_banner()

    def reclassifications(self) -> list[Reclassification] | None:
        data = self.session.data
        if data is None or self.importer.sample_mode or self.as_imported:
            return None
        return data.reclassifications()

    def _update_banner(self) -> None:
        if self.importer.sample_mode:
            text = translate("Library", SAMPLE_TEXT)
        elif self.problem:
            text = translate("Library", "No library: {}").format(self.problem)
        elif self.session.read_only:
            text = translate("Library", "Library open read-only: {}.").format(
                self.session.why_read_only
            )
        elif self.as_imported:
            text = translate("Library", AS_IMPORTED_TEXT)
        else:
            text = ""
        self.banner.show_text(text)
        editable = self.session.data is not None and not self.session.read_only
        self.services_action.setEnabled(editable)

    # --- editing ------------------------------------------------------------------------------
    def _can_edit(self) -> bool:
        return (
            self.session.data is not None
            and not self.session.read_only
            and not self.importer.sample_mode
        )

    def show_incident_menu(self, incident: pd.Series, pos: QPoint) -> QMenu:
        menu = QMenu(self)
        handlers: list[Callable[[pd.Series], object]] = [
            self.reclassify,
            self.edit_times,
            self.edit_note,
        ]
        for text, handler in zip(EDIT_ACTIONS, handlers, strict=True):
            action = menu.addAction(translate("Library", text))
            action.setEnabled(self._can_edit())
            action.triggered.connect(partial(handler, incident))
        menu.addSeparator()
        history_action = menu.addAction(translate("Library", "History…"))
        history_action.setEnabled(self.session.data is not None and not self.importer.sample_mode)
        history_action.triggered.connect(partial(self.show_history, incident))
        if self.importer.sample_mode:
            menu.addSeparator()
            menu.addAction(translate("Library", "Sample data cannot be changed")).setEnabled(False)
        self.incident_menu = menu
        menu.popup(pos)
        return menu

    def _in_force(self, incident: pd.Series) -> dict[str, tuple[str, str]]:
        data = self.session.data
        return {} if data is None else data.edits.incidents.get(str(incident["incident_id"]), {})

    def _open_edit(self, dialog: QDialog, incident: pd.Series) -> QDialog:
        incident_id = str(incident["incident_id"])
        dialog.accepted.connect(lambda: self.write_incident(incident_id, dialog.edits()))  # type: ignore[attr-defined]
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def reclassify(self, incident: pd.Series) -> QDialog:
        return self._open_edit(ReclassifyDialog(incident, self._in_force(incident), self), incident)

    def edit_times(self, incident: pd.Series) -> QDialog:
        tz = self.state.settings.tz
        dialog = EditTimesDialog(incident, self._in_force(incident), tz, self)
        return self._open_edit(dialog, incident)

    def edit_note(self, incident: pd.Series) -> QDialog:
        return self._open_edit(NoteDialog(incident, self._in_force(incident), self), incident)

    def write_incident(self, incident_id: str, edits: list[tuple[str, str, str]]) -> None:
        """Record each change (audited) off the UI thread; the views follow when it is done."""
        if not edits:
            return

        def work(library, _progress):
            return [change(library, "incident", incident_id, f, v, r) for f, v, r in edits]

        self.write(work, "Reclassify")

    def show_history(self, incident: pd.Series) -> HistoryDialog | None:
        library = self.session.library
        if library is None:
            return None
        incident_id = str(incident["incident_id"])
        data = self.session.data
        dialog = HistoryDialog(
            incident_id,
            incident_versions(library, incident_id),
            history(library, "incident", incident_id),
            self.state.settings.tz,
            self,
            in_use=None if data is None else chosen_versions(data.edits).get(incident_id),
            editable=self._can_edit(),
        )
        dialog.undoRequested.connect(
            lambda change_id: self.write(lambda lib, _p: undo(lib, change_id), "Undo")
        )
        dialog.versionRequested.connect(
            lambda import_id, reason: self.write(
                lambda lib, _p: use_version(lib, incident_id, import_id, reason), "Use values"
            )
        )
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def add_history(self, dialog: IncidentDetailsDialog) -> None:
        """Put the incident's recorded changes under its details."""
        library = self.session.library
        if library is None or self.importer.sample_mode:
            return
        incident_id = dict(dialog.fields)["ID"]
        rows = change_rows(history(library, "incident", incident_id), self.state.settings.tz)
        no_reason = translate("Library", "no reason")
        lines = [
            f"#{r[0]} {r[1]} {r[2]}: {r[3]} {r[4]} → {r[5]} ({r[6] or no_reason})" for r in rows
        ]
        nothing = translate("Library", "No change recorded: the values are as imported.")
        shown = lines[-DETAIL_CHANGES:] or [nothing]
        label = QLabel(translate("Library", "History:") + "\n" + "\n".join(shown), dialog)
        label.setObjectName("historyLabel")
        label.setWordWrap(True)
        dialog.layout().insertWidget(1, label)

    def edit_services(self) -> ServicesEditor | None:
        data = self.session.data
        if data is None or self.session.read_only:
            return None
        names = sorted(data.as_imported["service"].dropna().unique().tolist())
        dialog = ServicesEditor(names, data.edits, self)

        def write() -> None:
            edits = dialog.edits()
            if edits:
                self.write(
                    lambda lib, _p: [change(lib, "service", s, f, v) for s, f, v in edits],
                    "Services",
                )

        dialog.accepted.connect(write)
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def write(self, work: Callable[..., object], name: str) -> None:
        """Write off the UI thread; say so when another write is still running."""
        if self.session.write(work, name) is None:
            self.show_message(
                translate(
                    "Library", "The library is busy with another change; try again in a moment."
                )
            )

    def show_imports(self) -> ImportsDialog | None:
        data = self.session.data
        if data is None:
            return None
        editable = not self.session.read_only
        dialog = ImportsDialog(data.imports, self.state.settings.tz, editable, self)
        dialog.removeRequested.connect(
            lambda import_id: self.write(
                lambda lib, _p: remove_import(lib, import_id), "Remove an import"
            )
        )
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    # --- window -------------------------------------------------------------------------------
    def edit_preferences(self) -> None:
        before = self.app_settings.preferences().library_path
        super().edit_preferences()
        after = self.app_settings.preferences().library_path
        if after != before:
            self.open_library(after or None, then=lambda: self.start([]))

    def _update_status(self) -> None:
        super()._update_status()
        library = self.session.library if hasattr(self, "session") else None
        if library is not None and not self.importer.sample_mode:
            imports = len(self.session.data.imports) if self.session.data else 0
            self.files_label.setText(
                translate("Library", "Library: {count} imports · {path}").format(
                    count=imports, path=library.path
                )
            )
            self.files_label.setToolTip(str(library.path))

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.handoff.close()
        self.session.close()
