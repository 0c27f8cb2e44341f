"""Dropping files on the window: incident files import, anything else is refused with a message."""

from __future__ import annotations

from pathlib import Path

from gui_flow_data import SMALL_CSV, wait_analysed
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop_app.ui.drop import incident_files


def _mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drop(widget, mime: QMimeData) -> QDropEvent:
    """Drag ``mime`` onto ``widget`` and release it there, as the platform's drag manager does."""
    _drag_enter(widget, mime)
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event


def _drag_enter(widget, mime: QMimeData) -> QDragEnterEvent:
    event = QDragEnterEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event


def test_dropping_a_csv_imports_it_and_summarises(qtbot, window, write_csv):
    path = write_csv("incidents.csv", SMALL_CSV)
    mime = _mime([path])
    assert window.stack.currentWidget() is window.empty_state
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        event = _drop(window, mime)
    wait_analysed(qtbot, window)
    assert event.isAccepted()
    # B-2 imported; B-1 (line 4) has no readable start.
    assert len(window.state.dataset.incidents) == 3
    assert window.stack.currentWidget() is window.tabs
    assert window.notification.label.text() == "1 file, 3 incidents, 1 row rejected"
    assert window.notification.rejected_button.isVisibleTo(window)
    assert window.files_label.text().startswith("Library: 1 imports · ")
    assert window.tz_label.text().startswith("Time zone: ")


def test_a_drop_on_any_child_widget_counts_and_adds_to_what_is_loaded(
    qtbot, window, write_csv, tmp_path
):
    first = write_csv("a/one.csv", SMALL_CSV)
    folder = tmp_path / "more"
    write_csv("more/two.csv", SMALL_CSV.replace("A-", "C-").replace("B-", "D-"))
    write_csv("more/notes.png", "not an image")
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        _drop(window.empty_state.open_button, _mime([first]))
    wait_analysed(qtbot, window)
    mime = _mime([folder])
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        _drop(window.tabs, mime)
    wait_analysed(qtbot, window)
    assert window.state.loaded_paths == [str(first), str(folder / "two.csv")]
    assert len(window.state.dataset.incidents) == 6


def test_an_id_repeated_across_files_dropped_together_is_merged(qtbot, window, write_csv):
    path = write_csv("incidents.csv", SMALL_CSV)
    # A-1 again (a duplicate of the first file's), and one new incident.
    later = write_csv(
        "later.csv",
        "\n".join(SMALL_CSV.splitlines()[:2])
        + "\n"
        + ("C-1,api,Timeouts,minor,full_outage,2024-03-05T00:00:00Z,2024-03-05T00:10:00Z\n"),
    )
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        _drop(window, _mime([path, later]))
    wait_analysed(qtbot, window)
    assert len(window.state.dataset.incidents) == 4
    assert [f.duplicates for f in window.state.dataset.files] == [0, 1]
    assert window.notification.label.text() == (
        "2 files, 4 incidents, 1 row rejected, 1 duplicate merged"
    )


def test_a_non_csv_drop_is_refused_with_a_message(qtbot, window, write_csv):
    picture = write_csv("photo.png", "png")
    mime = _mime([picture])
    with qtbot.waitSignal(window.drop.dropRefused) as refused:
        event = _drag_enter(window, mime)
    assert not event.isAccepted()
    assert "photo.png" in refused.args[0]
    assert window.notification.isVisibleTo(window)
    assert "Only incident files" in window.notification.label.text()
    assert window.state.dataset is None
    assert window.importer.task is None


def test_dragging_files_over_the_window_shows_the_highlight(qtbot, window, write_csv):
    csv_mime = _mime([write_csv("x.csv", SMALL_CSV)])
    assert _drag_enter(window, csv_mime).isAccepted()
    assert window.drop.overlay.isVisibleTo(window)
    assert window.drop.overlay.text() == "Drop to load 1 incident file"
    QApplication.sendEvent(window, QEvent(QEvent.Type.DragLeave))
    assert not window.drop.overlay.isVisibleTo(window)
    text_mime = QMimeData()
    text_mime.setText("hello")
    assert not _drag_enter(window, text_mime).isAccepted()
    assert not window.drop.overlay.isVisibleTo(window)


def test_folders_expand_to_their_incident_files(tmp_path):
    (tmp_path / "b.TSV").write_text("x")
    (tmp_path / "a.csv").write_text("x")
    (tmp_path / "c.pdf").write_text("x")
    (tmp_path / "empty").mkdir()
    files, refused = incident_files([tmp_path, tmp_path / "empty", tmp_path / "c.pdf"])
    assert files == [str(tmp_path / "a.csv"), str(tmp_path / "b.TSV")]
    assert refused == ["empty", "c.pdf"]


def test_closing_all_files_returns_to_the_drop_target(qtbot, window, write_csv):
    path = write_csv("incidents.csv", SMALL_CSV)
    mime = _mime([path])
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        _drop(window, mime)
    wait_analysed(qtbot, window)
    window.actions.clear.trigger()
    assert window.state.analysis is None
    assert window.stack.currentWidget() is window.empty_state
    assert not window.filter_bar.isVisibleTo(window)
    assert not window.actions.export_pdf.isEnabled()
    assert window.files_label.text() == "No files loaded"


def test_dropping_an_excel_workbook_imports_it_and_shows_what_was_assumed(qtbot, window, tmp_path):
    """Issue 11: a workbook drops like a CSV; what the reader assumed (no impact column, local
    times) is behind "Show details"."""
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Incidents"
    sheet.append(["id", "service", "started_at", "resolved_at"])
    sheet.append(["W-1", "web", dt.datetime(2024, 1, 10, 10), dt.datetime(2024, 1, 10, 11)])
    path = tmp_path / "incidents.xlsx"
    book.save(path)
    mime = _mime([path])
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        event = _drop(window, mime)
    wait_analysed(qtbot, window)
    assert event.isAccepted()
    assert list(window.state.dataset.incidents["incident_id"]) == ["W-1"]
    bar = window.notification
    assert "assumption" in bar.label.text()
    assert bar.details_button.isVisibleTo(window)
    bar.details_button.click()
    dialog = window.findings_dialog
    assert dialog is not None and dialog.isVisible()
    messages = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert any("no impact column" in m for m in messages)
    dialog.grab().save(str(tmp_path / "findings.png"))
    dialog.close()
