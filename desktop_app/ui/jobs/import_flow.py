"""Reading incident files: size check, background read with progress and cancel, column mapping.

An import has two steps, each a cancellable job off the UI thread. First every file is read
once and its columns detected. Then, on the UI thread, files whose start column was not found
get the mapping chosen earlier for that file, the one remembered for its headers, or the
user's answer in the mapping dialog, asked once per set of headers. Last, the parsed files are
turned into incidents; where they go is the library's part (``ui.library.import_flow``), and
files read as they are (the sample) are shown as a read-only ``Dataset``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from desktop_app.core.dataset import Dataset
from desktop_app.core.messages import Message
from desktop_app.core.model import FileImport, IncidentFileError, ReadOptions
from desktop_app.core.reading.preview import preview_reading
from desktop_app.core.reading.reader import (
    ParsedFile,
    import_parsed,
    merge_imports,
    parse_incident_files,
)
from desktop_app.core.settings import DEFAULT_LIMITS
from desktop_app.text import Text
from desktop_app.text.preview import preview_cells
from desktop_app.ui.dialogs.mapping import MappingDialog
from desktop_app.ui.i18n import translate, ui_text
from desktop_app.ui.jobs.controller import WindowController
from desktop_app.ui.jobs.outcomes import ImportOutcome, Notice, Parsed, Severity
from desktop_app.ui.jobs.workers import Job, Progress, Task


def parse_job(paths: list[str]) -> Job:
    def job(progress: Progress) -> Parsed:
        return Parsed(*parse_incident_files(paths, progress))

    return job


def import_job(parsed: Parsed, options: dict[str, ReadOptions], new: list[str]) -> Job:
    """Build incidents from the parsed files that have a start column (by detection or in
    ``options``); the others are left out as unmapped."""

    def job(progress: Progress) -> ImportOutcome:
        files: list[FileImport] = []
        failed: list[IncidentFileError] = list(parsed.failed)
        usable = [f for f in parsed.files if not f.needs_confirmation or options[f.path].mapping]
        for index, file in enumerate(usable):
            progress(index / max(len(usable), 1))
            try:
                files.append(import_parsed(file, options[file.path]))
            except IncidentFileError as error:
                failed.append(error)
        progress(1.0)
        unmapped = [f.path for f in parsed.files if f not in usable]
        unreadable = {e.path for e in failed}
        loaded = [p for p in new if p not in unreadable and p not in unmapped]
        return ImportOutcome(files, failed, loaded, unmapped)

    return job


class ImportController(WindowController):
    """Reads files for the window and shows them, read-only, in ``AppState``."""

    imported = Signal(object)
    cancelled = Signal()
    mappingRequested = Signal(str)
    notice = Signal(object)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._mappings: dict[str, dict[str, str]] = {}
        self.large_file_bytes = DEFAULT_LIMITS.large_file_bytes
        self.task: Task | None = None
        self.mapping_dialog: MappingDialog | None = None
        #: Files the user maps again (their rows were all rejected), with why.
        self._remap: dict[str, str] = {}

    @property
    def busy(self) -> bool:
        return self.task is not None or self.mapping_dialog is not None

    def load(self, paths: Sequence[str]) -> Task | None:
        """Read ``paths`` (in place of what is shown)."""
        if self.busy:
            self._tell(
                Severity.WARNING,
                translate("Import", "An import is already running; wait for it or cancel it."),
            )
            return None
        wanted = list(dict.fromkeys(str(Path(p)) for p in paths))
        missing = [p for p in wanted if not Path(p).is_file()]
        if missing:
            files = ", ".join(missing)
            self._tell(
                Severity.ERROR, translate("Import", "Not found: {files}").format(files=files)
            )
            wanted = [p for p in wanted if p not in missing]
        if not wanted or not self._confirm_large(wanted):
            return None
        return self._start(wanted, wanted)

    def remap(self, path: str, why: str) -> Task | None:
        """Read ``path`` again and ask for its columns in the mapping dialog, which says
        ``why`` (no row of it could be read as an incident)."""
        if self.busy:
            return None
        self._mappings.pop(path, None)
        self._remap = {path: why}
        return self._start([path], [path])

    def reload(self) -> Task | None:
        """Read what is loaded again (naive times are read in the settings' time zone)."""
        paths = self._state.loaded_paths
        if self.busy or not paths:
            return None
        return self._start(paths, [])

    def _tell(self, severity: Severity, text: str) -> None:
        self.notice.emit(Notice(severity, text))

    def _confirm_large(self, paths: list[str]) -> bool:
        large = [Path(p) for p in paths if Path(p).stat().st_size > self.large_file_bytes]
        if not large:
            return True
        listing = "\n".join(
            f"{p.name}: {Text.count(round(p.stat().st_size / 1024**2))} MB" for p in large
        )
        answer = QMessageBox.question(
            self._window,
            translate("Import", "Load large file?"),
            translate(
                "Import",
                "These files are large and may take a while to load:\n{files}\n\n"
                "You can cancel the import while it runs. Load them?",
            ).format(files=listing),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- step 1: read every file once ----------------------------------------------------------
    def _start(self, paths: list[str], new: list[str]) -> Task:
        reading = new or paths
        count = len(reading)
        if count == 1:
            label = translate("Import", "Reading {file}…").format(file=Path(reading[0]).name)
        else:
            label = translate("Import", "Reading {count} files…").format(count=count)
        task = Task(parse_job(paths), "Import")
        return self._run(task, label, lambda parsed: self._map_columns(parsed, new))

    def _run(self, task: Task, label: str, then: Callable[[Any], None]) -> Task:
        """Start ``task`` with a progress dialog; ``then(result)`` runs on the UI thread.

        Every connection is made before the task starts: a fast task could otherwise finish
        before a listener is connected."""
        self.task = task
        dialog = self._progress_dialog(task, translate("Import", "Importing"), label, 400)
        self.progress_dialog = dialog
        for ended in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            ended.connect(lambda *_: self._done(task, dialog))
        task.signals.failed.connect(
            lambda message, details: self._reporter.report(
                message, details, context=translate("Import", "Import failed")
            )
        )
        task.signals.cancelled.connect(self._cancelled)
        task.signals.finished.connect(then)
        return self._runner.start(task)

    def _done(self, task: Task, dialog: QProgressDialog) -> None:
        self._close_progress(dialog)
        if self.task is task:
            self.task = None

    def _cancelled(self) -> None:
        self._tell(Severity.INFO, translate("Import", "Import cancelled; nothing new was loaded."))
        self.cancelled.emit()

    # --- step 2: a mapping for each file without a start column ---------------------------------
    def _map_columns(self, parsed: Parsed, new: list[str]) -> None:
        for file in parsed.files:
            remembered = self._settings.mapping_for(file.headers)
            if file.needs_confirmation and file.path not in self._mappings and remembered:
                self._mappings[file.path] = remembered
        unknown = parsed.header_sets_to_map(self._mappings, frozenset(self._remap))
        if unknown:
            self._ask_mapping(parsed, new, unknown)
        else:
            self._build(parsed, new)

    def _ask_mapping(self, parsed: Parsed, new: list[str], unknown: list[tuple[str, ...]]) -> None:
        headers, rest = unknown[0], unknown[1:]
        same = [
            f
            for f in parsed.files
            if (f.needs_confirmation or f.path in self._remap) and tuple(f.headers) == headers
        ]
        first: ParsedFile = same[0]
        tz = self._state.settings.tz
        dialog = MappingDialog(
            first.path,
            first.headers,
            first.preview(),
            first.guesses,
            self._window,
            reading=lambda mapping: _reading(first, ReadOptions(tz=tz, mapping=mapping)),
            why=self._remap.pop(first.path, ""),
        )
        self.mapping_dialog = dialog
        again = bool(dialog.why)

        def accepted() -> None:
            mapping = dialog.mapping()
            for file in same:
                self._mappings[file.path] = mapping
            if dialog.remember_check.isChecked():
                self._settings.remember_mapping(first.headers, mapping)

        def rejected() -> None:
            names = ", ".join(Path(f.path).name for f in same)
            if len(same) == 1:
                text = translate("Import", "{files} was not loaded: its columns were not mapped.")
            else:
                text = translate(
                    "Import", "{files} were not loaded: their columns were not mapped."
                )
            self._tell(Severity.ERROR, text.format(files=names))

        def finished(code: int) -> None:
            self.mapping_dialog = None
            if again and code != MappingDialog.DialogCode.Accepted:
                return  # read as before, it would be refused as before
            if rest:
                self._ask_mapping(parsed, new, rest)
            elif self._worth_building(parsed, new):
                self._build(parsed, new)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.finished.connect(finished)
        dialog.open()
        self.mappingRequested.emit(first.path)

    def _worth_building(self, parsed: Parsed, new: list[str]) -> bool:
        """Something the user asked for can load (on a reload, anything can)."""
        wanted = [f for f in parsed.files if f.path in new] if new else parsed.files
        return any(not f.needs_confirmation or self._mappings.get(f.path) for f in wanted)

    # --- step 3: incidents from the parsed files -------------------------------------------------
    def _read_options(self, paths: Iterable[str]) -> dict[str, ReadOptions]:
        """How each file is read: the settings' time zone, the file's column mapping."""
        tz = self._state.settings.tz
        return {p: ReadOptions(tz=tz, mapping=dict(self._mappings.get(p, {}))) for p in paths}

    def _build(self, parsed: Parsed, new: list[str]) -> None:
        options = self._read_options(f.path for f in parsed.files)
        task = Task(import_job(parsed, options, new), "Import")
        self._run(task, translate("Import", "Importing…"), self._finished)

    def _finished(self, outcome: ImportOutcome) -> None:
        result = merge_imports(outcome.files, outcome.failed)
        self._state.set_dataset(Dataset.read_only(result))
        self._remember(outcome)
        self.imported.emit(outcome)

    def _remember(self, outcome: ImportOutcome) -> None:
        """File ▸ Open Recent gets the files asked for, and the last files those read."""
        self._settings.add_recent_files(outcome.new)
        unloaded = {e.path for e in outcome.failed} | set(outcome.unmapped)
        self._settings.set_last_files([f.path for f in outcome.files if f.path not in unloaded])


def _reading(parsed: ParsedFile, options: ReadOptions) -> list[list[str]] | str:
    """The preview of ``parsed`` read with ``options``, as the mapping dialog shows it."""
    rows = preview_reading(parsed, options)
    text = ui_text()
    if isinstance(rows, Message):
        return text.message(rows)
    return [preview_cells(text, row, options.tz) for row in rows]
