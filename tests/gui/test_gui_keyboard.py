"""The keyboard: Ctrl+F from any view, the focus back after a dialog, typed dates.

Data: gui_flow_data.SMALL_CSV (UTC, January to March 2024)."""

from __future__ import annotations

from datetime import date

import pytest
from gui_flow_data import SMALL_CSV, load_and_wait, wait_analysed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.i18n import install_translators
from desktop_app.ui.widgets.date_edit import typed_date
from desktop_app.ui.widgets.filter_bar import CUSTOM


@pytest.fixture
def loaded(qtbot, window, write_csv):
    load_and_wait(qtbot, window, [write_csv("small.csv", SMALL_CSV)])
    window.activateWindow()
    return window


@pytest.mark.parametrize("view", ["overview", "timeline", "services"])
def test_ctrl_f_from_any_view_searches_the_incidents(loaded, qtbot, view):
    loaded.show_view(view)
    loaded.views[view].setFocus()
    qtbot.keyClick(loaded, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = loaded.views["incidents"].incidents.search
    assert loaded.current_view_name() == "incidents"
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "API")
    assert loaded.views["incidents"].model.rowCount() == 2  # A-1 API down, A-2 Slow API


def test_ctrl_f_in_the_incident_table_still_reaches_the_search(loaded, qtbot):
    loaded.show_view("incidents")
    view = loaded.views["incidents"]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.incidents.search.hasFocus)


def test_the_focus_comes_back_to_the_window_after_a_dialog(loaded, qtbot):
    dialog = loaded.library.edit_services()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is loaded)
    assert QApplication.focusWidget() is not None
    assert QApplication.focusWidget().window() is loaded
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert loaded.current_view_name() == "calendar"  # the shortcuts work again


@pytest.mark.parametrize(("lang", "typed"), [("en", "2024-02-01"), ("ko", "2024. 2. 1.")])
def test_a_typed_date_is_taken_as_typed(loaded, qtbot, lang, typed):
    install_translators(lang)
    try:
        edit = loaded.filter_bar.date_from
        edit.setFocus()
        edit.lineEdit().selectAll()
        qtbot.keyClicks(edit, typed)
        assert edit.lineEdit().text() == typed  # nothing rewrites the box while typing
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        wait_analysed(qtbot, loaded)
        assert edit.date().toPython() == date(2024, 2, 1)
        assert edit.lineEdit().text() == "2024-02-01"
        window = loaded.state.selection.window
        assert window is not None
        assert window.start.date() == date(2024, 2, 1)
        assert loaded.filter_bar.preset.currentData() == CUSTOM
    finally:
        install_translators("en")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-01-01", date(2024, 1, 1)),
        ("2024. 1. 1.", date(2024, 1, 1)),
        ("2024년 1월 31일", date(2024, 1, 31)),
        ("2024/02/29", date(2024, 2, 29)),
        ("2023-02-29", None),
        ("2024-01", None),
        ("01/02/2024", None),
    ],
)
def test_typed_dates_in_either_languages_form(text, day):
    assert typed_date(text) == day
