"""The window on its library: sample mode, imports recorded off the UI thread, reclassify and undo.

Figures of ``SMALL_CSV`` (see gui_flow_data): the window covers January to March 2024. Downtime
is A-1's full outage (60 min) + 0.3 x A-2's partial outage (120 min) = 96 min; B-2 is degraded
(weight 0) and B-1 is rejected. Counting A-1 as maintenance leaves 36 min.
"""

from __future__ import annotations

import threading

import pytest
from gui_flow_data import SMALL_CSV, wait_analysed
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop_app.core.library.edits import change
from desktop_app.core.library.imports import import_files, list_imports
from desktop_app.core.library.store import open_library
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.jobs.outcomes import Severity
from desktop_app.ui.library import import_flow
from desktop_app.ui.library.banner import AS_IMPORTED_TEXT, SAMPLE_TEXT
from desktop_app.ui.library.controller import LibraryController
from desktop_app.ui.library.session import SKIP, START_NEW


def _downtime(window) -> float:
    return window.state.analysis.metrics.overall.downtime_minutes


@pytest.fixture
def library_path(tmp_path):
    return tmp_path / "library" / "library.duckdb"


def _import_and_wait(qtbot, window, path) -> None:
    with qtbot.waitSignal(window.importer.imported, timeout=15_000):
        window.importer.load([str(path)])
    wait_analysed(qtbot, window)


def test_an_empty_library_opens_the_sample_with_a_banner_and_never_stores_it(
    qtbot, open_window, library_path
):
    window = open_window(library_path)
    with qtbot.waitSignal(window.importer.imported, timeout=15_000):
        assert window.library.start([]) is True
    wait_analysed(qtbot, window)
    assert window.importer.sample_mode
    assert window.library.banner.text() == SAMPLE_TEXT
    assert window.state.has_data
    with open_library(library_path, write=False) as library:
        assert list_imports(library) == []
    menu = window.library.show_incident_menu(window.state.analysis.in_window.iloc[0], QPoint(0, 0))
    assert [a.isEnabled() for a in menu.actions()[:3]] == [False, False, False]
    window.grab().save(str(library_path.parent / "sample.png"))


def test_the_first_real_import_replaces_the_sample_and_is_written_off_the_ui_thread(
    qtbot, open_window, library_path, write_csv, monkeypatch
):
    window = open_window(library_path)
    with qtbot.waitSignal(window.importer.imported, timeout=15_000):
        window.library.start([])
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
    assert window.library.banner.text() == ""
    assert sorted(window.state.dataset.incidents["incident_id"]) == ["A-1", "A-2", "B-2"]
    assert _downtime(window) == pytest.approx(96.0)
    with open_library(library_path, write=False) as library:
        (record,) = list_imports(library)
    assert (record.rows, record.imported, len(record.rejected)) == (4, 3, 1)


def test_the_app_opens_on_the_library_when_it_has_data(qtbot, open_window, library_path, write_csv):
    with open_library(library_path) as library:
        import_files(library, [write_csv("jan.csv", SMALL_CSV)])
    window = open_window(library_path)
    assert window.library.start([]) is False
    assert not window.importer.sample_mode
    assert sorted(window.state.dataset.incidents["incident_id"]) == ["A-1", "A-2", "B-2"]
    assert "Library: 1 imports" in window.files_label.text()


def test_importing_the_same_file_again_says_it_is_already_there(
    qtbot, open_window, library_path, write_csv
):
    window = open_window(library_path)
    path = write_csv("jan.csv", SMALL_CSV)
    _import_and_wait(qtbot, window, path)
    with qtbot.waitSignal(window.importer.notice, timeout=15_000) as notice:
        window.importer.load([str(path)])
    assert "jan.csv is already in the library (import 1); nothing changed." in notice.args[0].text


def test_reclassify_from_the_table_changes_the_figures_and_history_undoes_it(
    qtbot, open_window, library_path, write_csv
):
    window = open_window(library_path)
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
    menu = incidents.incidents.menu  # one menu: the table's copy and details, the library's edits
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Copy row", "Copy row with headers", "Details…",
        "Reclassify…", "Edit times…", "Note…", "History…",
    ]  # fmt: skip
    assert all(a.menu() is None for a in menu.actions())  # no pop-up behind an item
    assert window.library.incident_menu is None
    next(a for a in menu.actions() if a.text() == "Reclassify…").trigger()
    dialog = window.library.edit_dialog
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.kind.setCurrentIndex(1)
    dialog.reason.setText("vendor's planned maintenance")
    assert ok.isEnabled()
    dialog.grab().save(str(library_path.parent / "reclassify.png"))
    with qtbot.waitSignal(window.library.session.changed, timeout=15_000):
        ok.click()
    wait_analysed(qtbot, window)
    assert _downtime(window) == pytest.approx(36.0)

    window.library.as_imported_action.setChecked(True)
    wait_analysed(qtbot, window)
    assert _downtime(window) == pytest.approx(96.0)
    assert window.library.banner.text() == AS_IMPORTED_TEXT
    window.library.as_imported_action.setChecked(False)
    wait_analysed(qtbot, window)
    assert _downtime(window) == pytest.approx(36.0)

    history = window.library.show_history(window.state.analysis.in_window.iloc[0])
    assert history.change_table.rowCount() == 1
    assert history.change_table.item(0, 6).text() == "vendor's planned maintenance"
    history.change_table.selectRow(0)
    with qtbot.waitSignal(window.library.session.changed, timeout=15_000):
        history.undo_button.click()
    wait_analysed(qtbot, window)
    assert _downtime(window) == pytest.approx(96.0)


