"""``analyse`` off the UI thread, the latest request winning.

A filter, selection, settings or data change asks for a new analysis; the UI keeps showing the
last one until it arrives. At most one analysis runs at a time, on its own one-thread pool: a
second would compete with it and with the UI thread for the same cores and the GIL, and an
analysis cannot be stopped half-way. A request made while one runs waits, replacing any request
that waited before it; the running one is then stale, and its result is dropped on arrival
(its generation is no longer the latest). So ``finished`` carries only the newest analysis.

The worker reads the incident table and computes; it touches no Qt object (its results come
back through ``Task``'s signals, queued to the UI thread).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from desktop_app.core.analysis import (
    Analysis,
    Selection,
    SelectionTooLargeError,
    analyse,
    by_start,
)
from desktop_app.core.metrics.known_spans import StatedSpan
from desktop_app.core.settings import Settings
from desktop_app.ui.jobs.workers import Progress, Task

Prepare = Callable[[Analysis], object]
"""Work done on the worker once the analysis is made: what the view in sight will draw."""


class InStartOrder:
    """The loaded incidents in start order (``by_start``): sorted once, by the first analysis
    of them (on the worker), then shared by the next ones."""

    def __init__(self, incidents: pd.DataFrame) -> None:
        self._incidents = incidents
        self._sorted: pd.DataFrame | None = None
        self._lock = threading.Lock()

    def __call__(self) -> pd.DataFrame:
        with self._lock:
            if self._sorted is None:
                self._sorted = by_start(self._incidents)
            return self._sorted


@dataclass(frozen=True)
class AnalysisRequest:
    incidents: Callable[[], pd.DataFrame]
    selection: Selection
    settings: Settings
    prepare: Prepare | None = None
    #: The spans the user stated sources cover (``Dataset.stated``).
    stated: tuple[StatedSpan, ...] = ()

    def run(self, _progress: Progress) -> Analysis | SelectionTooLargeError:
        """The analysis, or the refusal of a selection too large to compute (a value, so
        that the UI can say why in its own words)."""
        try:
            analysis = analyse(self.incidents(), self.selection, self.settings, stated=self.stated)
        except SelectionTooLargeError as refused:
            return refused
        if self.prepare is not None:
            self.prepare(analysis)
        return analysis


class AnalysisRunner(QObject):
    """``request`` an analysis; ``finished(Analysis)`` brings the newest one only.

    ``refused(SelectionTooLargeError)``: the newest request asked for too much.
    ``failed(message, details)``: it raised. ``busyChanged(bool)``: whether an analysis is
    running or waiting to run."""

    finished = Signal(object)
    refused = Signal(object)
    failed = Signal(str, str)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._running: Task | None = None
        self._waiting: tuple[int, AnalysisRequest] | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None or self._waiting is not None

    def request(self, request: AnalysisRequest) -> int:
        """Analyse ``request`` as soon as the worker is free; returns its generation."""
        was_busy = self.busy
        self._generation += 1
        self._waiting = (self._generation, request)
        if self._running is not None:
            self._running.cancel()
        else:
            self._start_waiting()
        if not was_busy:
            self.busyChanged.emit(True)
        return self._generation

    def drop(self) -> None:
        """Forget every request: nothing running or waiting reaches ``finished``."""
        self._generation += 1
        self._waiting = None
        if self._running is not None:
            self._running.cancel()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Drop everything and wait for the worker (the window is closing): a result
        arriving after its receivers were deleted would reach freed objects."""
        self.drop()
        if self._running is not None:
            signals = self._running.signals
            for connected in (signals.finished, signals.failed, signals.done):
                connected.disconnect()
        self._pool.waitForDone(timeout_ms)
        self._running = None

    def wait(self, timeout_s: float = 60.0) -> bool:
        """Process events until the newest analysis is delivered (or none is asked for);
        False on timeout. For tests, ``--smoke`` and ``--screenshot``: the UI never waits."""
        deadline = time.monotonic() + timeout_s
        while self.busy:
            if time.monotonic() > deadline:
                return False
            self._pool.waitForDone(10)
            QCoreApplication.processEvents()
        return True

    def _start_waiting(self) -> None:
        assert self._waiting is not None
        generation, request = self._waiting
        self._waiting = None
        task = Task(request.run, "analysis")
        task.signals.finished.connect(lambda result: self._arrived(generation, result))
        task.signals.failed.connect(
            lambda message, details: self._failed(generation, message, details)
        )
        task.signals.done.connect(self._done)
        self._running = task
        self._pool.start(task.run)

    def _arrived(self, generation: int, result: Analysis | SelectionTooLargeError) -> None:
        if generation != self._generation:
            return
        if isinstance(result, SelectionTooLargeError):
            self.refused.emit(result)
        else:
            self.finished.emit(result)

    def _failed(self, generation: int, message: str, details: str) -> None:
        if generation == self._generation:
            self.failed.emit(message, details)

    def _done(self) -> None:
        self._running = None
        if self._waiting is not None:
            self._start_waiting()
        else:
            self.busyChanged.emit(False)
