"""Axes that read like a manager's chart: whole-number counts, dates with the year shown once.

pyqtgraph's defaults tick a count axis at 0.2, 0.4 ... when the tallest bar is 1, and a
zoomed date axis drops the year; both confuse people reading the chart on a slide.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pyqtgraph as pg

DAY = 86_400.0


class CountAxis(pg.AxisItem):
    """A value axis for counts: ticks only at whole numbers, labelled without decimals."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        levels = super().tickSpacing(minVal, maxVal, size) or [(1.0, 0.0)]
        major = max(1.0, float(math.ceil(levels[0][0] - 1e-9)))
        return [(major, 0.0)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [f"{round(v * scale):,}" for v in values]


def _local(value: float, offset_s: float) -> datetime:
    """The wall time at ``offset_s`` seconds east of UTC for epoch seconds ``value``."""
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=value + offset_s)


def time_label(when: datetime, spacing: float, previous: datetime | None) -> str:
    """A tick label fitting the tick ``spacing``; the year (or date) where it changes.

    ``previous`` is the tick before (None for the first tick, which always shows the year).
    """
    year_changed = previous is None or previous.year != when.year
    if spacing >= 300 * DAY:
        return f"{when.year}"
    if spacing >= 27 * DAY:
        return when.strftime("%b %Y") if year_changed else when.strftime("%b")
    day = f"{when:%b} {when.day}"
    if spacing >= DAY:
        return f"{day}, {when.year}" if year_changed else day
    if previous is None or previous.date() != when.date():
        return f"{when:%Y-%m-%d %H:%M}" if year_changed else f"{day} {when:%H:%M}"
    return f"{when:%H:%M}"


class TimeAxis(pg.DateAxisItem):
    """``DateAxisItem`` ticks, labelled by ``time_label`` at the analysis zone's offset.

    ``utc_offset_s`` is seconds east of UTC (Seoul: +32,400).
    """

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation, utcOffset=0)
        self.utc_offset_s = 0.0

    def set_utc_offset(self, seconds_east: float) -> None:
        self.utc_offset_s = seconds_east
        self.utcOffset = -seconds_east  # pyqtgraph counts west-positive, for tick placement
        self.picture = None
        self.update()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        labels, previous = [], None
        for value in values:
            when = _local(value * scale, self.utc_offset_s)
            labels.append(time_label(when, spacing, previous))
            previous = when
        return labels
