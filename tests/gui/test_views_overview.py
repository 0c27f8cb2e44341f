"""Filters -> Selection -> analyse -> KPI cards and plot data; hover text; bar click.

The small fixture (views_data.SMALL_ROWS), months of 2024 in UTC:
- Jan: A-1 critical, 60 min full outage on api -> api 99.865591 %, 결제 100 %, mean 99.932796 %.
- Feb: A-2 minor 120 min partial (x0.3 = 36 min) on api, P-1 major 30 min on 결제 of 41,760
  min -> 99.913793 % and 99.928161 %, mean 99.920977 %.
- Mar: P-2 maintenance (not counted), P-3 critical 45 min on 결제 of 44,640 - 120 min.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from views_data import small_incidents

from desktop_app.core.analysis import analyse
from desktop_app.core.settings import Settings
from desktop_app.theme import GOOD_COLOUR
from desktop_app.ui.views import OverviewView
from desktop_app.ui.views.period_incidents import PeriodIncidentsDialog
from desktop_app.ui.widgets.filter_bar import FilterBar


@pytest.fixture
def linked(qtbot):
    """A filter bar wired to an overview, as the main window does."""
    incidents = small_incidents()
    bar, view = FilterBar(), OverviewView()
    for widget in (bar, view):
        qtbot.addWidget(widget)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    bar.set_choices(["api", "결제"], date(2024, 1, 10), date(2024, 3, 31))
    bar.clock = lambda _tz: date(2024, 3, 31)
    bar.preset.setCurrentText("Year to date")  # 2024-01-01 .. 2024-03-31
    bar.granularity.setCurrentIndex(bar.granularity.findData("month"))  # not auto (weeks)

    def refresh() -> None:
        view.set_analysis(analyse(incidents, bar.selection(), Settings()))

    bar.selectionChanged.connect(refresh)
    refresh()
    return bar, view


def bar_heights(view: OverviewView) -> list[list[float]]:
    return view.trends.bars.heights()


def test_kpis_and_plots_for_the_quarter(linked):
    _bar, view = linked
    # (99.926740 + 99.942713) / 2 = 99.934727 % >= 99.9 target
    assert view.card("availability").value.text() == "99.93 %"
    assert view.card("availability").value_colour().name().upper() == GOOD_COLOUR
    assert view.card("incidents").value.text() == "4"
    availability = view.trends.lines["Overall"].yData
    np.testing.assert_allclose(availability, [99.932796, 99.920977, 99.949461], atol=1e-6)
    #          critical   major      minor      unknown
    assert bar_heights(view) == [[1, 0, 1], [0, 1, 0], [0, 1, 0], [0, 0, 0]]
    assert view.trends.slo_line.value() == 99.9


def test_severity_filter_changes_cards_and_plots(linked, qtbot):
    bar, view = linked
    for name in ("major", "minor", "unknown"):
        with qtbot.waitSignal(bar.selectionChanged):
            bar.severities[name].setChecked(False)
    assert bar.selection().severities == ("critical",)
    # api 60 min of 131,040 -> 99.954212 %; 결제 45 min -> 99.965659 %; mean 99.959936 %
    assert view.card("availability").value.text() == "99.96 %"
    assert view.card("incidents").value.text() == "2"
    assert bar_heights(view) == [[1, 0, 1], [0, 0, 0], [0, 0, 0], [0, 0, 0]]


def test_service_filter_changes_cards(linked, qtbot):
    bar, view = linked
    with qtbot.waitSignal(bar.selectionChanged):
        bar.services.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # drop api
    assert bar.selection().services == ("결제",)
    assert view.card("availability").value.text() == "99.94 %"  # 75 of 130,920 min down
    assert view.card("incidents").value.text() == "2"  # P-1, P-3; P-2 is maintenance
    assert view.trends.shown_series() == {"Overall"}


def test_per_service_lines_toggle(linked):
    _bar, view = linked
    assert "api" not in view.trends.lines  # a service's line is made when first shown
    view.trends.set_series_shown("api", True)
    assert view.trends.lines["api"].isVisible()
    np.testing.assert_allclose(
        view.trends.lines["api"].yData, [99.865591, 99.913793, 100.0], atol=1e-6
    )
    assert "api 99.914 %" in view.trends.hover_text(1)
    view.trends.set_series_shown("api", False)
    assert not view.trends.lines["api"].isVisible()
    assert "api" not in view.trends.hover_text(1)


def scene_point(plot, x: float, y: float) -> QPointF:
    return plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))


def test_hover_shows_exact_values(linked):
    _bar, view = linked
    trends = view.trends
    feb_middle = float(trends._axis.centres[1])
    trends._on_mouse_moved(trends.frequency, scene_point(trends.frequency, feb_middle, 0.5))
    assert trends.readout.text() == (
        "2024-02 · availability 99.921 % · 2 incidents (1 major, 1 minor)"
        " · MTTR median 1 h 15 min (90 % interval 30 min – 2 h 0 min, n=2)"
    )


def test_clicking_a_bar_lists_its_incidents(linked, qtbot):
    _bar, view = linked
    plot = view.trends.frequency
    scene = scene_point(plot, float(view.trends._axis.centres[1]), 1.5)
    pos = plot.mapFromScene(scene)
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: view.period_dialog is not None and view.period_dialog.isVisible())
    dialogs = view.findChildren(PeriodIncidentsDialog)
    assert dialogs == [view.period_dialog]
    model = view.period_dialog.model
    ids = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert ids == ["A-2", "P-1"]
    assert view.period_dialog.windowTitle() == "Incidents · 2024-02"
    view.period_dialog.close()


def test_clicking_above_a_bar_opens_nothing(linked, qtbot):
    _bar, view = linked
    plot = view.trends.frequency
    scene = scene_point(plot, float(view.trends._axis.centres[0]), 1.8)  # Jan has 1 incident
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=plot.mapFromScene(scene))
    assert view.period_dialog is None


def test_x_axes_are_linked(linked):
    _bar, view = linked
    view.trends.availability.setXRange(1.705e9, 1.707e9, padding=0)
    low, high = view.trends.frequency.getPlotItem().getViewBox().viewRange()[0]
    assert (low, high) == pytest.approx((1.705e9, 1.707e9))


def test_the_mttr_trend_draws_each_periods_median_with_its_interval_and_n(linked):
    _bar, view = linked
    trend = view.trends.mttr_trend
    x, median = trend.median.getData()
    np.testing.assert_array_equal(x, view.trends.lines["Overall"].xData)  # the same periods
    # Jan: A-1 took 60 min; Feb: A-2 120 min and P-1 30 min, median 75 min.
    assert list(median[:2]) == [60.0, 75.0]
    assert [trend.resolved_in(i) for i in range(2)] == [1, 2]
    assert [label.toPlainText() for label in trend.counts][:2] == ["n=1", "n=2"]
    periods = view.analysis().metrics.periods
    bars = trend.interval.opts
    low = bars["y"] - bars["bottom"]
    high = bars["y"] + bars["top"]
    known = periods["mttr_median_low_minutes"].notna().to_numpy()
    np.testing.assert_allclose(low, periods["mttr_median_low_minutes"].to_numpy()[known])
    np.testing.assert_allclose(high, periods["mttr_median_high_minutes"].to_numpy()[known])
    assert trend.getPlotItem().getAxis("left").labelText == "MTTR, median (minutes)"
