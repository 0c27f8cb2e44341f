"""Fixtures for driving the main window on a library in a temp folder: settings there too,
small CSV files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from desktop_app import APP_NAME, ORG_NAME
from desktop_app.ui.errors import ErrorReporter
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.startup.refcount_guard import immortalise_singletons

# The app does this in create_application; tests get their QApplication from pytest-qt.
immortalise_singletons()


@pytest.fixture(autouse=True)
def gui_settings(tmp_path: Path, qapp) -> AppSettings:
    """``QSettings()`` reads and writes an INI file under ``tmp_path``, empty at start."""
    qapp.setOrganizationName(ORG_NAME)
    qapp.setApplicationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QSettings().clear()
    return AppSettings()


@pytest.fixture
def write_csv(tmp_path: Path):
    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def open_window(qtbot, gui_settings: AppSettings, tmp_path: Path):
    """``open_window(path=None)``: the window users get, on a library (by default a new one in
    a temp folder), opened and waited for; nothing is shown until the test loads it."""
    from desktop_app.ui.main_window import MainWindow

    made = []

    def open_(path: Path | None = None) -> MainWindow:
        win = MainWindow(gui_settings, ErrorReporter())
        qtbot.addWidget(win)
        win.show()
        made.append(win)
        with qtbot.waitSignal(win.library.session.opened, timeout=15_000):
            win.library.open_library(str(path or tmp_path / "library" / "library.duckdb"))
        win.state.wait_idle()
        return win

    yield open_
    for win in made:
        win.runner.cancel_all()
        win.state.drop_analysis()
        win.state.wait_idle()
        QThreadPool.globalInstance().waitForDone(10_000)
        win.library.close()


@pytest.fixture
def window(open_window):
    return open_window()
