"""The library window: sample mode, imports recorded off the UI thread, reclassify and undo.

Figures of ``SMALL_CSV`` (see gui_flow_data): the window covers January to March 2024. Downtime
is A-1's full outage (60 min) + 0.3 x A-2's partial outage (120 min) = 96 min; B-2 is degraded
(weight 0) and B-1 is rejected. Counting A-1 as maintenance leaves 36 min.
"""

from __future__ import annotations

import threading

import pytest
from gui_flow_data import SMALL_CSV, wait_analysed
from PySide6.QtCore import QPoint, QThreadPool
from PySide6.QtWidgets import QLabel

from desktop_app.core.library.imports import import_files, list_imports
from desktop_app.core.library.store import open_library
from desktop_app.ui.errors import ErrorReporter
from desktop_app.ui.jobs.outcomes import Severity
from desktop_app.ui.library import import_flow
from desktop_app.ui.library.banner import AS_IMPORTED_TEXT, SAMPLE_TEXT
from desktop_app.ui.library.session import SKIP, START_NEW
from desktop_app.ui.library.window import LibraryWindow


def _downtime(window) -> float:
    return window.state.analysis.metrics.overall.downtime_minutes


@pytest.fixture
def library_path(tmp_path):
    return tmp_path / "library" / "library.duckdb"


@pytest.fixture
def make_window(qtbot, gui_settings):
    made = []

    def make(path, files=()):
        win = LibraryWindow(gui_settings, ErrorReporter())
        qtbot.addWidget(win)
        win.show()
        made.append(win)
        with qtbot.waitSignal(win.session.opened, timeout=15_000):
            win.open_library(str(path))
        wait_analysed(qtbot, win)
        return win

    yield make
    for win in made:
        win.runner.cancel_all()
        QThreadPool.globalInstance().waitForDone(10_000)
        win.session.close()


def _import_and_wait(qtbot, window, path) -> None:
    with qtbot.waitSignal(window.importer.imported, timeout=15_000):
        window.importer.load([str(path)])
    wait_analysed(qtbot, window)


def test_an_empty_library_opens_the_sample_with_a_banner_and_never_stores_it(
    qtbot, make_window, library_path
):
    window = make_window(library_path)
    with qtbot.waitSignal(window.importer.imported, timeout=15_000):
        assert window.start([]) is True
    wait_analysed(qtbot, window)
    assert window.importer.sample_mode
    assert window.banner.text() == SAMPLE_TEXT
    assert window.state.has_data
    with open_library(library_path, write=False) as library:
        assert list_imports(library) == []
    menu = window.show_incident_menu(window.state.analysis.in_window.iloc[0], QPoint(0, 0))
    assert [a.isEnabled() for a in menu.actions()[:3]] == [False, False, False]
    window.grab().save(str(library_path.parent / "sample.png"))


