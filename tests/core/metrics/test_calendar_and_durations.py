"""Day-by-day figures for the calendar, and the repair-time distribution.

Fixture (UTC), window 2024-03-01 .. 2024-03-03 (three days of 1,440 minutes), SLO 99.9 %:
- api: full outage 03-01 10:00-10:36 (36 min) -> 100 x (1 - 36/1440) = 97.5 %.
- api: maintenance 03-02 01:00-03:00: not downtime, not counted -> 100 %.
- web: partial outage 03-02 23:00 to 03-03 01:00 (2 h, weight 0.3): 60 min x 0.3 = 18 min on
  each day -> 98.75 % on 03-02 and 03-03; counted once, on the day it started (03-02).
Overall is the mean over services: 03-01 (97.5 + 100) / 2 = 98.75 %; 03-02 (100 + 98.75) / 2
= 99.375 %; 03-03 (100 + 98.75) / 2 = 99.375 %.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktop_app.core.metrics.calendar import FUTURE, OVERALL, day_calendar
from desktop_app.core.metrics.compute import SweptWindow, measure, sweep_window
from desktop_app.core.metrics.counting import overlapping
from desktop_app.core.metrics.durations import repair_distribution, step_edges
from desktop_app.core.metrics.figures import MetricOptions
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window

WINDOW = Window.from_dates("2024-03-01", "2024-03-03", "UTC")
SLO = Settings(slo_pct=99.9)
LATER = pd.Timestamp("2030-01-01", tz="UTC")


def swept(incidents: pd.DataFrame) -> SweptWindow:
    return sweep_window(incidents, WINDOW, MetricOptions(), ["api", "web"])


@pytest.fixture
def incidents(incidents_of):
    return incidents_of(
        [
            ("api", "full_outage", "critical", "2024-03-01 10:00", "2024-03-01 10:36"),
            ("api", "maintenance", "minor", "2024-03-02 01:00", "2024-03-02 03:00"),
            ("web", "partial_outage", "major", "2024-03-02 23:00", "2024-03-03 01:00"),
        ]
    )


def test_overall_calendar(incidents):
    cal = day_calendar(swept(incidents), SLO, as_of=LATER)
    assert cal.rows == (OVERALL,)
    assert [d.day for d in cal.days] == [1, 2, 3]
    np.testing.assert_allclose(cal.availability_pct, [[98.75, 99.375, 99.375]])
    np.testing.assert_allclose(cal.downtime_minutes, [[36.0, 18.0, 18.0]])
    assert cal.incidents.tolist() == [[1, 1, 0]]
    # shortfalls 1.15, 0.525, 0.525 pp against a 0.1 pp budget: 11.5 budgets -> band 3,
    # 5.25 budgets -> band 2
    assert cal.band.tolist() == [[3, 2, 2]]


def test_one_sweep_serves_every_grid(incidents):
    """The calendar's days come from the sweep the analysis made for its own periods (here
    the whole window as one month): the days' figures are the hand-worked ones above and add
    up to the window's."""
    shared = swept(incidents)
    whole = measure(shared, "month")
    days = measure(shared, "day")
    assert whole.periods["downtime_minutes"].tolist() == [36.0 + 18.0 + 18.0]
    assert days.periods["downtime_minutes"].tolist() == [36.0, 18.0, 18.0]
    assert whole.overall.maintenance_minutes == days.overall.maintenance_minutes == 120.0
    np.testing.assert_allclose(days.periods["availability_pct"], [98.75, 99.375, 99.375])
    # Without quantiles (what the calendar asks), the MTTR median is left unknown.
    assert measure(shared, "day", quantiles=False).overall.mttr_median_minutes is None


