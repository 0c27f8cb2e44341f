"""Open…, column mapping, rejected rows, large files and cancelling an import."""

from __future__ import annotations

import threading

from gui_flow_data import ODD_HEADER_CSV, SMALL_CSV, load_and_wait, wait_analysed
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from desktop_app.ui.jobs import import_flow


def test_open_reads_the_chosen_files_and_lists_them_in_open_recent(
    qtbot, window, write_csv, monkeypatch, gui_settings
):
    path = write_csv("incidents.csv", SMALL_CSV)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(path)], ""))
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        window.actions.open.trigger()
    wait_analysed(qtbot, window)
    assert len(window.state.dataset.incidents) == 3
    assert gui_settings.recent_files() == [str(path)]
    assert gui_settings.last_files() == [str(path)]
    recent = [a.text() for a in window.actions.recent_menu.actions() if a.text()]
    assert recent[0] == "incidents.csv"


def test_unknown_start_header_asks_for_a_mapping_and_remembers_it(
    qtbot, window, write_csv, gui_settings
):
    odd = write_csv("odd.csv", ODD_HEADER_CSV)
    window.importer.load([str(odd)])
    qtbot.waitUntil(lambda: window.importer.mapping_dialog is not None, timeout=10_000)
    dialog = window.importer.mapping_dialog
    assert dialog.isVisible()
    # Best guesses from the values (issue 11): the earlier times start, the later end.
    assert dialog.combos["started_at"].currentData() == "alpha"
    assert dialog.combos["resolved_at"].currentData() == "omega"
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled()
    # How the first rows would read: X-1 lasted 00:00 to 01:00.
    reading = dialog.reading_table
    assert reading.rowCount() == 2
    assert [reading.item(0, c).text() for c in (1, 8)] == ["X-1", "1 h 0 min"]
    dialog.select("started_at", "")
    assert not ok.isEnabled()
    assert reading.rowCount() == 0 and "started_at" in dialog.reading_label.text()
    dialog.select("started_at", "alpha")
    dialog.select("resolved_at", "omega")
    dialog.select("service", "system")
    assert ok.isEnabled()
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        ok.click()
    wait_analysed(qtbot, window)
    incidents = window.state.dataset.incidents
    assert list(incidents["service"]) == ["billing", "billing"]
    assert gui_settings.mapping_for(["ref", "system", "alpha", "omega"])["started_at"] == "alpha"

    # Another file with the same headers, loaded with a file that needs no mapping: no dialog.
    again = write_csv("odd-again.csv", ODD_HEADER_CSV.replace("X-", "Y-"))
    plain = write_csv("plain.csv", SMALL_CSV)
    load_and_wait(qtbot, window, [again, plain])
    assert window.importer.mapping_dialog is None
    assert len(window.state.dataset.incidents) == 2 + 2 + 3


def test_declining_the_mapping_loads_nothing_from_that_file(qtbot, window, write_csv):
    odd = write_csv("odd.csv", ODD_HEADER_CSV)
    window.importer.load([str(odd)])
    qtbot.waitUntil(lambda: window.importer.mapping_dialog is not None, timeout=10_000)
    with qtbot.waitSignal(window.importer.notice) as notice:
        window.importer.mapping_dialog.reject()
    assert "odd.csv was not loaded" in notice.args[0].text
    assert window.state.dataset is None


def test_rejected_rows_are_listed_with_file_line_reason_and_values(qtbot, window, write_csv):
    load_and_wait(qtbot, window, [write_csv("incidents.csv", SMALL_CSV)])
    window.notification.rejected_button.click()
    dialog = window.rejected_dialog
    assert dialog.isVisible()
    model = dialog.model
    assert model.rowCount() == 1
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row[0] == "incidents.csv"
    assert row[1] == 4
    assert row[2]
    assert "not a date" in row[3]
    assert dialog.summary.text() == "1 row was not imported."


def test_a_large_file_asks_first_and_no_means_nothing_is_read(
    qtbot, window, write_csv, monkeypatch
):
    path = write_csv("big.csv", SMALL_CSV)
    window.importer.large_file_bytes = 10
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert window.importer.load([str(path)]) is None
    assert "big.csv" in asked[0]
    assert window.importer.task is None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    load_and_wait(qtbot, window, [path])
    assert len(window.state.dataset.incidents) == 3