def test_the_first_real_import_replaces_the_sample_and_is_written_off_the_ui_thread(
    qtbot, make_window, library_path, write_csv, monkeypatch
):
    window = make_window(library_path)
    with qtbot.waitSignal(window.importer.imported, timeout=15_000):
        window.start([])
    wait_analysed(qtbot, window)
    threads = []
    real = import_flow.record_import

    def spy(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(import_flow, "record_import", spy)
    _import_and_wait(qtbot, window, write_csv("jan.csv", SMALL_CSV))
    assert threads == [False]
    assert not window.importer.sample_mode
    assert window.banner.text() == ""
    assert sorted(window.state.imported.incidents["incident_id"]) == ["A-1", "A-2", "B-2"]
    assert _downtime(window) == pytest.approx(96.0)
    with open_library(library_path, write=False) as library:
        (record,) = list_imports(library)
    assert (record.rows, record.imported, len(record.rejected)) == (4, 3, 1)


def test_the_app_opens_on_the_library_when_it_has_data(qtbot, make_window, library_path, write_csv):
    with open_library(library_path) as library:
        import_files(library, [write_csv("jan.csv", SMALL_CSV)])
    window = make_window(library_path)
    assert window.start([]) is False
    assert not window.importer.sample_mode
    assert sorted(window.state.imported.incidents["incident_id"]) == ["A-1", "A-2", "B-2"]
    assert "Library: 1 imports" in window.files_label.text()


def test_importing_the_same_file_again_says_it_is_already_there(
    qtbot, make_window, library_path, write_csv
):
    window = make_window(library_path)
    path = write_csv("jan.csv", SMALL_CSV)
    _import_and_wait(qtbot, window, path)
    with qtbot.waitSignal(window.importer.notice, timeout=15_000) as notice:
        window.importer.load([str(path)])
    assert "jan.csv is already in the library (import 1); nothing changed." in notice.args[0].text


def test_reclassify_from_the_table_changes_the_figures_and_history_undoes_it(
    qtbot, make_window, library_path, write_csv
):
    window = make_window(library_path)
    _import_and_wait(qtbot, window, write_csv("jan.csv", SMALL_CSV))
    window.show_view("incidents")
    incidents = window.views["incidents"]
    table = incidents.table
    row = next(
        r
        for r in range(incidents.model.rowCount())
        if incidents.model.row_record(r)["incident_id"] == "A-1"
    )
    table.customContextMenuRequested.emit(table.visualRect(incidents.model.index(row, 0)).center())
    edit = next(a for a in incidents.incidents.menu.actions() if a.text() == "Edit…")
    with qtbot.waitSignal(incidents.incidentMenuRequested) as requested:
        edit.trigger()  # the table's menu (copy, details) leads to the library's
    assert requested.args[0]["incident_id"] == "A-1"
    menu = window.incident_menu
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Reclassify…", "Edit times…", "Note…", "History…",
    ]  # fmt: skip
    menu.actions()[0].trigger()
    dialog = window.edit_dialog
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.kind.setCurrentIndex(1)
    dialog.reason.setText("vendor's planned maintenance")
    assert ok.isEnabled()
    dialog.grab().save(str(library_path.parent / "reclassify.png"))
    with qtbot.waitSignal(window.session.changed, timeout=15_000):
        ok.click()
    wait_analysed(qtbot, window)
    assert _downtime(window) == pytest.approx(36.0)

    window.as_imported_action.setChecked(True)
    wait_analysed(qtbot, window)
    assert _downtime(window) == pytest.approx(96.0)
    assert window.banner.text() == AS_IMPORTED_TEXT
    window.as_imported_action.setChecked(False)
    wait_analysed(qtbot, window)
    assert _downtime(window) == pytest.approx(36.0)

    history = window.show_history(window.state.analysis.in_window.iloc[0])
    assert history.change_table.rowCount() == 1
    assert history.change_table.item(0, 6).text() == "vendor's planned maintenance"
    history.change_table.selectRow(0)
    with qtbot.waitSignal(window.session.changed, timeout=15_000):
        history.undo_button.click()
    wait_analysed(qtbot, window)
    assert _downtime(window) == pytest.approx(96.0)


def test_history_undoes_a_newer_export_s_update_for_one_incident(
    qtbot, make_window, library_path, write_csv
):
    """February's export says A-1 ended at 11:30 (90 min): 96 - 60 + 90 = 126 min down.
    Choosing January's values for A-1 in its History brings 96 back; undoing that, 126."""
    window = make_window(library_path)
    _import_and_wait(qtbot, window, write_csv("jan.csv", SMALL_CSV))
    february = SMALL_CSV.splitlines()[0] + (
        "\nA-1,api,API down,critical,full_outage,2024-01-10T10:00:00Z,2024-01-10T11:30:00Z\n"
    )
    _import_and_wait(qtbot, window, write_csv("feb.csv", february))
    assert _downtime(window) == pytest.approx(126.0)
    a1 = window.state.analysis.in_window.iloc[0]
    history = window.show_history(a1)
    assert [history.versions.item(r, 0).text() for r in range(2)] == ["2", "1"]
    assert [history.versions.item(r, 6).text() for r in range(2)] == ["yes", ""]
    history.versions.selectRow(1)
    assert not history.use_button.isEnabled()  # a reason first
    history.reason.setText("February's export closed it late")
    assert history.use_button.isEnabled()
    history.grab().save(str(library_path.parent / "history.png"))
    with qtbot.waitSignal(window.session.changed, timeout=15_000):
        history.use_button.click()
    wait_analysed(qtbot, window)
    assert _downtime(window) == pytest.approx(96.0)
    history = window.show_history(window.state.analysis.in_window.iloc[0])
    assert [history.versions.item(r, 6).text() for r in range(2)] == ["", "yes"]
    assert history.change_table.item(0, 5).text() == "import 1"
    history.change_table.selectRow(0)
    with qtbot.waitSignal(window.session.changed, timeout=15_000):
        history.undo_button.click()
    wait_analysed(qtbot, window)
    assert _downtime(window) == pytest.approx(126.0)


