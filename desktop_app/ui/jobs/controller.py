"""The base of the window's controllers: what each needs to run work for the main window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from desktop_app.ui.errors import ErrorReporter
from desktop_app.ui.i18n import translate
from desktop_app.ui.jobs.workers import Task, TaskRunner
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.state import AppState


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
        #: The progress dialog of the task running now, if any.
        self.progress_dialog: QProgressDialog | None = None

    def _progress_dialog(
        self, task: Task, title: str, label: str, min_duration_ms: int
    ) -> QProgressDialog:
        """A window-modal dialog that shows ``task``'s progress and cancels it; it appears
        only when the task runs longer than ``min_duration_ms``."""
        dialog = QProgressDialog(label, translate("Progress", "Cancel"), 0, 100, self._window)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(min_duration_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        task.signals.progress.connect(lambda f: _show_progress(dialog, f))
        return dialog

    def _close_progress(self, dialog: QProgressDialog) -> None:
        dialog.close()
        dialog.deleteLater()
        if self.progress_dialog is dialog:
            self.progress_dialog = None


def _show_progress(dialog: QProgressDialog, fraction: float) -> None:
    """``fraction`` done, unless the dialog is gone: a worker's last progress can arrive
    after the task finished and its dialog was deleted."""
    if isValid(dialog):
        dialog.setValue(round(fraction * 100))
