"""Periods follow the local calendar of the window's zone, across midnight, months and DST."""

from __future__ import annotations

import pandas as pd
import pytest

from desktop_app.core.metrics.compute import compute_metrics
from desktop_app.core.metrics.figures import FIGURE_COLUMNS, MetricOptions
from desktop_app.core.window import Window


def _minutes(periods: pd.DataFrame) -> list[float]:
    return list((periods["end"] - periods["start"]).dt.total_seconds() / 60)


def test_an_incident_across_a_kst_month_end_splits_between_months(incidents_of):
    # 23:30-01:30 KST is 14:30-16:30 UTC on 31 January: in UTC it never leaves January
    table = incidents_of(
        [("talk", "full_outage", "critical", "2024-01-31 23:30", "2024-02-01 01:30")],
        tz="Asia/Seoul",
    )
    window = Window.from_dates("2024-01-01", "2024-02-29", "Asia/Seoul")
    periods = compute_metrics(table, window, MetricOptions(granularity="month")).periods
    assert [t.isoformat() for t in periods["start"]] == [
        "2024-01-01T00:00:00+09:00",
        "2024-02-01T00:00:00+09:00",
    ]
    assert list(periods["downtime_minutes"]) == pytest.approx([30, 90])
    assert list(periods["incidents"]) == [1, 0]  # counted where it starts
    assert list(periods["mttr_minutes"].fillna(-1)) == pytest.approx([120, -1])
    # January holds 30 min of incident time: uptime 31 x 1440 - 30
    assert periods["uptime_minutes"].iloc[0] == pytest.approx(31 * 1440 - 30)
    assert periods["mtbf_hours"].iloc[0] == pytest.approx((31 * 1440 - 30) / 60)
    assert pd.isna(periods["mtbf_hours"].iloc[1])


def test_new_york_days_are_23_and_25_hours_long_across_dst(incidents_of):
    # 01:00-04:00 local on 10 March 2024 spans the skipped 02:00 hour: 2 real hours
    table = incidents_of(
        [("api", "full_outage", "major", "2024-03-10 01:00", "2024-03-10 04:00")],
        tz="America/New_York",
    )
    spring = Window.from_dates("2024-03-09", "2024-03-11", "America/New_York")
    result = compute_metrics(table, spring, MetricOptions(granularity="day"))
    assert _minutes(result.periods) == [1440, 1380, 1440]
    assert [t.hour for t in result.periods["start"]] == [0, 0, 0]
    assert list(result.periods["downtime_minutes"]) == pytest.approx([0, 120, 0])
    assert result.periods["availability_pct"].iloc[1] == pytest.approx(100 * (1 - 120 / 1380))
    autumn = Window.from_dates("2024-11-03", "2024-11-03", "America/New_York")
    assert _minutes(compute_metrics(table, autumn, MetricOptions(granularity="day")).periods) == [
        1500
    ]


def test_weeks_start_on_monday_and_edge_periods_are_clipped(incidents_of):
    table = incidents_of([])
    window = Window.from_dates("2024-01-03", "2024-01-16", "UTC")  # Wednesday to Tuesday
    periods = compute_metrics(table, window, MetricOptions(granularity="week")).periods
    assert [t.strftime("%a %d") for t in periods["start"]] == ["Wed 03", "Mon 08", "Mon 15"]
    assert _minutes(periods) == [5 * 1440, 7 * 1440, 2 * 1440]


def test_quarters_follow_the_calendar(incidents_of):
    window = Window.from_dates("2024-02-15", "2024-07-10", "Europe/Berlin")
    periods = compute_metrics(incidents_of([]), window, MetricOptions(granularity="quarter"))
    starts = [t.strftime("%Y-%m-%d %H:%M") for t in periods.periods["start"]]
    assert starts == ["2024-02-15 00:00", "2024-04-01 00:00", "2024-07-01 00:00"]
    assert periods.periods["end"].iloc[-1] == window.end


def test_service_periods_hold_each_service_in_each_period(incidents_of):
    table = incidents_of(
        [
            ("a", "full_outage", "major", "2024-01-10 00:00", "2024-01-10 07:26:24"),
            ("b", "maintenance", "minor", "2024-02-01 00:00", "2024-02-02 00:00"),
        ]
    )
    window = Window.from_dates("2024-01-01", "2024-02-29", "UTC")
    result = compute_metrics(table, window, MetricOptions(granularity="month"))
    cells = result.service_periods
    assert list(cells.columns) == ["start", "end", "service", *FIGURE_COLUMNS]
    assert list(cells["service"]) == ["a", "b", "a", "b"]
    # a in January: 446.4 min of 44640 = 1 % down; period availability = mean(99, 100)
    assert cells["availability_pct"].iloc[0] == pytest.approx(99.0)
    assert result.periods["availability_pct"].iloc[0] == pytest.approx(99.5)
    assert cells["maintenance_minutes"].iloc[3] == pytest.approx(1440)
    assert str(result.periods["start"].dt.tz) == "UTC"