def test_the_details_show_the_history(qtbot, make_window, library_path, write_csv):
    window = make_window(library_path)
    _import_and_wait(qtbot, window, write_csv("jan.csv", SMALL_CSV))
    window.write_incident("A-2", [("note", "customer saw errors", "")])
    qtbot.waitUntil(lambda: not window.session.busy, timeout=15_000)
    wait_analysed(qtbot, window)
    window.show_view("incidents")
    incidents = window.views["incidents"].incidents
    row = next(
        r
        for r in range(incidents.model.rowCount())
        if incidents.model.row_record(r)["incident_id"] == "A-2"
    )
    dialog = incidents.open_details(row)
    label = dialog.findChild(QLabel, "historyLabel")
    assert "note (as imported) → customer saw errors" in label.text()
    dialog.close()


def test_service_targets_from_the_services_editor_reach_the_analysis(
    qtbot, make_window, library_path, write_csv
):
    window = make_window(library_path)
    _import_and_wait(qtbot, window, write_csv("jan.csv", SMALL_CSV))
    editor = window.edit_services()
    assert [editor.table.item(r, 0).text() for r in range(editor.table.rowCount())] == [
        "api",
        "결제",
    ]
    editor.table.item(0, 3).setText("99.5")
    with qtbot.waitSignal(window.session.changed, timeout=15_000):
        editor.accept()
    wait_analysed(qtbot, window)
    assert window.state.analysis.settings.slo_for("api") == 99.5
    assert window.state.analysis.settings.slo_for("결제") == window.state.settings.slo_pct


def test_a_second_window_opens_the_library_read_only_and_says_so(
    qtbot, make_window, library_path, write_csv
):
    first = make_window(library_path)
    _import_and_wait(qtbot, first, write_csv("jan.csv", SMALL_CSV))
    second = make_window(library_path)
    assert second.session.read_only
    assert second.start([]) is False
    assert "Library open read-only: another Reliability Desk is using it" in second.banner.text()
    with qtbot.waitSignal(second.importer.notice) as notice:
        second.importer.load([str(write_csv("feb.csv", SMALL_CSV.replace("A-", "C-")))])
    assert notice.args[0].severity == Severity.ERROR
    assert "open read-only" in notice.args[0].text


def test_a_damaged_library_asks_and_never_replaces_it_silently(
    qtbot, make_window, library_path, monkeypatch
):
    library_path.parent.mkdir(parents=True)
    library_path.write_bytes(b"broken" * 100)
    monkeypatch.setattr(LibraryWindow, "ask_damaged", lambda self, damaged: SKIP)
    window = make_window(library_path)
    assert window.banner.text().startswith("No library:")
    assert window.session.library is None
    assert library_path.read_bytes() == b"broken" * 100
    monkeypatch.setattr(LibraryWindow, "ask_damaged", lambda self, damaged: START_NEW)
    with qtbot.waitSignal(window.session.opened, timeout=15_000) as opened:
        window.open_library(str(library_path))
    wait_analysed(qtbot, window)
    assert opened.args == [""]
    assert window.banner.text() == ""
    (aside,) = library_path.parent.glob("library.duckdb.damaged-*")
    assert aside.read_bytes() == b"broken" * 100


def test_opening_creates_the_library_off_the_ui_thread(
    qtbot, make_window, library_path, monkeypatch
):
    from desktop_app.ui.library import session

    threads = []
    real = session.open_library

    def spy(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(session, "open_library", spy)
    window = make_window(library_path)
    assert threads == [False]
    assert library_path.exists()
    assert window.session.library is not None


def test_an_import_can_be_removed_from_the_imports_dialog(
    qtbot, make_window, library_path, write_csv
):
    window = make_window(library_path)
    _import_and_wait(qtbot, window, write_csv("jan.csv", SMALL_CSV))
    # February repeats A-1 with a later end and adds C-1.
    february = SMALL_CSV.replace("2024-01-10T11:00:00Z", "2024-01-10T11:30:00Z")
    february += "C-1,api,Timeouts,minor,full_outage,2024-03-05T00:00:00Z,2024-03-05T00:10:00Z\n"
    _import_and_wait(qtbot, window, write_csv("feb.csv", february))
    # A-1 90 min + 0.3 x 120 + C-1 10 min = 136 min.
    assert _downtime(window) == pytest.approx(136.0)
    dialog = window.show_imports()
    assert [dialog.table.item(r, 4).text() for r in range(2)] == ["3", "1"]
    assert [dialog.table.item(r, 5).text() for r in range(2)] == ["0", "1"]
    dialog.table.selectRow(1)
    with qtbot.waitSignal(window.session.changed, timeout=15_000):
        dialog.remove_button.click()
    wait_analysed(qtbot, window)
    assert _downtime(window) == pytest.approx(96.0)
    assert sorted(window.state.imported.incidents["incident_id"]) == ["A-1", "A-2", "B-2"]
