"""Charts that forgive: x-only zoom, a way back to the full view, legends off the data,
whole-number counts, and "Copy chart" / "Save chart as PNG" at slide resolution.

Data: views_data.SMALL_ROWS, the first quarter of 2024 by month (see test_views_overview).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication
from views_data import shown, small_incidents

from desktop_app.core.analysis import Selection, analyse
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window
from desktop_app.ui.plots.axes import CountAxis, time_label, years_text
from desktop_app.ui.plots.chart_image import SLIDE_WIDTH, save_png
from desktop_app.ui.views import OverviewView, TimelineView


@pytest.fixture
def overview(qtbot):
    view = shown(qtbot, OverviewView())
    window = Window.from_dates(date(2024, 1, 1), date(2024, 3, 31), "UTC")
    view.set_analysis(
        analyse(small_incidents(), Selection(window, granularity="month"), Settings())
    )
    return view


def view_range(plot) -> list[list[float]]:
    return plot.getPlotItem().getViewBox().viewRange()


def wheel(plot, steps: int = 3) -> None:
    """Scroll the mouse wheel up (zoom in) over the middle of the plot area."""
    centre = plot.getPlotItem().getViewBox().sceneBoundingRect().center()
    pos = QPointF(plot.mapFromScene(centre))
    event = QWheelEvent(
        pos,
        QPointF(plot.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(plot.viewport(), event)


def test_wheel_zooms_time_only_and_double_click_restores(overview, qtbot):
    plot = overview.trends.availability
    (x0, x1), (y0, y1) = view_range(plot)
    wheel(plot)
    (zx0, zx1), (zy0, zy1) = view_range(plot)
    assert zx1 - zx0 < (x1 - x0) * 0.9  # zoomed in on time
    assert (zy0, zy1) == pytest.approx((y0, y1))  # availability untouched
    # the incidents plot follows the same dates
    assert view_range(overview.trends.frequency)[0] == pytest.approx([zx0, zx1])
    qtbot.mouseDClick(plot.viewport(), Qt.MouseButton.LeftButton)
    assert view_range(plot)[0] == pytest.approx([x0, x1])


def test_escape_and_reset_button_restore_the_full_range(overview, qtbot):
    plot = overview.trends.frequency
    full = view_range(plot)[0]
    wheel(plot)
    assert view_range(plot)[0] != pytest.approx(full)
    plot.setFocus()
    qtbot.keyClick(plot, Qt.Key.Key_Escape)
    assert view_range(plot)[0] == pytest.approx(full)
    wheel(plot)
    qtbot.mouseClick(overview.trends.reset_button, Qt.MouseButton.LeftButton)
    assert view_range(plot)[0] == pytest.approx(full)
    assert view_range(overview.trends.availability)[0] == pytest.approx(full)


def test_availability_axis_stops_at_100_and_keeps_the_slo_line(overview):
    plot = overview.trends.availability
    low, high = view_range(plot)[1]
    assert high == pytest.approx(100.0)
    # lowest month 99.920977 %, SLO 99.9 %: the axis starts 10 % of (100 - 99.9) below it
    assert low == pytest.approx(99.9 - 0.01)
    assert low < overview.trends.slo_line.value() < high
    plot.getPlotItem().getViewBox().translateBy(y=5.0)  # a drag cannot move it either
    assert view_range(plot)[1][1] <= 100.0 + 1e-9


def test_count_axis_ticks_whole_numbers():
    axis = CountAxis("left")
    for top in (1.1, 3.0, 7.0, 250.0):
        for spacing, _offset in axis.tickSpacing(0.0, top, 300):
            assert spacing >= 1 and spacing == int(spacing)
    assert axis.tickStrings([0.0, 1.0, 2.0], 1.0, 1.0) == ["0", "1", "2"]


def test_legends_sit_above_the_plot_area_at_1024x700(overview):
    for plot in (overview.trends.availability, overview.trends.frequency):
        legend = plot.getPlotItem().legend.sceneBoundingRect()
        data = plot.getPlotItem().getViewBox().sceneBoundingRect()
        assert legend.bottom() <= data.top() + 1
        assert legend.width() > 0


def test_timeline_legend_does_not_cover_lanes(qtbot):
    view = shown(qtbot, TimelineView())
    view.set_analysis(analyse(small_incidents(), Selection(), Settings()))
    legend = view.plot.getPlotItem().legend.sceneBoundingRect()
    assert legend.bottom() <= view.plot.getPlotItem().getViewBox().sceneBoundingRect().top() + 1


def test_copy_chart_puts_a_slide_sized_image_on_the_clipboard(overview):
    plot = overview.trends.availability
    menu = plot.context_menu()
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert set(actions) == {"Reset view", "Copy chart", "Save chart as PNG…"}
    actions["Copy chart"].trigger()
    image = QGuiApplication.clipboard().image()
    assert image.width() == SLIDE_WIDTH
    ratio = plot.viewport().height() / plot.viewport().width()
    assert image.height() == pytest.approx(SLIDE_WIDTH * ratio, abs=1)


def test_save_chart_writes_a_png(overview, tmp_path):
    path = save_png(overview.trends.mttr.chart_image(), tmp_path / "mttr.png")
    image = QImage(str(path))
    assert image.width() == SLIDE_WIDTH
    # not a blank picture: the bars and axes draw more than one colour
    colours = {image.pixel(x, y) for x in range(0, image.width(), 40) for y in range(0, 400, 20)}
    assert len(colours) > 2


def test_mttr_distribution_marks_the_kpi_median(overview):
    plot = overview.trends.mttr
    dist = plot.distribution
    # resolved and counted in Q1: 60, 120, 30, 45 min (P-2 is maintenance)
    assert list(dist.minutes) == [30.0, 45.0, 60.0, 120.0]
    assert dist.median == pytest.approx(52.5)  # (45 + 60) / 2
    assert dist.median == overview.analysis().metrics.overall.mttr_median_minutes
    assert int(dist.counts.sum()) == 4
    assert plot.median_line.value() == pytest.approx(np.log10(52.5))
    assert [label.text for _sample, label in plot.legend.items] == [
        "median 52 min",
        "p90 1 h 42 min",  # 60 + 0.7 x (120 - 60)
    ]
    assert (
        plot.bin_text(plot.bin_at(np.log10(100.0)))
        == "1 incident resolved in 1 h 40 min – 3 h 20 min"
    )


def test_time_labels_show_the_year_where_it_changes():
    from datetime import datetime

    dec, jan = datetime(2021, 12, 1), datetime(2022, 1, 1)
    month = 31 * 86_400
    assert time_label(dec, month, None) == "Dec"  # the axis title says 2021
    assert time_label(jan, month, dec) == "Jan 2022"
    assert time_label(datetime(2022, 2, 1), month, dec) == "Feb"  # a year tick took Jan's
    day = 86_400
    assert time_label(datetime(2022, 1, 3), day, datetime(2022, 1, 2)) == "Jan 3"
    assert time_label(datetime(2022, 1, 1), day, datetime(2021, 12, 31)) == "Jan 1, 2022"
    hour = 3_600
    assert time_label(datetime(2022, 1, 3, 6), hour, datetime(2022, 1, 3, 5)) == "06:00"
    assert time_label(datetime(2022, 1, 3, 0), hour, datetime(2022, 1, 2, 23)) == "Jan 3 00:00"
    assert years_text(1_609_459_200, 1_640_995_199, 0) == "2021"  # 2021-01-01 .. 12-31
    assert years_text(1_577_836_800, 1_640_962_799, 9 * 3600) == "2020 – 2021"  # Seoul


def test_korean_time_labels_put_the_year_first_once():
    from datetime import datetime

    dec, jan = datetime(2021, 12, 1), datetime(2022, 1, 1)
    month = 31 * 86_400
    assert time_label(dec, month, None, "ko") == "2021년 12월"
    assert time_label(jan, month, dec, "ko") == "2022년 1월"
    assert time_label(datetime(2022, 2, 1), month, jan, "ko") == "2월"
    # the axis's own year tick stands at January: April after October needs no year
    assert time_label(datetime(2022, 4, 1), 3 * month, datetime(2021, 10, 1), "ko") == "4월"
    assert time_label(jan, 366 * 86_400, None, "ko") == "2022년"
    day = 86_400
    assert time_label(datetime(2022, 1, 3), day, datetime(2022, 1, 2), "ko") == "1월 3일"
    assert time_label(jan, day, datetime(2021, 12, 31), "ko") == "2022년 1월 1일"
