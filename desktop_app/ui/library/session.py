"""The window's library: opened once, read when it changes, written only off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.core.library.loaded import LibraryData, load_library
from desktop_app.core.library.store import (
    Library,
    LibraryDamagedError,
    LibraryError,
    open_library,
    restore_backup,
    start_new,
)
from desktop_app.ui.jobs.workers import Progress, Task, TaskRunner

#: What the user chose for a damaged library: restore the backup, start a new one, or go on
#: without a library this time (the file is left as it is).
DamagedChoice = Callable[[LibraryDamagedError], str]
RESTORE, START_NEW, SKIP = "restore", "new", "skip"


class LibrarySession(QObject):
    """``changed(LibraryData)`` after every write and refresh; ``busy`` while a write runs."""

    changed = Signal(object)
    failed = Signal(str, str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.library: Library | None = None
        self.data: LibraryData | None = None
        self.task: Task | None = None

    @property
    def read_only(self) -> bool:
        return self.library is None or self.library.read_only

    @property
    def why_read_only(self) -> str:
        return "no library is open" if self.library is None else self.library.read_only_reason

    @property
    def busy(self) -> bool:
        return self.task is not None

    def open(self, path: str | None, choose: DamagedChoice) -> str:
        """Open the library (the default one when ``path`` is empty); "" when it is open, else
        why not. A damaged file is never replaced without the user's ``choose``."""
        self.close()
        while True:
            try:
                self.library = open_library(path or None)
                break
            except LibraryDamagedError as damaged:
                choice = choose(damaged)
                if choice == RESTORE and damaged.backup is not None:
                    restore_backup(damaged.path)
                elif choice == START_NEW:
                    start_new(damaged.path)
                else:
                    return str(damaged)
            except (LibraryError, OSError) as exc:
                return str(exc)
        self.data = load_library(self.library)
        return ""

    def close(self) -> None:
        if self.library is not None:
            self.library.close()
            self.library = None
            self.data = None

    def write(self, work: Callable[[Library, Progress], Any], name: str) -> Task | None:
        """Run ``work(library, progress)`` and then read the library again, off the UI thread.
        ``task.signals.finished`` carries ``(work's result, LibraryData)``."""
        library = self.library
        if library is None or self.busy:
            return None

        def job(progress: Progress) -> tuple[Any, LibraryData]:
            result = work(library, progress)
            return result, load_library(library)

        task = Task(job, name)
        self.task = task
        task.signals.finished.connect(lambda result: self._written(task, result))
        task.signals.failed.connect(self.failed)
        task.signals.done.connect(lambda: self._done(task))
        return self._runner.start(task)

    def _written(self, task: Task, result: tuple[Any, LibraryData]) -> None:
        """Not busy any more before anyone hears of the change (and may write again)."""
        self._done(task)
        self.data = result[1]
        self.changed.emit(self.data)

    def _done(self, task: Task) -> None:
        if self.task is task:
            self.task = None
