"""The window's library: opened, read and written off the UI thread.

Opening writes too (a new file gets its tables, an old one is upgraded after a backup copy),
so it runs as a task like every write; only the question about a damaged file comes back to
the UI thread, and the repair the user chose runs in the next task.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.core.library.loaded import LibraryData, load_library
from desktop_app.core.library.paths import default_library_path
from desktop_app.core.library.store import (
    Library,
    LibraryDamagedError,
    LibraryError,
    open_library,
    restore_backup,
    start_new,
)
from desktop_app.ui.i18n import translate, ui_text
from desktop_app.ui.jobs.workers import Progress, Task, TaskRunner

#: What the user chose for a damaged library: restore the backup, start a new one, or go on
#: without a library this time (the file is left as it is).
DamagedChoice = Callable[[LibraryDamagedError], str]
RESTORE, START_NEW, SKIP = "restore", "new", "skip"


class LibrarySession(QObject):
    """``opened(problem)`` when an open ends ("" when the library is open, else why not);
    ``changed(LibraryData)`` after every write; ``busy`` while a task runs."""

    opened = Signal(str)
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
        """Why nothing can be changed: no library, another copy writing the file, or a
        database role that may only read."""
        if self.library is None:
            return translate("Library", "no library is open")
        reason = self.library.read_only_reason
        return "" if reason is None else ui_text().message(reason)

    @property
    def busy(self) -> bool:
        return self.task is not None

    def open(
        self,
        path: str | None,
        choose: DamagedChoice,
        repair: Callable[[Path], object] | None = None,
    ) -> Task | None:
        """Open the library (the default one when ``path`` is empty) off the UI thread, after
        ``repair(path)`` when the user chose one. A damaged file is never replaced without
        the user's ``choose``; ``opened`` says how it ended."""
        if self.busy:
            return None
        self.close()

        def job(_progress: Progress) -> object:
            try:
                if repair is not None:
                    repair(Path(path) if path else default_library_path())
                library = open_library(path or None)
            except LibraryDamagedError as damaged:
                return damaged
            except (LibraryError, OSError) as exc:
                return ui_text().error(exc)
            return library, load_library(library)

        task = Task(job, "Open the library")
        self.task = task
        task.signals.finished.connect(lambda result: self._opened(task, result, path, choose))
        task.signals.failed.connect(lambda message, _details: self._ended(task, message))
        return self._runner.start(task)

    def _opened(self, task: Task, result: object, path: str | None, choose: DamagedChoice) -> None:
        self._done(task)
        if isinstance(result, LibraryDamagedError):
            choice = choose(result)
            if choice == RESTORE and result.backup is not None:
                self.open(path, choose, restore_backup)
            elif choice == START_NEW:
                self.open(path, choose, start_new)
            else:
                self.opened.emit(ui_text().error(result))
            return
        if isinstance(result, str):
            self.opened.emit(result)
            return
        self.library, self.data = result  # type: ignore[misc]
        self.opened.emit("")

    def _ended(self, task: Task, problem: str) -> None:
        self._done(task)
        self.opened.emit(problem)

    def close(self) -> None:
        if self.library is not None:
            self.library.close()
            self.library = None
            self.data = None

    def write(
        self,
        work: Callable[[Library, Progress], Any],
        name: str,
        prepare: Callable[[Task], None] | None = None,
    ) -> Task | None:
        """Run ``work(library, progress)`` and then read the library again, off the UI thread.
        ``task.signals.finished`` carries ``(work's result, LibraryData)``. ``prepare(task)``
        runs before the task starts, to connect to it: a fast task could otherwise finish
        before a listener is connected."""
        library = self.library
        if library is None or self.busy:
            return None

        def job(progress: Progress) -> tuple[Any, LibraryData]:
            result = work(library, progress)
            return result, load_library(library)

        task = Task(job, name)
        self.task = task
        task.signals.finished.connect(lambda result: self._written(task, result))
        if prepare is not None:
            prepare(task)
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
