"""Loading incident files: size check, background read with progress and cancel, column mapping.

Adding files re-reads what is loaded together with the new files, so duplicates across files
are merged by the reader with its usual accounting. When a file's start column cannot be
found, the read stops with ``MissingColumnError``; the mapping remembered for those headers is
used, else the mapping dialog asks, and the read starts again with the user's choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from desktop_app.core.formatting import format_count
from desktop_app.core.model import ImportResult, MissingColumnError, ReadOptions
from desktop_app.core.reading.reader import read_incident_files
from desktop_app.ui.dialogs.mapping import MappingDialog
from desktop_app.ui.jobs.controller import WindowController
from desktop_app.ui.jobs.workers import Job, Progress, Task

LARGE_FILE_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class MappingNeeded:
    """The read stopped because ``error.path`` needs a column mapping."""

    error: MissingColumnError


def read_job(paths: list[str], options: dict[str, ReadOptions]) -> Job:
    def job(progress: Progress) -> ImportResult | MappingNeeded:
        result = read_incident_files(paths, options, progress, skip_unreadable=True)
        unmapped = [e for e in result.failed if isinstance(e, MissingColumnError)]
        return MappingNeeded(unmapped[0]) if unmapped else result

    return job


class ImportController(WindowController):
    """Runs imports for the window and puts their result in ``AppState``."""

    imported = Signal(object)
    cancelled = Signal()
    mappingRequested = Signal(str)
    message = Signal(str)

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self._mappings: dict[str, dict[str, str]] = {}
        self.large_file_bytes = LARGE_FILE_BYTES
        self.task: Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.mapping_dialog: MappingDialog | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def load(self, paths: Sequence[str], replace: bool = False) -> Task | None:
        """Add ``paths`` to what is loaded (or load only them with ``replace``)."""
        if self.busy:
            self.message.emit("An import is already running; wait for it or cancel it.")
            return None
        wanted = list(dict.fromkeys(str(Path(p)) for p in paths))
        missing = [p for p in wanted if not Path(p).is_file()]
        if missing:
            self.message.emit("Not found: " + ", ".join(missing))
            wanted = [p for p in wanted if p not in missing]
        if not wanted or not self._confirm_large(wanted):
            return None
        kept = [] if replace else [p for p in self._state.loaded_paths if p not in wanted]
        return self._start(kept + wanted, wanted)

    def reload(self) -> Task | None:
        """Read what is loaded again (naive times are read in the settings' time zone)."""
        paths = self._state.loaded_paths
        if self.busy or not paths:
            return None
        return self._start(paths, [])

    def _confirm_large(self, paths: list[str]) -> bool:
        large = [Path(p) for p in paths if Path(p).stat().st_size > self.large_file_bytes]
        if not large:
            return True
        listing = "\n".join(
            f"{p.name}: {format_count(round(p.stat().st_size / 1024**2))} MB" for p in large
        )
        answer = QMessageBox.question(
            self._window,
            "Load large file?",
            f"These files are large and may take a while to load:\n{listing}\n\n"
            "You can cancel the import while it runs. Load them?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _options(self, paths: list[str]) -> dict[str, ReadOptions]:
        tz = self._state.settings.tz
        return {p: ReadOptions(tz=tz, mapping=dict(self._mappings.get(p, {}))) for p in paths}

    def _start(self, paths: list[str], new: list[str]) -> Task:
        task = Task(read_job(paths, self._options(paths)), "Import")
        self.task = task
        reading = new or paths
        count = len(reading)
        label = f"Reading {Path(reading[0]).name}…" if count == 1 else f"Reading {count} files…"
        dialog = self._progress_dialog(task, "Importing", label, 400)
        self.progress_dialog = dialog
        for ended in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            ended.connect(lambda *_: self._done(task, dialog))
        task.signals.finished.connect(lambda result: self._finished(result, paths, new))
        task.signals.failed.connect(
            lambda message, details: self._reporter.report(
                message, details, context="Import failed"
            )
        )
        task.signals.cancelled.connect(self._cancelled)
        return self._runner.start(task)

    def _done(self, task: Task, dialog: QProgressDialog) -> None:
        dialog.close()
        dialog.deleteLater()
        if self.progress_dialog is dialog:
            self.progress_dialog = None
        if self.task is task:
            self.task = None

    def _cancelled(self) -> None:
        self.message.emit("Import cancelled; nothing new was loaded.")
        self.cancelled.emit()

    def _finished(
        self, result: ImportResult | MappingNeeded, paths: list[str], new: list[str]
    ) -> None:
        if isinstance(result, MappingNeeded):
            self._ask_mapping(result.error, paths, new)
            return
        unreadable = {error.path for error in result.failed}
        self._state.set_import(result)
        self._settings.add_recent_files([p for p in new if p not in unreadable])
        self._settings.set_last_files([p for p in paths if p not in unreadable])
        self.imported.emit(result)

    def _ask_mapping(self, error: MissingColumnError, paths: list[str], new: list[str]) -> None:
        path = str(Path(error.path))
        remembered = self._settings.mapping_for(error.headers)
        if remembered and self._mappings.get(path) != remembered:
            self._mappings[path] = remembered
            self._start(paths, new)
            return
        dialog = MappingDialog(path, error.headers, error.preview, error.detected, self._window)
        self.mapping_dialog = dialog

        def accepted() -> None:
            mapping = dialog.mapping()
            self._mappings[path] = mapping
            if dialog.remember_check.isChecked():
                self._settings.remember_mapping(error.headers, mapping)
            self._start(paths, new)

        def rejected() -> None:
            self.message.emit(f"{Path(path).name} was not loaded: its columns were not mapped.")
            rest = [p for p in paths if p != path]
            fresh = [p for p in new if p != path]
            if fresh:
                self._start(rest, fresh)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.finished.connect(lambda _code: setattr(self, "mapping_dialog", None))
        dialog.open()
        self.mappingRequested.emit(path)
