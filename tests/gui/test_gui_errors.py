"""One error path: worker failures and uncaught exceptions are logged and shown, not fatal."""

from __future__ import annotations

import sys
import threading

import pytest
from gui_flow_data import SMALL_CSV, wait_analysed
from PySide6.QtGui import QGuiApplication

from desktop_app.ui.errors import ExceptHooks
from desktop_app.ui.jobs import import_flow
from desktop_app.ui.startup.logging_setup import setup_logging


@pytest.fixture
def hooks(window):
    installed = ExceptHooks(window.reporter)
    installed.install()
    yield installed
    installed.uninstall()


def test_an_exception_in_the_import_worker_reaches_the_error_dialog(
    qtbot, window, write_csv, monkeypatch
):
    def broken_read(paths, progress):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(import_flow, "parse_incident_files", broken_read)
    with qtbot.waitSignal(window.reporter.errorReported, timeout=10_000) as reported:
        window.importer.load([str(write_csv("a.csv", SMALL_CSV))])
    assert reported.args[0] == "Import failed: disk on fire"
    dialog = window.error_dialog
    assert dialog.isVisible()
    assert "disk on fire" in dialog.message_label.text()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "RuntimeError: disk on fire" in copied
    assert "broken_read" in copied
    qtbot.waitUntil(lambda: window.importer.task is None)
    assert window.state.dataset is None
    assert window.isVisible()


def test_an_unreadable_file_is_named_and_the_others_still_load(qtbot, window, write_csv):
    empty = write_csv("empty.csv", "")
    good = write_csv("good.csv", SMALL_CSV)
    with qtbot.waitSignal(window.importer.imported, timeout=10_000) as imported:
        window.importer.load([str(empty), str(good)])
    wait_analysed(qtbot, window)
    assert [e.path for e in imported.args[0].failed] == [str(empty)]
    assert window.state.loaded_paths == [str(good)]
    text = window.notification.label.text()
    assert "Not loaded: empty.csv: the file is empty" in text
    assert window.notification.isVisible()
    assert window.error_dialog is None


def test_uncaught_exceptions_are_logged_and_shown(qtbot, window, hooks, capsys):
    log_path = setup_logging()
    try:
        raise ValueError("unexpected state")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert "unexpected state" in window.error_dialog.message_label.text()
    assert "ValueError: unexpected state" in capsys.readouterr().err
    assert "unexpected state" in log_path.read_text(encoding="utf-8")


def test_exceptions_in_other_threads_surface_on_the_ui_thread(qtbot, window, hooks):
    def crash() -> None:
        raise KeyError("lost")

    thread = threading.Thread(target=crash, name="helper")
    with qtbot.waitSignal(window.reporter.errorReported, timeout=10_000) as reported:
        thread.start()
        thread.join()
    assert reported.args[0] == "Error in helper: 'lost'"
    assert window.error_dialog.isVisible()
    assert "KeyError" in window.error_dialog.details_text()


def test_errors_arriving_while_the_dialog_is_open_are_added_to_it(qtbot, window):
    window.reporter.report("first problem", "trace 1")
    window.reporter.report("second problem", "trace 2")
    dialog = window.error_dialog
    assert "second problem" in dialog.message_label.text()
    assert "1 earlier error" in dialog.message_label.text()
    assert "trace 1" in dialog.details_text()
    assert "trace 2" in dialog.details_text()
