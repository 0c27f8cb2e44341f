"""Imports into the library: real files are recorded in it, the sample never.

The files are read as ``ImportController`` reads them (column mapping and all); then each file
is written to the library in its own transaction, off the UI thread, and the library is read
back once (``LibrarySession.write``), which the window then shows. The bundled sample is shown
in sample mode, read-only, and never recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal

from desktop_app.assets import sample_data_files
from desktop_app.core.library.imports import record_import
from desktop_app.core.library.records import FileOutcome
from desktop_app.core.library.store import Library
from desktop_app.core.model import ReadOptions
from desktop_app.core.reading.reader import count_repeats
from desktop_app.ui.i18n import translate, ui_text
from desktop_app.ui.jobs.import_flow import ImportController
from desktop_app.ui.jobs.outcomes import ImportOutcome, Severity
from desktop_app.ui.jobs.workers import Progress, Task
from desktop_app.ui.library.session import LibrarySession
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP

READ_ONLY_IMPORT = QT_TRANSLATE_NOOP(
    "Library", "The library is open read-only here, so nothing can be imported into it: {}."
)
BUSY = QT_TRANSLATE_NOOP("Library", "The library is being written; import again in a moment.")


def is_sample(paths: Sequence[str]) -> bool:
    samples = {str(p.resolve()) for p in sample_data_files()}
    return bool(paths) and all(str(Path(p).resolve()) in samples for p in paths)


def record_job(outcome: ImportOutcome, options: dict[str, ReadOptions]):
    """Record each file read in its own transaction (an id repeated in a later file of the
    same import counted as its duplicate); the outcomes, in order."""

    def work(library: Library, progress: Progress) -> list[FileOutcome]:
        files = outcome.files
        count_repeats(files)
        outcomes = []
        for index, file in enumerate(files):
            progress(index / max(len(files), 1))
            findings = [f for f in outcome.findings if f.file == file.path]
            outcomes.append(record_import(library, file, options[file.path], findings))
        return outcomes

    return work


class LibraryImportController(ImportController):
    """``sampleShown`` when the sample is loaded; ``recorded(list[FileOutcome])`` after a
    real import was written to the library (the session then says ``changed``)."""

    sampleShown = Signal()
    recorded = Signal(object)

    def __init__(self, *args: object, session: LibrarySession) -> None:
        super().__init__(*args)
        self.session = session
        self.sample_mode = False
        self._loading_sample = False

    def load(self, paths: Sequence[str]) -> Task | None:
        """Read ``paths``: the sample replaces what is shown, other files go to the library."""
        sample = is_sample([str(p) for p in paths])
        if not sample and self.session.read_only:
            reason = self.session.why_read_only
            self._tell(Severity.ERROR, translate("Library", READ_ONLY_IMPORT).format(reason))
            return None
        if not sample and self.session.busy:
            self._tell(Severity.WARNING, translate("Library", BUSY))
            return None
        self._loading_sample = sample
        return super().load(paths)

    def reload(self) -> Task | None:
        """Library times are stored in UTC and need no re-reading; the sample is re-read."""
        return super().reload() if self.sample_mode else None

    def _finished(self, outcome: ImportOutcome) -> None:
        if self._loading_sample:
            self.sample_mode = True
            super()._finished(outcome)
            self.sampleShown.emit()
            return
        options = self._read_options(f.path for f in outcome.files)

        def prepare(task: Task) -> None:
            dialog = self._progress_dialog(
                task,
                translate("Library", "Importing"),
                translate("Library", "Recording in the library…"),
                400,
            )
            task.signals.done.connect(dialog.close)
            task.signals.done.connect(dialog.deleteLater)
            task.signals.finished.connect(lambda done: self._recorded(outcome, done[0]))

        record = record_job(outcome, options)
        if self.session.write(record, "Import into the library", prepare) is None:
            self._tell(Severity.WARNING, translate("Library", BUSY))

    def _recorded(self, outcome: ImportOutcome, outcomes: list[FileOutcome]) -> None:
        self.sample_mode = False
        self._remember(outcome)
        for error in outcome.failed:
            self._tell(Severity.ERROR, translate("Library", "Not imported: {}").format(error))
        notes = [_note(o) for o in outcomes if o.status != "imported"]
        if notes:
            self._tell(Severity.INFO, " ".join(notes))
        self.recorded.emit(outcomes)
        self.imported.emit(outcome)


def _note(outcome: FileOutcome) -> str:
    name = Path(outcome.path).name
    if outcome.status == "already" and outcome.record is not None:
        return translate(
            "Library", "{name} is already in the library (import {id}); nothing changed."
        ).format(name=name, id=outcome.record.id)
    reason = "" if outcome.message is None else ui_text().message(outcome.message)
    return translate("Library", "{name} was not recorded: {reason}.").format(
        name=name, reason=reason
    )