def test_cancelling_an_import_keeps_what_was_loaded_before(qtbot, window, write_csv, monkeypatch):
    first = write_csv("first.csv", SMALL_CSV)
    load_and_wait(qtbot, window, [first])
    before = window.state.dataset
    reading = threading.Event()
    release = threading.Event()

    def slow_read(paths, progress):
        reading.set()
        release.wait(10)
        progress(0.5)
        raise AssertionError("the import should have stopped at the progress call")

    monkeypatch.setattr(import_flow, "parse_incident_files", slow_read)
    task = window.importer.load([str(write_csv("second.csv", SMALL_CSV))])
    assert reading.wait(10)
    with qtbot.waitSignal(window.importer.cancelled, timeout=10_000):
        window.importer.progress_dialog.findChild(QPushButton).click()
        release.set()
    assert task.is_cancelled
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: window.importer.task is None)
    assert window.state.dataset is before
    assert window.state.loaded_paths == [str(first)]
    assert "cancelled" in window.notification.label.text()


def test_files_with_the_same_unknown_headers_are_mapped_once_and_read_once(
    qtbot, window, write_csv, monkeypatch
):
    reads: list[str] = []
    parse = import_flow.parse_incident_files

    def counting_parse(paths, progress):
        reads.extend(paths)
        return parse(paths, progress)

    monkeypatch.setattr(import_flow, "parse_incident_files", counting_parse)
    first = write_csv("odd-1.csv", ODD_HEADER_CSV)
    second = write_csv("odd-2.csv", ODD_HEADER_CSV.replace("X-", "Y-"))
    asked: list[str] = []
    window.importer.mappingRequested.connect(asked.append)
    window.importer.load([str(first), str(second)])
    qtbot.waitUntil(lambda: window.importer.mapping_dialog is not None, timeout=10_000)
    dialog = window.importer.mapping_dialog
    dialog.select("started_at", "alpha")
    dialog.select("resolved_at", "omega")
    dialog.remember_check.setChecked(False)
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_analysed(qtbot, window)
    assert asked == [str(first)]
    assert sorted(reads) == sorted([str(first), str(second)])
    assert len(window.state.dataset.incidents) == 4


def test_columns_found_only_by_their_values_are_confirmed_in_the_dialog(qtbot, window, write_csv):
    # "When"/"Until" name no start or end; the reader takes them by their values, which
    # the figures should not rely on unconfirmed (issue 11: unsure detection asks).
    unsure = write_csv(
        "unsure.csv",
        "Host,Problem,When,Until\n"
        "web,down,2024-01-03 00:00,2024-01-03 01:00\n"
        "web,slow,2024-01-04 00:00,2024-01-04 00:30\n",
    )
    window.importer.load([str(unsure)])
    qtbot.waitUntil(lambda: window.importer.mapping_dialog is not None, timeout=10_000)
    dialog = window.importer.mapping_dialog
    assert dialog.combos["started_at"].currentData() == "When"
    assert dialog.combos["resolved_at"].currentData() == "Until"
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_analysed(qtbot, window)
    assert len(window.state.dataset.incidents) == 2


#: Its start column (found by name) holds no date; the real starts are in "opened".
ALL_REJECTED_CSV = (
    "incident_id,service,started_at,opened,resolved_at\n"
    "R-1,api,soon,2024-01-10T10:00:00Z,2024-01-10T11:00:00Z\n"
    "R-2,api,later,2024-01-11T10:00:00Z,2024-01-11T10:30:00Z\n"
)


def test_an_import_whose_rows_are_all_rejected_says_why_and_asks_for_the_columns(
    qtbot, window, write_csv
):
    path = write_csv("bad.csv", ALL_REJECTED_CSV)
    window.importer.load([str(path)])
    qtbot.waitUntil(lambda: window.importer.mapping_dialog is not None, timeout=10_000)
    why = "line 2: cannot read 'soon' in column 'started_at' as a date"
    assert f"No incident was imported from bad.csv: {why}" in window.notification.label.text()
    dialog = window.importer.mapping_dialog
    assert dialog.why == why and dialog.windowTitle() == "Map the columns of bad.csv"
    # Show rejected lists both rows (2 rows read, 0 imported, 2 rejected), not "every row".
    window.notification.rejected_button.click()
    rejected = window.rejected_dialog
    assert rejected.model.rowCount() == 2
    assert rejected.summary.text() == "2 rows were not imported."
    assert rejected.model.index(1, 2).data() == (
        "line 3: cannot read 'later' in column 'started_at' as a date"
    )
    rejected.close()
    dialog.select("started_at", "opened")
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_analysed(qtbot, window)
    assert sorted(window.state.dataset.incidents["incident_id"]) == ["R-1", "R-2"]
    assert window.importer.mapping_dialog is None


def test_declining_to_map_a_refused_file_again_reads_it_no_more(qtbot, window, write_csv):
    window.importer.load([str(write_csv("bad.csv", ALL_REJECTED_CSV))])
    qtbot.waitUntil(lambda: window.importer.mapping_dialog is not None, timeout=10_000)
    window.importer.mapping_dialog.reject()
    # No new read starts (it would be refused again and ask again): a build would be running.
    assert window.importer.task is None and window.importer.mapping_dialog is None
    assert window.state.dataset is None