def test_calendar_by_service(incidents):
    cal = day_calendar(swept(incidents), SLO, by_service=True, as_of=LATER)
    assert cal.rows == ("api", "web")
    np.testing.assert_allclose(cal.availability_pct, [[97.5, 100, 100], [100, 98.75, 98.75]])
    assert cal.incidents.tolist() == [[1, 0, 0], [0, 1, 0]]
    # api 97.5 %: 24 budgets short, web 98.75 %: 11.5 -> band 3; 100 % meets it -> band 0
    assert cal.band.tolist() == [[3, 0, 0], [0, 3, 3]]
    assert cal.service_of(1) == "web"
    start, end = cal.day_span(2)
    assert (start, end) == (pd.Timestamp("2024-03-03", tz="UTC"), WINDOW.end)


def test_days_not_begun_are_marked_future(incidents):
    as_of = pd.Timestamp("2024-03-02 12:00", tz="UTC")
    cal = day_calendar(swept(incidents), SLO, as_of=as_of)
    assert cal.band.tolist() == [[3, 2, FUTURE]]


def test_a_day_lists_the_incidents_overlapping_it(incidents):
    day = overlapping(
        incidents,
        *day_calendar(swept(incidents), SLO, as_of=LATER).day_span(2),
    )
    assert day["service"].tolist() == ["web"]  # the partial outage running past midnight


def test_repair_distribution(incidents_of):
    incidents = incidents_of(
        [
            ("api", "full_outage", "critical", "2024-03-01 10:00", "2024-03-01 10:03"),  # 3 min
            ("api", "degraded", "minor", "2024-03-01 11:00", "2024-03-01 11:40"),  # 40 min
            ("web", "full_outage", "major", "2024-03-02 00:00", "2024-03-02 10:00"),  # 600 min
            ("web", "full_outage", "major", "2024-03-02 12:00", None),  # open: not resolved
            ("web", "maintenance", "minor", "2024-03-03 00:00", "2024-03-03 05:00"),  # excluded
            ("web", "full_outage", "major", "2024-02-28 00:00", "2024-02-28 00:10"),  # before
        ]
    )
    dist = repair_distribution(incidents, WINDOW)
    assert dist.minutes.tolist() == [3.0, 40.0, 600.0]
    assert dist.median == 40.0
    assert dist.p90 == pytest.approx(40 + 0.8 * (600 - 40))  # position 0.9 x 2 = 1.8
    assert dist.edges.tolist() == [2, 5, 10, 20, 50, 100, 200, 500, 1000]
    assert dist.counts.tolist() == [1, 0, 0, 1, 0, 0, 0, 1]


def test_step_edges_cover_the_range():
    assert step_edges(1.0, 1.0).tolist() == [1, 2]
    assert step_edges(0.9, 99).tolist() == [0.5, 1, 2, 5, 10, 20, 50, 100]


def test_each_service_is_held_to_its_own_target(incidents):
    """api's own target of 97 %: its 97.5 % day meets it; web keeps the 99.9 % default."""
    settings = Settings(slo_pct=99.9, service_slo_pct=(("api", 97.0),))
    cal = day_calendar(swept(incidents), settings, by_service=True, as_of=LATER)
    assert cal.targets.tolist() == [97.0, 99.9]
    assert cal.band.tolist() == [[0, 0, 0], [0, 3, 3]]


def test_wall_calendar_rows_are_months_and_columns_days_of_the_month():

    import pandas as pd

    from desktop_app.core.metrics.calendar import DayCalendar

    days = pd.date_range("2021-11-30", "2021-12-02", freq="D")
    fields = {name: None for name in DayCalendar.__dataclass_fields__}
    calendar = DayCalendar(**{**fields, "days": days})
    from datetime import date

    from desktop_app.text import text_for

    month, day, firsts = calendar.wall()
    assert firsts == [date(2021, 11, 30), date(2021, 12, 1)]  # the first day shown of each
    assert month.tolist() == [0, 1, 1] and day.tolist() == [29, 0, 1]
    assert [text_for("en").month(d) for d in firsts] == ["Nov 2021", "Dec 2021"]
    assert [text_for("ko").month(d) for d in firsts] == ["2021년 11월", "2021년 12월"]