def test_history_undoes_a_newer_export_s_update_for_one_incident(
    qtbot, open_window, library_path, write_csv
):
    """February's export says A-1 ended at 11:30 (90 min): 96 - 60 + 90 = 126 min down.
    Choosing January's values for A-1 in its History brings 96 back; undoing that, 126."""
    window = open_window(library_path)
    _import_and_wait(qtbot, window, write_csv("jan.csv", SMALL_CSV))
    february = SMALL_CSV.splitlines()[0] + (
        "\nA-1,api,API down,critical,full_outage,2024-01-10T10:00:00Z,2024-01-10T11:30:00Z\n"
    )
    _import_and_wait(qtbot, window, write_csv("feb.csv", february))
    assert _downtime(window) == pytest.approx(126.0)
    a1 = window.state.analysis.in_window.iloc[0]
    history = window.library.show_history(a1)
    assert [history.versions.item(r, 0).text() for r in range(2)] == ["2", "1"]
    assert [history.versions.item(r, 6).text() for r in range(2)] == ["yes", ""]
    history.versions.selectRow(1)
    assert not history.use_button.isEnabled()  # a reason first
    history.reason.setText("February's export closed it late")
    assert history.use_button.isEnabled()
    history.grab().save(str(library_path.parent / "history.png"))
    with qtbot.waitSignal(window.library.session.changed, timeout=15_000):
        history.use_button.click()
    wait_analysed(qtbot, window)
    assert _downtime(window) == pytest.approx(96.0)
    history = window.library.show_history(window.state.analysis.in_window.iloc[0])
    assert [history.versions.item(r, 6).text() for r in range(2)] == ["", "yes"]
    assert history.change_table.item(0, 5).text() == "import 1"
    history.change_table.selectRow(0)
    with qtbot.waitSignal(window.library.session.changed, timeout=15_000):
        history.undo_button.click()
    wait_analysed(qtbot, window)
    assert _downtime(window) == pytest.approx(126.0)


def test_the_details_show_the_history(qtbot, open_window, library_path, write_csv):
    window = open_window(library_path)
    _import_and_wait(qtbot, window, write_csv("jan.csv", SMALL_CSV))
    window.library.write_incident("A-2", [("note", "customer saw errors", "")])
    qtbot.waitUntil(lambda: not window.library.session.busy, timeout=15_000)
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
    qtbot, open_window, library_path, write_csv
):
    window = open_window(library_path)
    _import_and_wait(qtbot, window, write_csv("jan.csv", SMALL_CSV))
    editor = window.library.edit_services()
    assert [editor.table.item(r, 0).text() for r in range(editor.table.rowCount())] == [
        "api",
        "결제",
    ]
    editor.table.item(0, 3).setText("99.5")
    with qtbot.waitSignal(window.library.session.changed, timeout=15_000):
        editor.accept()
    wait_analysed(qtbot, window)
    assert window.state.analysis.settings.slo_for("api") == 99.5
    assert window.state.analysis.settings.slo_for("결제") == window.state.settings.slo_pct


def test_a_second_window_opens_the_library_read_only_and_says_so(
    qtbot, open_window, library_path, write_csv
):
    first = open_window(library_path)
    _import_and_wait(qtbot, first, write_csv("jan.csv", SMALL_CSV))
    second = open_window(library_path)
    assert second.library.session.read_only
    assert second.library.start([]) is False
    banner = second.library.banner.text()
    assert "Library open read-only: another Reliability Desk is using it" in banner
    with qtbot.waitSignal(second.importer.notice) as notice:
        second.importer.load([str(write_csv("feb.csv", SMALL_CSV.replace("A-", "C-")))])
    assert notice.args[0].severity == Severity.ERROR
    assert "open read-only" in notice.args[0].text


