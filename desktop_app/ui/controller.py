"""The base of the window's controllers: what each needs to run work for the main window."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop_app.ui.errors import ErrorReporter
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.state import AppState
from desktop_app.ui.workers import TaskRunner


class WindowController(QObject):
    """Owned by ``window``; runs its jobs on ``runner`` and reports failures to ``reporter``."""

    def __init__(
        self,
        window: QWidget,
        state: AppState,
        settings: AppSettings,
        runner: TaskRunner,
        reporter: ErrorReporter,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._state = state
        self._settings = settings
        self._runner = runner
        self._reporter = reporter
