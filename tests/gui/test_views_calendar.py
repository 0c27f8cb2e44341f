"""The Calendar view: one square per day coloured against the SLO, hover and click.

views_data.SMALL_ROWS in March 2024 (UTC), SLO 99.9 %:
- 03-03 P-2 maintenance on 결제: no downtime -> a perfect day.
- 03-15 P-3 critical 45 min full outage on 결제: 결제 100 x (1 - 45/1440) = 96.875 %, api 100 %;
  overall (96.875 + 100) / 2 = 98.4375 %: 14.6 error budgets below -> band 3 (shade 4).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from views_data import shown, small_incidents

from desktop_app.core.analysis import Selection, analyse
from desktop_app.core.metrics.calendar import PERFECT
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window
from desktop_app.ui.plots.chart_image import SLIDE_WIDTH
from desktop_app.ui.views import CalendarView


@pytest.fixture
def calendar_view(qtbot):
    view = shown(qtbot, CalendarView())
    window = Window.from_dates(date(2024, 3, 1), date(2024, 3, 31), "UTC")
    view.set_analysis(analyse(small_incidents(), Selection(window), Settings()))
    return view


def centre(view: CalendarView, row: int, day: int) -> QPoint:
    return view.heatmap.cell_rect(row, day, view.heatmap.width()).center().toPoint()


def test_days_are_shaded_against_the_slo(calendar_view):
    cal = calendar_view.calendar()
    assert len(cal.days) == 31 and cal.rows == ("All selected services",)
    assert cal.availability_pct[0, 14] == pytest.approx(98.4375)
    assert cal.shade[0, 14] == 4
    assert cal.shade[0, 2] == PERFECT  # maintenance only
    # 31 days of March on one wall-calendar row
    grid = calendar_view.heatmap.grid
    assert grid.row_labels == ["Mar 2024"] and int(grid.row.max()) == 0


def test_hover_text_and_click_opens_the_days_incidents(calendar_view, qtbot):
    heatmap = calendar_view.heatmap
    assert heatmap.cell_at(*centre(calendar_view, 0, 14).toTuple()) == (0, 14)
    assert heatmap.day_text(0, 14).splitlines() == [
        "Fri 2024-03-15",
        "Availability 98.438 % (target 99.90 %)",
        "Downtime 45 min",
        "1 incident started",
    ]
    qtbot.mouseClick(heatmap, Qt.MouseButton.LeftButton, pos=centre(calendar_view, 0, 14))
    dialog = calendar_view.day_dialog
    assert dialog is not None and dialog.windowTitle() == "Incidents · 2024-03-15"
    assert dialog.model.frame()["incident_id"].tolist() == ["P-3"]


def test_one_row_per_service(calendar_view, qtbot):
    calendar_view.by_service.setChecked(True)
    cal = calendar_view.calendar()
    assert cal.rows == ("api", "결제")
    assert cal.availability_pct[1, 14] == pytest.approx(96.875)
    assert cal.availability_pct[0, 14] == 100.0
    qtbot.mouseClick(
        calendar_view.heatmap, Qt.MouseButton.LeftButton, pos=centre(calendar_view, 0, 14)
    )
    assert calendar_view.day_dialog.model.frame().empty  # api had nothing that day
    assert calendar_view.day_dialog.windowTitle() == "Incidents · 2024-03-15 · api"


def test_calendar_copies_at_slide_width(calendar_view):
    image = calendar_view.heatmap.chart_image()
    assert image.width() == SLIDE_WIDTH
    actions = [a.text() for a in calendar_view.heatmap.context_menu().actions() if a.text()]
    assert "Copy chart" in actions and "Save chart as PNG…" in actions


def test_service_rows_mark_each_month_with_its_year_where_it_changes():
    import numpy as np
    import pandas as pd

    from desktop_app.core.metrics.calendar import DayCalendar
    from desktop_app.text import text_for
    from desktop_app.ui.plots.day_heatmap import service_grid

    days = pd.date_range("2021-12-30", "2022-02-02", freq="D", tz="UTC")  # 35 days
    fields = {name: None for name in DayCalendar.__dataclass_fields__}
    calendar = DayCalendar(
        **{**fields, "days": days, "rows": ("api",), "band": np.zeros((1, len(days)))}
    )
    # Dec 30 starts the row; Jan 1 is day 2, Feb 1 day 33
    english = service_grid(calendar, text_for("en")).col_labels
    assert english == [(0, "Dec 2021"), (2, "Jan 2022"), (33, "Feb")]
    korean = service_grid(calendar, text_for("ko")).col_labels
    assert korean == [(0, "2021년 12월"), (2, "2022년 1월"), (33, "2월")]
