"""A manager's walk through the window: auto granularity, the filter summary, the Services
tab's order and double-click, and the theme switch.

Data: gui_flow_data.SMALL_CSV (UTC): api has A-1 (60 min full outage, 2024-01-10) and A-2
(120 min partial outage x 0.3 = 36 min, 2024-02-05); 결제 has B-2 (45 min degraded, weight 0,
2024-03-01); B-1 is rejected; added here, zeta has Z-1 (300 min full outage, 2024-03-10).
The loaded months are January to March 2024 (91 days, 131,040 min).
"""

from __future__ import annotations

from datetime import date

import pytest
from gui_flow_data import SMALL_CSV, load_and_wait, wait_analysed
from PySide6.QtCore import Qt

from desktop_app.core.analysis import FilterSummary
from desktop_app.core.metrics.periods import auto_granularity
from desktop_app.core.window import Window

ZETA = "Z-1,zeta,Zeta down,critical,full_outage,2024-03-10T00:00:00Z,2024-03-10T05:00:00Z\n"


@pytest.fixture
def loaded(qtbot, window, write_csv):
    window.filter_bar.clock = lambda _tz: date(2024, 3, 31)
    window.state.clock = window.filter_bar.clock
    window.resize(1024, 700)
    load_and_wait(qtbot, window, [write_csv("small.csv", SMALL_CSV + ZETA)])
    return window


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("2024-03-01", "2024-03-31", "day"),
        ("2024-01-01", "2024-02-14", "day"),  # 45 days
        ("2024-01-01", "2024-02-15", "week"),  # 46 days
        ("2024-01-01", "2024-06-30", "week"),  # 182 days
        ("2024-01-01", "2024-12-31", "month"),
        ("2022-01-01", "2024-12-31", "month"),  # 1,096 days
        ("2022-01-01", "2025-01-31", "quarter"),
    ],
)
def test_auto_granularity_rule(first, last, expected):
    assert auto_granularity(Window.from_dates(first, last, "UTC")) == expected


def test_granularity_follows_the_period_unless_picked(loaded, qtbot):
    bar = loaded.filter_bar
    assert bar.granularity.currentData() == "auto"
    assert loaded.state.analysis.metrics.options.granularity == "week"  # all: 91 days
    assert bar.granularity.currentText() == "Auto (week)"
    bar.preset.setCurrentText("Last 30 days")  # 2024-03-02 .. 2024-03-31
    wait_analysed(qtbot, loaded)
    assert loaded.state.analysis.metrics.options.granularity == "day"
    assert len(loaded.state.analysis.metrics.periods) == 30
    assert bar.granularity.currentText() == "Auto (day)"
    bar.granularity.setCurrentIndex(bar.granularity.findData("month"))  # the user's choice
    wait_analysed(qtbot, loaded)
    assert loaded.state.analysis.metrics.options.granularity == "month"
    bar.preset.setCurrentText("Year to date")
    wait_analysed(qtbot, loaded)
    assert loaded.state.analysis.metrics.options.granularity == "month"


def test_services_tab_is_worst_first_with_slo_met(loaded):
    loaded.show_view("services")
    view = loaded.views["services"]
    # zeta 100 x (1 - 300/131,040) = 99.77 %, api (60 + 36 min) 99.93 %, 결제 100 %
    assert view.service_names() == ["zeta", "api", "결제"]
    columns = view.model.columnCount()
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(columns)]
    assert headers[-1] == "SLO met"
    met = [view.model.index(r, columns - 1).data() for r in range(3)]
    assert met == ["no", "yes", "yes"]  # target 99.9 %
    assert view.current_table()["Service"].tolist() == ["zeta", "api", "결제"]


def test_double_clicking_a_service_filters_every_view(loaded, qtbot):
    loaded.show_view("services")
    view = loaded.views["services"]
    qtbot.waitExposed(view.table)
    rect = view.table.visualRect(view.model.index(1, 0))  # api
    viewport = view.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    wait_analysed(qtbot, loaded)
    analysis = loaded.state.analysis
    assert analysis.services == ("api",)
    assert loaded.filter_bar.services.checked() == ("api",)
    assert all(view.analysis() is analysis for view in loaded.views.values())
    loaded.show_view("incidents")
    assert loaded.views["incidents"].model.frame()["incident_id"].tolist() == ["A-1", "A-2"]
    loaded.show_view("timeline")
    assert loaded.views["timeline"].plot.getPlotItem().getAxis("left")._tickLevels[0] == [
        (0, "api")
    ]


