"""``--screenshot``: open the real window on files, wait for the import and the views, save a PNG.

The window opens a library in a scratch folder first, as the app opens the user's; the files
are imported into it (the sample is shown as the app shows it, never stored).

The run fails (exit status 1, a message on stderr) when the import fails, is cancelled, needs
a column mapping, loads no incident, or any error reaches the error path.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.ui.actions import VIEW_NAMES
from desktop_app.ui.jobs.outcomes import Notice, Severity
from desktop_app.ui.main_window import MainWindow

SCREENSHOT_SIZE = (1440, 900)
TIMEOUT_MS = 120_000


class ScreenshotRun(QObject):
    def __init__(self, window: MainWindow, out: str, view: str | None) -> None:
        super().__init__(window)
        self._window = window
        self._out = Path(out)
        self._view = view or "overview"
        self.error: str | None = None
        window.resize(*SCREENSHOT_SIZE)
        window.importer.imported.connect(lambda _result: QTimer.singleShot(0, self._capture))
        window.importer.cancelled.connect(lambda: self._fail("the import was cancelled"))
        window.importer.notice.connect(self._on_notice)
        window.importer.mappingRequested.connect(
            lambda path: self._fail(f"{path}: its start column was not found (no mapping given)")
        )
        window.reporter.errorReported.connect(lambda message, _details: self._fail(message))
        self._timer = QTimer(self, singleShot=True, interval=TIMEOUT_MS)
        self._timer.timeout.connect(lambda: self._fail("timed out waiting for the import"))

    def run(self, paths: list[str], library: str) -> int:
        """Open ``library`` (a scratch file), import ``paths``, capture; the exit status."""
        if not paths:
            self.error = "no incident files to show"
        else:
            self._timer.start()
            self._window.library.open_library(library, then=lambda: self._load(paths))
            if self.error is None:
                QApplication.exec()
        if self.error:
            print(f"screenshot failed: {self.error}", file=sys.stderr)
            return 1
        return 0

    def _load(self, paths: list[str]) -> None:
        if self._window.library.problem:
            self._fail(f"the scratch library did not open: {self._window.library.problem}")
        elif self._window.importer.load(paths) is None:
            self._fail(self.error or "the import did not start")

    def _on_notice(self, notice: Notice) -> None:
        if notice.severity >= Severity.ERROR:
            self._fail(notice.text)

    def _fail(self, message: str) -> None:
        if self.error is not None:
            return
        self.error = message
        self._timer.stop()
        QApplication.exit(1)

    def _capture(self) -> None:
        if self.error is not None:
            return
        window = self._window
        if not window.state.wait_idle(TIMEOUT_MS / 1000):
            self._fail("timed out waiting for the analysis")
            return
        if window.state.analysis is None:
            self._fail("no incident was loaded")
            return
        window.notification.hide()
        for name in (*VIEW_NAMES, self._view):
            window.show_view(name)
            QApplication.processEvents()
            window.views[name].repaint()
        QApplication.processEvents()
        self._out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(self._out)):
            self._fail(f"could not write {self._out}")
            return
        self._timer.stop()
        QApplication.exit(0)