def test_a_damaged_library_asks_and_never_replaces_it_silently(
    qtbot, open_window, library_path, monkeypatch
):
    library_path.parent.mkdir(parents=True)
    library_path.write_bytes(b"broken" * 100)
    monkeypatch.setattr(LibraryController, "ask_damaged", lambda self, damaged: SKIP)
    window = open_window(library_path)
    assert window.library.banner.text().startswith("No library:")
    assert window.library.session.library is None
    assert library_path.read_bytes() == b"broken" * 100
    monkeypatch.setattr(LibraryController, "ask_damaged", lambda self, damaged: START_NEW)
    with qtbot.waitSignal(window.library.session.opened, timeout=15_000) as opened:
        window.library.open_library(str(library_path))
    wait_analysed(qtbot, window)
    assert opened.args == [""]
    assert window.library.banner.text() == ""
    (aside,) = library_path.parent.glob("library.duckdb.damaged-*")
    assert aside.read_bytes() == b"broken" * 100


def test_a_damaged_library_is_said_in_the_interfaces_language(
    qtbot, open_window, library_path, monkeypatch
):
    """The question and the banner say why in Korean, not the error's English (issue 21)."""
    library_path.parent.mkdir(parents=True)
    library_path.write_bytes(b"broken" * 100)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    install_translators("ko")
    try:
        window = open_window(library_path)
    finally:
        install_translators("en")
    (question,) = asked
    assert question.startswith(f"{library_path}: 라이브러리 파일을 읽을 수 없습니다(")
    assert question.endswith(". 새 라이브러리를 시작하세요(백업이 없습니다)")
    assert "cannot be read" not in window.library.banner.text()
    assert "라이브러리 파일을 읽을 수 없습니다(" in window.library.banner.text()
    assert library_path.read_bytes() == b"broken" * 100


