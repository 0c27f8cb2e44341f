"""Day-by-day availability for a calendar heatmap: overall, or one row per service.

The figures are the metric engine's own at day granularity (the very sweep of the analysis,
with its weights and maintenance rule); each day is also placed in a shortfall band
against the SLO, so the app and the PDF colour a day the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from desktop_app.core.metrics.compute import SweptWindow, measure
from desktop_app.core.metrics.kpis import NO_DATA_BAND, shortfall_bands
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window

OVERALL = "All selected services"
FUTURE = -1
"""The band (and shade) of a day that has not begun yet (nothing to measure)."""
NO_DATA = NO_DATA_BAND
"""The band (and shade) of a day no imported data covers (no figure, not a perfect day)."""
PERFECT = 0
"""The shade of a day with no downtime at all; shades 1-4 are bands 0-3 (``shade``)."""


@dataclass(frozen=True)
class DayCalendar:
    """Arrays of shape (rows, days). ``days`` are local midnights in the window's zone.

    ``band`` is 0 when the day met the SLO, 1-3 by its shortfall in error budgets
    (``SHORTFALL_BANDS``), ``FUTURE`` for a day after ``as_of``, ``NO_DATA`` for a day no
    source covers. ``incidents`` counts the
    incidents that started that day (maintenance excluded), as the period bars do.
    ``targets`` holds each row's SLO (a service's own where it has one).
    """

    window: Window
    targets: np.ndarray
    days: pd.DatetimeIndex
    rows: tuple[str, ...]
    availability_pct: np.ndarray
    downtime_minutes: np.ndarray
    incidents: np.ndarray
    band: np.ndarray

    def day_span(self, day: int) -> tuple[pd.Timestamp, pd.Timestamp]:
        """Start and end (excluded) of day ``day``, clipped to the window."""
        end = self.days[day + 1] if day + 1 < len(self.days) else self.window.end
        return self.days[day], end

    @property
    def shade(self) -> np.ndarray:
        """``PERFECT`` for a day without downtime, else ``band + 1``; ``FUTURE`` and
        ``NO_DATA`` stay."""
        shade = np.where(self.band < 0, self.band, self.band + 1)
        return np.where((self.band == 0) & (self.downtime_minutes == 0), PERFECT, shade)

    def wall(self) -> tuple[np.ndarray, np.ndarray, list[date]]:
        """A wall-calendar layout: each day's month row and day-of-month column (0-30), and
        the first day of each row's month shown (the months' labels name them)."""
        days = self.days
        month = np.asarray((days.year - days.year[0]) * 12 + days.month - days.month[0])
        firsts = np.r_[0, np.flatnonzero(np.diff(month)) + 1]
        months = [day.date() for day in days[firsts]]
        return month.astype(np.int64), np.asarray(days.day - 1, dtype=np.int64), months

    def service_of(self, row: int) -> str | None:
        """The service of row ``row``, or None for the overall row."""
        name = self.rows[row]
        return None if name == OVERALL else name


def day_calendar(
    swept: SweptWindow,
    settings: Settings,
    *,
    by_service: bool = False,
    as_of: pd.Timestamp | None = None,
) -> DayCalendar:
    """The calendar of the swept window: one overall row (against ``settings.slo_pct``), or
    one row per service by name, each against its own target (``settings.slo_for``)."""
    window = swept.window
    metrics = measure(swept, "day", quantiles=False)
    if by_service:
        cells = metrics.service_periods
        rows = tuple(str(s) for s in metrics.services["service"])
        shape = (len(metrics.periods), len(rows))
        targets = np.array([settings.slo_for(name) for name in rows], dtype="float64")

        def column(name: str) -> np.ndarray:
            return cells[name].to_numpy(dtype="float64").reshape(shape).T

    else:
        rows = (OVERALL,)
        targets = np.array([settings.slo_pct])

        def column(name: str) -> np.ndarray:
            return metrics.periods[name].to_numpy(dtype="float64")[np.newaxis, :]

    days = pd.DatetimeIndex(metrics.periods["start"])
    availability = column("availability_pct")
    band = shortfall_bands(availability, targets[:, np.newaxis]).reshape(availability.shape)
    now = pd.Timestamp.now(tz="UTC") if as_of is None else as_of
    band[:, (days >= now)] = FUTURE
    return DayCalendar(
        window=window,
        targets=targets,
        days=days,
        rows=rows,
        availability_pct=availability,
        downtime_minutes=column("downtime_minutes"),
        incidents=column("incidents").astype(np.int64),
        band=band,
    )
