"""Windows and day periods in every time zone, including those whose clocks change at
midnight (America/Havana, Africa/Cairo, ...): a midnight that does not exist moves forward,
one that happens twice takes its first instant (issue 12)."""

from __future__ import annotations

import zoneinfo
from datetime import date

import numpy as np
import pandas as pd
import pytest

from desktop_app.core.analysis import preset_days
from desktop_app.core.metrics.compute import compute_metrics
from desktop_app.core.metrics.figures import MetricOptions
from desktop_app.core.metrics.periods import edges_to_times, period_edges_ns
from desktop_app.core.model import empty_incidents
from desktop_app.core.window import Window

ZONES = sorted(zoneinfo.available_timezones() - {"Factory", "localtime"})
DAYS = pd.date_range("2022-01-01", "2022-12-31", freq="D")
NAMED = ("America/Havana", "America/Asuncion", "Africa/Cairo", "Asia/Amman", "Asia/Damascus")


def _special_days(zone: str) -> pd.DatetimeIndex:
    """Days of 2022 whose local midnight does not exist or happens twice in ``zone``."""
    local = DAYS.tz_localize(zone, ambiguous="NaT", nonexistent="NaT")
    return DAYS[local.isna()]


def _one_outage() -> pd.DataFrame:
    """web: a full outage 2022-06-15 12:00-13:00 UTC."""
    table = empty_incidents()
    start = pd.Timestamp("2022-06-15 12:00", tz="UTC")
    row = {
        "incident_id": "A",
        "service": "web",
        "impact": "full_outage",
        "severity": "major",
        "started_at": start,
        "resolved_at": start + pd.Timedelta(hours=1),
        "source_file": "test.csv",
        "source_line": 2,
    }
    return pd.concat([table, pd.DataFrame([row])], ignore_index=True).astype(table.dtypes)


INCIDENTS = _one_outage()
SPECIAL = {zone: _special_days(zone) for zone in ZONES}


def test_some_zones_do_change_their_clocks_at_midnight():
    assert len(SPECIAL["America/Havana"]) == 2
    assert sum(len(days) > 0 for days in SPECIAL.values()) >= 5


def test_a_year_of_day_periods_in_every_zone():
    """Every zone: the year's window (from dates and covering), 365 day periods of 20-28 h
    adding up to the window, and a one-day window on each day whose midnight is special."""
    covering_times = pd.Series(pd.to_datetime(["2022-01-10", "2022-12-20"]).tz_localize("UTC"))
    for zone in ZONES:
        window = Window.from_dates("2022-01-01", "2022-12-31", zone)
        assert window == Window.covering(covering_times, zone), zone
        times = edges_to_times(period_edges_ns(window, "day"), zone)
        hours = np.diff(times.asi8) / 3.6e12
        assert len(hours) == 365, zone
        assert np.isclose(hours.sum(), window.minutes / 60), zone
        assert ((hours >= 20) & (hours <= 28)).all(), zone
        for day in SPECIAL[zone]:
            one_day = Window.from_dates(day.date(), day.date(), zone)
            assert 20 * 60 <= one_day.minutes <= 28 * 60, (zone, day)


@pytest.mark.parametrize(
    "zone", sorted({*NAMED, *(zone for zone, days in SPECIAL.items() if len(days))})
)
def test_the_figures_of_a_year_by_day_where_midnight_is_special(zone: str):
    window = Window.from_dates("2022-01-01", "2022-12-31", zone)
    result = compute_metrics(INCIDENTS, window, MetricOptions(granularity="day"))
    assert len(result.periods) == 365
    # 60 min down in a year: 100 * (1 - 60 / window minutes), the same summed over days.
    assert result.overall.availability_pct == pytest.approx(100 * (1 - 60 / window.minutes))
    assert result.periods["downtime_minutes"].sum() == pytest.approx(60)


def test_days_outside_the_supported_range_are_refused_in_words():
    with pytest.raises(ValueError, match="outside the supported dates 1990-01-01 to 2099-12-31"):
        Window.from_dates("1989-12-31", "1990-01-31", "UTC")
    with pytest.raises(ValueError, match="is after the last day"):
        Window.from_dates("2021-03-02", "2021-03-01", "UTC")


def test_a_preset_never_starts_before_the_first_supported_day():
    assert preset_days("Last 30 days", date(1990, 1, 10)) == (date(1990, 1, 1), date(1990, 1, 10))