def test_edit_menu_copies_the_current_chart(loaded):
    from PySide6.QtGui import QGuiApplication

    from desktop_app.ui.plots.chart_image import SLIDE_WIDTH

    edit = next(m for m in loaded.menuBar().actions() if m.text() == "&Edit").menu()
    texts = [a.text() for a in edit.actions()]
    # Undo (of a removed import) heads the menu, as in every desktop app.
    assert texts[:5] == ["Undo", "&Find incidents…", "", "&Copy chart", "Save chart as &PNG…"]
    QGuiApplication.clipboard().clear()
    loaded.actions.copy_chart.trigger()
    assert QGuiApplication.clipboard().image().width() == SLIDE_WIDTH
    for view in ("timeline", "calendar"):
        loaded.show_view(view)
        assert loaded.actions.copy_chart.isEnabled(), view
    loaded.show_view("incidents")
    assert not loaded.actions.copy_chart.isEnabled()


def test_active_filters_are_said_in_the_kpi_row(loaded, qtbot):
    overview = loaded.views["overview"]
    assert overview.filter_note.isHidden()
    bar = loaded.filter_bar
    bar.services.only("api")
    for name in ("major", "minor", "unknown"):
        bar.severities[name].setChecked(False)
    wait_analysed(qtbot, loaded)
    assert loaded.state.analysis.filters == FilterSummary(1, 3, ("critical",), ("api",))
    assert overview.filter_note.text() == "Filtered: api (1 of 3 services) · critical only"
    assert not overview.filter_note.isHidden()


def test_switching_light_and_dark_rethemes_everything(loaded, qapp):
    from PySide6.QtGui import QPalette

    from desktop_app.theme import SLO_COLOUR
    from desktop_app.ui.palette import apply_palette, dark_palette
    from desktop_app.ui.widgets.palette_colours import readable

    trends = loaded.views["overview"].trends
    loaded.notification.show_message("hello")
    try:
        loaded.actions.appearance["dark"].trigger()  # View ▸ Appearance ▸ Dark
        qapp.processEvents()
        assert loaded.app_settings.appearance() == "dark"
        dark = dark_palette()
        text = dark.color(QPalette.ColorRole.Text).name()
        base = dark.color(QPalette.ColorRole.Base).name()
        for plot in (trends.availability, trends.frequency, trends.mttr):
            assert plot.backgroundBrush().color().name() == base
            for _sample, label in plot.getPlotItem().legend.items:
                assert label.opts["color"].name() == text, label.text  # readable legends
            assert plot.getPlotItem().getAxis("left").labelStyle["color"] == text
        assert trends.slo_line.pen.color() == readable(SLO_COLOUR, dark)  # lighter on dark
        notification = loaded.notification
        fill = notification.palette().color(notification.backgroundRole()).name()
        assert fill == dark.color(QPalette.ColorRole.AlternateBase).name()
        timeline = loaded.views["timeline"].plot
        assert timeline.backgroundBrush().color().name() == base
    finally:
        loaded.actions.appearance["light"].trigger()
        qapp.processEvents()
        apply_palette(qapp, Qt.ColorScheme.Light)
        qapp.setProperty("appearance", None)
    assert trends.slo_line.pen.color().name().upper() == SLO_COLOUR
    assert trends.availability.backgroundBrush().color().lightness() > 200


def test_all_means_the_selected_services_data(loaded, qtbot):
    # api's incidents are in January and February; zeta's on 2024-03-10
    assert loaded.state.analysis.window.start.date() == date(2024, 1, 1)
    loaded.show_only_service("zeta")
    wait_analysed(qtbot, loaded)
    window = loaded.state.analysis.window
    assert (window.start.date(), window.last_day) == (date(2024, 3, 1), date(2024, 3, 31))
    bar = loaded.filter_bar
    assert bar.preset.currentData() == "All"
    assert bar.date_from.date().toPython() == date(2024, 3, 1)
    assert bar.date_to.date().toPython() == date(2024, 3, 31)


def test_an_import_outside_a_custom_period_says_so_and_shows_them(loaded, qtbot, write_csv):
    bar = loaded.filter_bar
    bar.date_from.setDate(date(2024, 1, 1))
    bar.date_to.setDate(date(2024, 1, 31))
    wait_analysed(qtbot, loaded)
    header = SMALL_CSV.splitlines()[0]
    later = (
        f"{header}\n"
        "L-1,api,Late,minor,full_outage,2024-05-02T00:00:00Z,2024-05-02T01:00:00Z\n"
        "L-2,api,Later,minor,full_outage,2024-06-02T00:00:00Z,2024-06-02T01:00:00Z\n"
    )
    load_and_wait(qtbot, loaded, [write_csv("later.csv", later)])
    notice = loaded.notification
    assert "2 incidents are outside the selected period" in notice.label.text()
    assert notice.all_button.isVisible()
    notice.all_button.click()
    wait_analysed(qtbot, loaded)
    assert loaded.state.selection.window is None
    ids = set(loaded.state.analysis.in_window["incident_id"])
    assert {"L-1", "L-2"} <= ids
    assert not notice.isVisible()
