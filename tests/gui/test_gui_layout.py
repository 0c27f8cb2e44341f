"""The window on small screens: it opens within the screen, views scroll rather than crush,
tiles wrap, the Services table keeps its SLO column in sight and the mapping dialog its
drop-downs.

The offscreen screen is 800 x 800 px (its available area too)."""

from __future__ import annotations

from gui_flow_data import SMALL_CSV, load_and_wait
from PySide6.QtCore import QRect

from desktop_app.ui.dialogs.mapping import MappingDialog
from desktop_app.ui.window_layout import available_area

LONG_NAMES = (
    "P-1,payments gateway for the retail banking front end,Down,critical,full_outage,"
    "2024-03-10T00:00:00Z,2024-03-10T05:00:00Z\n"
)


def test_the_window_opens_within_the_screen(open_window):
    window = open_window()
    area = available_area(window)
    assert area == QRect(0, 0, 800, 800)
    assert area.contains(window.frameGeometry())
    assert window.frameGeometry().width() == 800  # the preferred 1280 px bounded by the screen


def test_a_remembered_geometry_is_restored_only_while_it_fits(open_window, qtbot):
    first = open_window()
    first.setGeometry(40, 50, 600, 500)
    first.close()
    again = open_window()
    assert (again.width(), again.height()) == (600, 500)
    again.setGeometry(0, 0, 1900, 1150)  # saved on a large monitor
    again.close()
    last = open_window()
    assert available_area(last).contains(last.frameGeometry())
    assert last.width() <= 800


def test_below_a_usable_size_views_scroll_and_tiles_wrap(open_window, qtbot, write_csv):
    window = open_window()
    window.resize(800, 500)
    load_and_wait(qtbot, window, [write_csv("small.csv", SMALL_CSV)])
    overview = window.views["overview"]
    qtbot.waitUntil(lambda: overview.view_scroll.verticalScrollBar().maximum() > 0)
    assert overview.trends.availability.height() >= 100  # not crushed to a sliver
    assert overview.card_rows() == 2
    for card in overview.cards:
        if card.isVisible():
            assert card.width() >= card.minimumSizeHint().width()
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: overview.card_rows() == 1)
    assert overview.view_scroll.verticalScrollBar().maximum() == 0


def test_the_slo_column_is_in_sight_at_1024_by_700(open_window, qtbot, write_csv):
    window = open_window()
    window.resize(1024, 700)
    load_and_wait(qtbot, window, [write_csv("small.csv", SMALL_CSV + LONG_NAMES)])
    window.show_view("services")
    table = window.views["services"].table
    qtbot.waitUntil(lambda: table.viewport().width() > 900)
    header = table.horizontalHeader()
    last = header.count() - 1
    right = header.sectionViewportPosition(last) + table.sizeHintForColumn(last)
    assert right <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0


def test_the_mapping_dialog_at_700_px_keeps_its_drop_downs(qtbot):
    headers = [f"column {i}" for i in range(12)]
    preview = [[f"value {i}" for i in range(12)] for _ in range(5)]
    dialog = MappingDialog(
        "odd.csv", headers, preview, {}, reading=lambda _m: [["1"] * 9 for _ in range(5)]
    )
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 700
    for combo in dialog.combos.values():
        assert combo.height() >= combo.sizeHint().height()
