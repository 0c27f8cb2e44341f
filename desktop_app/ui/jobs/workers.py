"""Long work off the UI thread: each job runs on the global ``QThreadPool``.

A ``Task`` is a plain Python object handed to the pool as a callable, so the pool owns its own
runnable and no Python wrapper of a ``QRunnable`` can be freed while a pool thread still uses it.

A job is a function taking a ``progress(fraction)`` callback. The task's signals carry
progress, the result, a failure (message and details) or a cancellation back to the UI thread.
Cancelling makes the next ``progress`` call raise ``ImportCancelled``, so a job stops between
steps and returns nothing: no half-loaded data reaches the app.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop_app.core.model import ImportCancelled
from desktop_app.text.language import Language
from desktop_app.ui.errors import describe, format_details

if TYPE_CHECKING:
    from desktop_app.core.reporting.report_model import ReportModel

log = logging.getLogger("desktop_app.workers")

Progress = Callable[[float], None]
Job = Callable[[Progress], object]


class TaskSignals(QObject):
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()
    done = Signal()


class Task:
    """Runs ``job`` once on a pool thread and reports through ``signals``."""

    def __init__(self, job: Job, name: str) -> None:
        self.name = name
        self.signals = TaskSignals()
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, fraction: float) -> None:
        if self._cancel.is_set():
            raise ImportCancelled(f"{self.name} cancelled")
        self.signals.progress.emit(max(0.0, min(1.0, float(fraction))))

    def run(self) -> None:
        try:
            self._progress(0.0)
            result = self._job(self._progress)
            if self._cancel.is_set():
                raise ImportCancelled(f"{self.name} cancelled")
        except ImportCancelled:
            log.info("%s cancelled", self.name)
            self.signals.cancelled.emit()
        except Exception as exc:
            log.exception("%s failed", self.name)
            self.signals.failed.emit(
                describe(exc), format_details(type(exc), exc, exc.__traceback__)
            )
        else:
            self.signals.finished.emit(result)
        finally:
            self.signals.done.emit()


class TaskRunner(QObject):
    """Starts tasks on the global pool and keeps them alive until they are done."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[Task] = set()

    def start(self, task: Task) -> Task:
        self._running.add(task)
        task.signals.done.connect(lambda: self._running.discard(task))
        QThreadPool.globalInstance().start(task.run)
        return task

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()


def scaled(progress: Progress, index: int, count: int) -> Progress:
    """Map one step's progress (0..1) onto its share ``index`` of ``count`` equal steps."""
    return lambda fraction: progress((index + fraction) / max(count, 1))


def export_pdf_job(
    build_model: Callable[[], ReportModel],
    path: Path,
    page_size: str,
    appendices: bool = True,
    lang: Language = "en",
) -> Job:
    """Build the report model, then write the PDF in ``lang`` (atomically, by
    ``write_report_pdf``)."""

    def job(progress: Progress) -> Path:
        from desktop_app.report.pdf import write_report_pdf

        model = build_model()
        progress(0.1)
        return write_report_pdf(
            model,
            path,
            page_size=page_size,
            progress=lambda f: progress(0.1 + 0.9 * f),
            appendices=appendices,
            lang=lang,
        )

    return job
