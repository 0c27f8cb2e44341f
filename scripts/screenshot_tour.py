"""The tour scripts/korean_screenshots.py takes: the empty state, every view, every dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.assets import sample_data_files
from desktop_app.ui.actions import VIEW_NAMES
from desktop_app.ui.dialogs.about import AboutDialog
from desktop_app.ui.dialogs.error_dialog import ErrorDialog
from desktop_app.ui.dialogs.mapping import MappingDialog
from desktop_app.ui.dialogs.preferences import PreferencesDialog
from desktop_app.ui.dialogs.rejected_rows import RejectedRowsDialog
from desktop_app.ui.errors import ErrorReporter
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.views.incident_details import IncidentDetailsDialog

#: A log path as a user would see it (the real one is in the temporary home).
LOG = "/home/user/.local/state/reliability-desk/app.log"


class Tour:
    def __init__(self, app: QApplication, size: tuple[int, int], out: Path) -> None:
        self.app, self.size, self.out = app, size, out
        self.shots: list[Path] = []
        self.window = MainWindow(AppSettings(), ErrorReporter())
        self.window.resize(*size)
        self.window.show()

    def grab(self, widget: QWidget, name: str) -> None:
        for _ in range(3):
            self.app.processEvents()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.shots.append(path)

    def wait_for_import(self) -> None:
        loop = QEventLoop()
        self.window.importer.imported.connect(lambda _outcome: loop.quit())
        QTimer.singleShot(60_000, loop.quit)
        self.window.importer.load([str(p) for p in sample_data_files()])
        loop.exec()
        QThreadPool.globalInstance().waitForDone(10_000)
        self.window.state.wait_idle()

    def run(self) -> list[Path]:
        window = self.window
        self.grab(window, "empty")
        self.wait_for_import()
        window.notification.hide()
        for name in VIEW_NAMES:
            window.show_view(name)
            self.grab(window, name)
        self.dialogs()
        window.close()
        return self.shots

    def dialog(self, dialog: QWidget, name: str) -> None:
        dialog.show()
        self.grab(dialog, name)
        dialog.close()

    def dialogs(self) -> None:
        window, state = self.window, self.window.state
        self.dialog(PreferencesDialog(window.app_settings.preferences(), window), "preferences")
        self.dialog(AboutDialog(window, LOG), "about")
        rejected = RejectedRowsDialog(window)
        rejected.set_result(state.dataset)
        self.dialog(rejected, "rejected_rows")
        incidents = state.analysis.in_window
        longest = (incidents["resolved_at"] - incidents["started_at"]).idxmax()
        notice = bool(state.analysis.notice.loc[longest])
        details = IncidentDetailsDialog(
            incidents.loc[longest], state.settings.tz, window, state.settings.notice_hours, notice
        )
        self.dialog(details, "incident_details")
        headers = ["발생일시", "서비스명", "내용", "조치완료"]
        preview = [["2021-04-05 10:50", "결제", "결제 전면 장애", "2021-04-05 14:44"]]
        self.dialog(MappingDialog("장애내역.csv", headers, preview, {}, window), "mapping")
        error = ErrorDialog(window, LOG)
        error.add_error("보고서를 쓸 수 없습니다: 디스크가 가득 찼습니다", "OSError: [Errno 28]")
        self.dialog(error, "error")
        overview = window.views["overview"]
        window.show_view("overview")
        last = len(state.analysis.metrics.periods) - 1
        period = overview.open_period(last)
        self.grab(period, "period_incidents")
        period.close()
