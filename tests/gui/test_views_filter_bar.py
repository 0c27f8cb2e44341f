"""FilterBar: presets, date edits, services, severities and granularity -> Selection."""

from __future__ import annotations

from datetime import date

import pandas as pd
from PySide6.QtCore import QDate, Qt

from desktop_app.core.analysis import Selection
from desktop_app.core.window import Window
from desktop_app.ui.widgets.filter_bar import FilterBar

TODAY = date(2024, 5, 14)


def make_bar(qtbot, today: date = TODAY) -> FilterBar:
    bar = FilterBar(tz="Asia/Seoul")
    qtbot.addWidget(bar)
    bar.clock = lambda _tz: today
    bar.set_choices(["api", "결제", "검색"], date(2023, 11, 20), date(2024, 5, 14))
    return bar


def window_days(bar: FilterBar) -> tuple[date, date]:
    window = bar.selection().window
    return window.start.date(), window.last_day


def test_defaults_select_everything(qtbot):
    bar = make_bar(qtbot)
    assert bar.selection() == Selection(None, None, None, "auto")
    assert bar.services.text() == "All services"


def test_presets_count_from_today(qtbot):
    bar = make_bar(qtbot)  # today 2024-05-14, a Tuesday in the second quarter
    with qtbot.waitSignal(bar.selectionChanged):
        bar.preset.setCurrentText("Last 30 days")
    assert window_days(bar) == (date(2024, 4, 15), date(2024, 5, 14))
    window = bar.selection().window
    assert window.start == pd.Timestamp("2024-04-15", tz="Asia/Seoul")
    assert window.end == pd.Timestamp("2024-05-15", tz="Asia/Seoul")
    expected = {
        "Last month": (date(2024, 4, 1), date(2024, 4, 30)),  # the last full month
        "Last quarter": (date(2024, 1, 1), date(2024, 3, 31)),  # the last full quarter
        "This quarter": (date(2024, 4, 1), date(2024, 5, 14)),
        "Year to date": (date(2024, 1, 1), date(2024, 5, 14)),
        "Last year": (date(2023, 1, 1), date(2023, 12, 31)),
    }
    for preset, days in expected.items():
        bar.preset.setCurrentText(preset)
        assert window_days(bar) == days, preset
        assert bar.selection().preset == preset
    bar.preset.setCurrentText("All")
    assert bar.selection().window is None


def test_a_preset_past_the_data_says_where_the_data_ends(qtbot):
    bar = make_bar(qtbot, today=date(2024, 8, 20))  # the data ends on 2024-05-14
    bar.preset.setCurrentText("Last month")  # July 2024: nothing loaded
    assert window_days(bar) == (date(2024, 7, 1), date(2024, 7, 31))
    assert bar.note.text() == "data ends on 2024-05-14"
    bar.preset.setCurrentText("Last year")
    assert bar.note.text() == ""


def test_january_counts_back_into_last_year(qtbot):
    bar = make_bar(qtbot, today=date(2025, 1, 2))
    bar.preset.setCurrentText("Last month")
    assert window_days(bar) == (date(2024, 12, 1), date(2024, 12, 31))
    bar.preset.setCurrentText("Last quarter")
    assert window_days(bar) == (date(2024, 10, 1), date(2024, 12, 31))


def test_editing_a_date_switches_to_custom(qtbot):
    bar = make_bar(qtbot)
    bar.preset.setCurrentText("Year to date")
    with qtbot.waitSignal(bar.selectionChanged):
        bar.date_from.setDate(QDate(2024, 2, 1))
    assert bar.preset.currentText() == "Custom"
    assert window_days(bar) == (date(2024, 2, 1), date(2024, 5, 14))


def test_services_severities_granularity(qtbot):
    bar = make_bar(qtbot)
    with qtbot.waitSignal(bar.selectionChanged):
        bar.services.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert bar.selection().services == ("api", "검색")
    assert bar.services.text() == "2 of 3 services"
    with qtbot.waitSignal(bar.selectionChanged):
        bar.severities["unknown"].setChecked(False)
    assert bar.selection().severities == ("critical", "major", "minor")
    with qtbot.waitSignal(bar.selectionChanged):
        bar.granularity.setCurrentIndex(bar.granularity.findData("week"))
    assert bar.selection().granularity == "week"


def test_the_last_service_and_severity_stay_checked(qtbot):
    bar = make_bar(qtbot)
    for row in (0, 1, 2):
        bar.services.list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert bar.selection().services == ("검색",)
    for box in bar.severities.values():
        box.setChecked(False)
    assert bar.selection().severities == ("unknown",)


def test_set_selection_round_trips_without_signal(qtbot):
    bar = make_bar(qtbot)
    chosen = Selection(
        Window.from_dates("2024-03-01", "2024-03-31", "Asia/Seoul"), ("결제",), ("major",), "day"
    )
    with qtbot.assertNotEmitted(bar.selectionChanged):
        bar.set_selection(chosen)
    assert bar.selection() == chosen
    assert bar.preset.currentText() == "Custom"


def picker(qtbot, names: list[str]):
    from desktop_app.ui.widgets.service_picker import ServicePicker

    widget = ServicePicker()
    qtbot.addWidget(widget)
    widget.set_services(names)
    return widget


FORTY = [f"service-{i:02d}" for i in range(38)] + ["R&D portal", "결제 게이트웨이"]


def test_picker_search_and_only_this(qtbot):
    widget = picker(qtbot, FORTY)
    widget.search.setText("service-1")
    assert widget.visible_services() == [f"service-{i}" for i in range(10, 20)]
    with qtbot.waitSignal(widget.changed):
        widget.only("service-12")
    assert widget.checked() == ("service-12",)
    assert widget.text() == "service-12"
    widget.search.setText("결제")
    assert widget.visible_services() == ["결제 게이트웨이"]
    with qtbot.waitSignal(widget.changed):  # Enter keeps the highlighted match only
        qtbot.keyClick(widget.search, Qt.Key.Key_Return)
    assert widget.checked() == ("결제 게이트웨이",)


def test_picker_all_none_and_keyboard(qtbot):
    widget = picker(qtbot, FORTY)
    with qtbot.assertNotEmitted(widget.changed):
        widget.none_button.click()  # nothing to show yet: the views keep the last choice
    assert widget.text() == "No service (of 40)"
    widget.search.setText("service-0")
    qtbot.keyClick(widget.search, Qt.Key.Key_Down)  # into the list (focus needs a window)
    with qtbot.waitSignal(widget.changed):
        qtbot.keyClick(widget.list, Qt.Key.Key_Space)  # checks the highlighted service-00
    assert widget.checked() == ("service-00",)
    with qtbot.waitSignal(widget.changed):
        widget.all_button.click()  # all the services the search shows
    assert len(widget.checked()) == 10
    widget.search.clear()
    with qtbot.waitSignal(widget.changed):
        widget.all_button.click()
    assert widget.checked() is None and widget.text() == "All services"


def test_picker_shows_ampersands_and_elides_long_names(qtbot):
    long_name = "Customer identity and access management platform (production, Seoul region)"
    widget = picker(qtbot, ["R&D portal", long_name])
    widget.only("R&D portal")
    assert widget.text() == "R&&D portal"  # a button shows "&&" as one "&"
    widget.only(long_name)
    assert widget.text().endswith("…") and len(widget.text()) < len(long_name)
    assert long_name in widget.toolTip()
    assert widget.list.item(1).toolTip() == long_name