def test_opening_creates_the_library_off_the_ui_thread(
    qtbot, open_window, library_path, monkeypatch
):
    from desktop_app.ui.library import session

    threads = []
    real = session.open_library

    def spy(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(session, "open_library", spy)
    window = open_window(library_path)
    assert threads == [False]
    assert library_path.exists()
    assert window.library.session.library is not None


def test_an_import_can_be_removed_from_the_imports_dialog(
    qtbot, open_window, library_path, write_csv
):
    window = open_window(library_path)
    _import_and_wait(qtbot, window, write_csv("jan.csv", SMALL_CSV))
    # February repeats A-1 with a later end and adds C-1.
    february = SMALL_CSV.replace("2024-01-10T11:00:00Z", "2024-01-10T11:30:00Z")
    february += "C-1,api,Timeouts,minor,full_outage,2024-03-05T00:00:00Z,2024-03-05T00:10:00Z\n"
    _import_and_wait(qtbot, window, write_csv("feb.csv", february))
    # A-1 90 min + 0.3 x 120 + C-1 10 min = 136 min.
    assert _downtime(window) == pytest.approx(136.0)
    with qtbot.waitSignal(window.library.session.changed, timeout=15_000):
        window.library.write(lambda lib, _p: change(lib, "incident", "C-1", "note", "ok"), "n")
    wait_analysed(qtbot, window)
    window.show_message("5 incidents")  # a banner about the data before the removal
    dialog = window.library.show_imports()
    assert [dialog.table.item(r, 4).text() for r in range(2)] == ["3", "1"]
    assert [dialog.table.item(r, 5).text() for r in range(2)] == ["0", "1"]
    dialog.table.selectRow(1)
    dialog.remove_button.click()
    box = window.library.confirm_box  # nothing is removed before the user confirms
    assert box.isVisible()
    assert _downtime(window) == pytest.approx(136.0)
    assert box.text() == "Remove import #2 (feb.csv)?"
    assert box.informativeText().splitlines() == [
        "Incidents that leave the library (no other import holds them): 1",
        "Incidents an earlier import also holds (back to its values): 3",
        "Edits of the incidents that leave: 1 (kept in the history; they apply again if the "
        "incidents are imported again)",
    ]
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    with qtbot.waitSignal(window.library.session.changed, timeout=15_000):
        remove.click()
    wait_analysed(qtbot, window)
    assert _downtime(window) == pytest.approx(96.0)
    assert sorted(window.state.dataset.incidents["incident_id"]) == ["A-1", "A-2", "B-2"]
    assert window.notification.label.text() == (
        "Import #2 removed. Incidents that left the library: 1; back to an earlier import's "
        "values: 3."
    )
    qtbot.waitUntil(lambda: window.focusWidget() is not None and window.isActiveWindow())
    # The removal can be undone: Edit › Undo names it, the banner has its button.
    undo = window.library.undo_action
    assert undo.isEnabled() and undo.text() == "Undo removal of import #2"
    assert undo in window.edit_menu.actions()
    assert window.notification.undo_button.isVisible()
    with qtbot.waitSignal(window.library.session.changed, timeout=15_000):
        window.notification.undo_button.click()
    wait_analysed(qtbot, window)
    # Back as before: 136 min, C-1 with its note, import #2 listed; nothing left to undo.
    assert _downtime(window) == pytest.approx(136.0)
    assert [r.id for r in window.library.session.data.imports] == [1, 2]
    assert window.library.session.data.edits.incidents["C-1"]["note"][0] == "ok"
    qtbot.waitUntil(lambda: window.notification.label.text() == "Import #2 (feb.csv) is back.")
    assert not undo.isEnabled() and not window.notification.undo_button.isVisible()


def test_edit_undo_puts_a_removed_import_back(qtbot, open_window, library_path, write_csv):
    window = open_window(library_path)
    _import_and_wait(qtbot, window, write_csv("jan.csv", SMALL_CSV))
    with qtbot.waitSignal(window.library.session.changed, timeout=15_000):
        window.library.remove_import(1)
    wait_analysed(qtbot, window)
    assert window.state.dataset is None  # the library is empty: the empty view, no banner
    qtbot.waitUntil(lambda: window.notification.label.text().startswith("Import #1 removed."))
    with qtbot.waitSignal(window.library.session.changed, timeout=15_000):
        window.library.undo_action.trigger()
    wait_analysed(qtbot, window)
    assert len(window.state.dataset.incidents) == 3  # SMALL_CSV: 3 incidents, 1 row rejected


def test_cancelling_the_removal_keeps_the_import(qtbot, open_window, library_path, write_csv):
    window = open_window(library_path)
    _import_and_wait(qtbot, window, write_csv("jan.csv", SMALL_CSV))
    dialog = window.library.show_imports()
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    box = window.library.confirm_box
    box.button(box.StandardButton.Cancel).click()
    qtbot.wait(100)
    assert [r.id for r in window.library.session.data.imports] == [1]


def test_an_import_is_written_file_by_file_and_the_library_read_back_once(
    qtbot, open_window, library_path, write_csv, monkeypatch
):
    from desktop_app.ui.jobs import import_flow as reading_flow
    from desktop_app.ui.library import session

    window = open_window(library_path)
    reads, merges = [], []
    load = session.load_library
    monkeypatch.setattr(session, "load_library", lambda lib: reads.append(lib) or load(lib))
    monkeypatch.setattr(reading_flow, "merge_imports", lambda *args: merges.append(args))
    march = SMALL_CSV.splitlines()[0] + (
        "\nC-1,api,Timeouts,minor,full_outage,2024-03-05T00:00:00Z,2024-03-05T00:10:00Z\n"
    )
    paths = [str(write_csv("jan.csv", SMALL_CSV)), str(write_csv("mar.csv", march))]
    with qtbot.waitSignal(window.importer.imported, timeout=15_000):
        window.importer.load(paths)
    assert len(reads) == 1 and merges == []
    with open_library(library_path, write=False) as library:
        assert [(r.path, r.imported) for r in list_imports(library)] == [
            (paths[0], 3),
            (paths[1], 1),
        ]
    shown = window.state.dataset
    assert shown.files == tuple(window.library.session.data.imports)
    assert sorted(shown.incidents["incident_id"]) == ["A-1", "A-2", "B-2", "C-1"]
    assert window.notification.label.text() == "2 files, 4 incidents, 1 row rejected"


def test_the_pdf_lists_the_reclassifications_in_force_and_none_as_imported(
    qtbot, open_window, library_path, write_csv, tmp_path
):
    from pypdf import PdfReader

    window = open_window(library_path)
    _import_and_wait(qtbot, window, write_csv("jan.csv", SMALL_CSV))
    with qtbot.waitSignal(window.library.session.changed, timeout=15_000):
        window.library.write_incident("A-1", [("maintenance", "yes", "vendor window")])

    def report_text(name: str) -> str:
        path = tmp_path / name
        with qtbot.waitSignal(window.exporter.exported, timeout=30_000):
            window.exporter.write_pdf(path)
        return " ".join(page.extract_text() for page in PdfReader(path).pages)

    assert "Incidents reclassified by hand (1)" in report_text("library.pdf")
    window.library.as_imported_action.setChecked(True)
    assert "reclassified by hand" not in report_text("as-imported.pdf")


def test_a_report_of_another_period_keeps_the_library_s_service_targets(
    qtbot, open_window, library_path, write_csv
):
    from desktop_app.ui.settings import ALL_DATA, ReportOptions

    window = open_window(library_path)
    _import_and_wait(qtbot, window, write_csv("jan.csv", SMALL_CSV))
    with qtbot.waitSignal(window.library.session.changed, timeout=15_000):
        window.library.write(lambda lib, _p: change(lib, "service", "api", "slo_pct", "99.5"), "")
    selection = window.exporter.report_selection(ReportOptions(period=ALL_DATA))
    analysis = window.exporter.report_analysis(selection)()
    assert analysis.settings.slo_for("api") == 99.5
