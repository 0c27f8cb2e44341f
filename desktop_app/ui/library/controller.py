"""The library's part of the main window: opens on it, shows it, edits it.

``MainWindow`` creates one ``LibraryController`` and owns it. It holds the library session
(also given to the import controller, which records imports in it), the sample banner, the
Library menu, the incident context menu, the Services and Imports dialogs and the handoff
server (files opened in a second copy of the app come to this one).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QDialog, QLabel, QMenu, QMessageBox

from desktop_app.core.library.edits import change, history, undo, use_version
from desktop_app.core.library.imports import (
    RemovedImport,
    UndoRemovalError,
    incident_versions,
    preview_removal,
    remove_import,
    undo_removal,
)
from desktop_app.core.library.store import Library, LibraryDamagedError
from desktop_app.core.library.view import chosen_versions
from desktop_app.core.messages import Message
from desktop_app.ui.i18n import translate, ui_text
from desktop_app.ui.jobs.workers import Task
from desktop_app.ui.library.banner import AS_IMPORTED_TEXT, SAMPLE_TEXT, LibraryBanner
from desktop_app.ui.library.edit_dialogs import EditTimesDialog, NoteDialog, ReclassifyDialog
from desktop_app.ui.library.handoff import HandoffServer, channel_name
from desktop_app.ui.library.history import HistoryDialog, change_rows
from desktop_app.ui.library.import_flow import LibraryImportController
from desktop_app.ui.library.imports_dialog import ImportsDialog, removal_text
from desktop_app.ui.library.services_editor import ServicesEditor
from desktop_app.ui.library.session import RESTORE, SKIP, START_NEW, LibrarySession
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP
from desktop_app.ui.views.incident_details import IncidentDetailsDialog

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

EDIT_ACTIONS = (
    QT_TRANSLATE_NOOP("Library", "Reclassify…"),
    QT_TRANSLATE_NOOP("Library", "Edit times…"),
    QT_TRANSLATE_NOOP("Library", "Note…"),
)
DETAIL_CHANGES = 8


class LibraryController(QObject):
    """Owned by ``window``; ``session`` is the one its import controller records in."""

    def __init__(
        self, window: MainWindow, session: LibrarySession, importer: LibraryImportController
    ) -> None:
        super().__init__(window)
        self._window = window
        self.session = session
        self.importer = importer
        self.as_imported = False
        self.problem = ""
        self.edit_dialog: QDialog | None = None
        #: The import removed last, while it can still be put back (Edit › Undo).
        self.removed: RemovedImport | None = None
        self.incident_menu: QMenu | None = None
        self.banner = LibraryBanner()
        self.sample_text = translate("Library", SAMPLE_TEXT)
        """What the banner says over the sample (the first run's longer hint)."""
        self.menu = self._build_menu()
        for view in window.views.values():
            view.incidentMenuRequested.connect(self.show_incident_menu)
            view.incidentMenuExtending.connect(self.add_incident_actions)
        window.views["incidents"].incidents.detailsOpened.connect(self.add_history)  # type: ignore[attr-defined]
        self.session.changed.connect(lambda _data: self.show_library())
        self.session.failed.connect(
            lambda message, details: window.reporter.report(
                message, details, context=translate("Library", "Library")
            )
        )
        self.importer.sampleShown.connect(self._update_banner)
        self.handoff = HandoffServer(self)
        self.handoff.filesReceived.connect(self.receive_files)

    def _build_menu(self) -> QMenu:
        window = self._window
        menu = QMenu(translate("Library", "&Library"), window)
        self.show_library_action = QAction(translate("Library", "Show the library"), window)
        self.as_imported_action = QAction(
            translate("Library", "Figures as imported"), window, checkable=True
        )
        self.as_imported_action.setToolTip(
            translate("Library", "Compare: the figures without reclassifications")
        )
        self.services_action = QAction(translate("Library", "Services…"), window)
        self.imports_action = QAction(translate("Library", "Imports…"), window)
        self.undo_action = QAction(translate("Library", "Undo"), window)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_removal)
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
        return menu

    # --- opening ------------------------------------------------------------------------------
    def open_library(self, path: str | None, then: Callable[[], object] | None = None) -> None:
        """Open the library (``path``, else the default one) off the UI thread; say why not
        when it cannot; then ``then()`` either way (the app starts without a library)."""

        def opened(problem: str) -> None:
            self.session.opened.disconnect(opened)
            self.problem = problem
            self._set_undoable(None)  # a removal from another library cannot come back here
            self._listen_for_files()
            if problem:
                self._window.show_message(
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
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        self.importer.load(files)

    def ask_damaged(self, damaged: LibraryDamagedError) -> str:
        title = translate("Library", "Library cannot be read")
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, ui_text().error(damaged), parent=self._window
        )
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
            self._window.load_sample()
            return True
        return False

    def show_library(self) -> None:
        data = self.session.data
        if data is None:
            return
        self.importer.sample_mode = False
        dataset = None if data.empty else data.dataset(as_imported=self.as_imported)
        self._window.state.set_dataset(dataset)
        self._update_banner()

    def set_as_imported(self, on: bool) -> None:
        self.as_imported = on
        if not self.importer.sample_mode:
            self.show_library()
        self._update_banner()

    def refresh_banner(self) -> None:
        self._update_banner()

    def _update_banner(self) -> None:
        if self.importer.sample_mode:
            text = self.sample_text
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
        menu = QMenu(self._window)
        self.add_incident_actions(incident, menu)
        self.incident_menu = menu
        menu.popup(pos)
        return menu

    def add_incident_actions(self, incident: pd.Series, menu: QMenu) -> None:
        """Reclassify, Edit times, Note and History for ``incident``, at the end of ``menu``."""
        if menu.actions():
            menu.addSeparator()
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
        return self._open_edit(
            ReclassifyDialog(incident, self._in_force(incident), self._window), incident
        )

    def edit_times(self, incident: pd.Series) -> QDialog:
        tz = self._window.state.settings.tz
        dialog = EditTimesDialog(incident, self._in_force(incident), tz, self._window)
        return self._open_edit(dialog, incident)

    def edit_note(self, incident: pd.Series) -> QDialog:
        return self._open_edit(
            NoteDialog(incident, self._in_force(incident), self._window), incident
        )

    def write_incident(self, incident_id: str, edits: list[tuple[str, str, str]]) -> None:
        """Record each change (audited) off the UI thread; the views follow when it is done."""
        if not edits:
            return
        base = self._base()

        def work(library, _progress):
            return [
                change(library, "incident", incident_id, f, v, r, base=base) for f, v, r in edits
            ]

        self.write(work, "Reclassify")

    def _base(self) -> int | None:
        """The library version the window shows: an edit made on it is refused if someone
        else changed the same field since."""
        data = self.session.data
        return None if data is None else data.version

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
            self._window.state.settings.tz,
            self._window,
            in_use=None if data is None else chosen_versions(data.edits).get(incident_id),
            editable=self._can_edit(),
        )
        dialog.undoRequested.connect(
            lambda change_id: self.write(lambda lib, _p: undo(lib, change_id), "Undo")
        )
        base = self._base()
        dialog.versionRequested.connect(
            lambda import_id, reason: self.write(
                lambda lib, _p: use_version(lib, incident_id, import_id, reason, base=base),
                "Use values",
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
        tz = self._window.state.settings.tz
        rows = change_rows(history(library, "incident", incident_id), tz)
        no_reason = translate("Library", "no reason")
        lines = [
            f"#{r[0]} {r[1]} {r[2]}: {r[3]} {r[4]} → {r[5]} ({r[6] or no_reason})" for r in rows
        ]
        nothing = translate("Library", "No change recorded: the values are as imported.")
        shown = lines[-DETAIL_CHANGES:] or [nothing]
        label = QLabel(translate("Library", "History:") + "\n" + "\n".join(shown), dialog)
        label.setObjectName("historyLabel")
        label.setWordWrap(True)
        layout = dialog.layout()
        assert isinstance(layout, QBoxLayout)  # the details dialog stacks its parts vertically
        layout.insertWidget(1, label)

    def edit_services(self) -> ServicesEditor | None:
        data = self.session.data
        if data is None or self.session.read_only:
            return None
        names = sorted(data.as_imported["service"].dropna().unique().tolist())
        dialog = ServicesEditor(names, data.edits, self._window)

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
            self._window.show_message(
                translate(
                    "Library", "The library is busy with another change; try again in a moment."
                )
            )

    def show_imports(self) -> ImportsDialog | None:
        data = self.session.data
        if data is None:
            return None
        editable = not self.session.read_only
        tz = self._window.state.settings.tz
        dialog = ImportsDialog(data.imports, tz, editable, self._window)
        dialog.removeRequested.connect(self.confirm_removal)
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def confirm_removal(self, import_id: int) -> QMessageBox | None:
        """Ask before removing an import, saying what leaves with it; remove on "Remove"."""
        library, data = self.session.library, self.session.data
        if library is None or data is None:
            return None
        preview = preview_removal(library, import_id)
        record = next(r for r in data.imports if r.id == import_id)
        edits = sum(len(data.edits.incidents.get(i, {})) for i in preview.leaving)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Library", "Remove an import"),
            translate("Library", "Remove import #{id} ({file})?").format(
                id=import_id, file=Path(record.path).name
            ),
            parent=self._window,
        )
        box.setInformativeText(removal_text(len(preview.leaving), preview.restored, edits))
        remove = box.addButton(
            translate("Library", "Remove"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        remove.clicked.connect(lambda: self.remove_import(import_id))
        self.confirm_box = box
        box.open()
        return box

    def remove_import(self, import_id: int) -> None:
        """Remove the import; then the import's summary goes and a line says what was done."""

        def removed(result: tuple[RemovedImport, object]) -> None:
            gone = result[0]
            self._set_undoable(gone)
            text = translate(
                "Library",
                "Import #{id} removed. Incidents that left the library: {left}; back to an "
                "earlier import's values: {restored}.",
            ).format(id=import_id, left=gone.left, restored=gone.restored)
            self._window.notification.show_message(text, undo=True)
            self._window.statusBar().showMessage(text, 10_000)

        def prepare(task: Task) -> None:
            task.signals.finished.connect(removed)

        task = self.session.write(
            lambda lib, _p: remove_import(lib, import_id), "Remove an import", prepare=prepare
        )
        if task is None:
            self.write(lambda lib, _p: None, "Remove an import")  # says the library is busy

    def _set_undoable(self, removed: RemovedImport | None) -> None:
        """Edit › Undo (and the banner's Undo) puts ``removed`` back; None: nothing to undo."""
        self.removed = removed
        self.undo_action.setEnabled(removed is not None)
        self.undo_action.setText(
            translate("Library", "Undo")
            if removed is None
            else translate("Library", "Undo removal of import #{id}").format(id=removed.record.id)
        )

    def undo_removal(self) -> None:
        """Put the import removed last back as it was (one transaction, core's undo)."""
        removed = self.removed
        if removed is None:
            return

        def done(result: tuple[Message | None, object]) -> None:
            refused = result[0]
            if refused is not None:
                self._window.show_message(ui_text().message(refused))
                return
            self._window.show_message(
                translate("Library", "Import #{id} ({file}) is back.").format(
                    id=removed.record.id, file=Path(removed.record.path).name
                )
            )

        def prepare(task: Task) -> None:
            task.signals.finished.connect(done)

        self._set_undoable(None)
        task = self.session.write(
            lambda lib, _p: _put_back(lib, removed), "Undo a removal", prepare=prepare
        )
        if task is None:
            self._set_undoable(removed)
            self.write(lambda lib, _p: None, "Undo a removal")  # says the library is busy

    # --- window -------------------------------------------------------------------------------
    def files_status(self) -> tuple[str, str] | None:
        """The status bar's "Library: 3 imports · path" and its tip, while the library is
        shown (None: the window says which files are shown)."""
        library = self.session.library
        if library is None or self.importer.sample_mode or self._window.state.dataset is None:
            return None
        imports = len(self.session.data.imports) if self.session.data else 0
        text = translate("Library", "Library: {count} imports · {path}")
        return text.format(count=imports, path=library.path), str(library.path)

    def close(self) -> None:
        self.handoff.close()
        self.session.close()


def _put_back(library: Library, removed: RemovedImport) -> Message | None:
    """Undo the removal; why not, when an import made since took its number or its file."""
    try:
        undo_removal(library, removed)
    except UndoRemovalError as refused:
        return refused.message
    return None
