"""Axes that read like a manager's chart: whole-number counts, dates with the year shown once.

pyqtgraph's defaults tick a count axis at 0.2, 0.4 ... when the tallest bar is 1, and a
zoomed date axis drops the year; both confuse people reading the chart on a slide.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    MONTH_SPACING,
    YEAR_MONTH_ZOOM_LEVEL,
    YEAR_SPACING,
    TickSpec,
    ZoomLevel,
    makeYStepper,
)

from desktop_app.text import text_for
from desktop_app.text.language import Language
from desktop_app.text.render import TickLevel
from desktop_app.ui.i18n import current_language

DAY = 86_400.0
EDGE_SHARE = 0.03
"""Share of an axis at each end taken as padding, not as time shown, for its title."""


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


def tick_level(spacing: float) -> TickLevel:
    """What ticks ``spacing`` seconds apart name: years, months, days or times of day."""
    if spacing >= 300 * DAY:
        return "year"
    if spacing >= 27 * DAY:
        return "month"
    return "day" if spacing >= DAY else "time"


def time_label(
    when: datetime, spacing: float, previous: datetime | None, lang: Language = "en"
) -> str:
    """A tick label fitting the tick ``spacing`` (``Text.time_tick``: the year named where it
    changes, the axis title naming the years in view).

    ``previous`` is the tick before on the same level (None for the first). pyqtgraph drops a
    tick that a coarser level already labels, so "the year changed since the previous
    tick" would fire on February when a year tick took January's place.
    """
    return text_for(lang).time_tick(when, tick_level(spacing), previous)


def years_text(start: float, end: float, offset_s: float) -> str:
    """``2021`` or ``2020 – 2021``: the years an axis from ``start`` to ``end`` shows."""
    first, last = _local(start, offset_s).year, _local(end, offset_s).year
    return f"{first}" if first == last else f"{first} – {last}"


def _months_step(value: float, n: int, first: bool) -> float:
    """The first day of the next month whose number is a multiple of ``n`` (1, 3 or 6), so
    skipped months still fall on quarters and halves (and January meets the year tick)."""
    when = datetime.fromtimestamp(value, UTC)
    months = when.year * 12 + when.month - 1
    following = (months // n + 1) * n
    if following // 12 > 9999:
        return math.inf
    return datetime(following // 12, following % 12 + 1, 1, tzinfo=UTC).timestamp()


#: pyqtgraph's years-and-months level drops every month label when twelve a year do not fit
#: (a two-year overview in a small window); this one keeps every third or sixth month.
YEAR_MONTH_SKIPPING = ZoomLevel(
    [
        TickSpec(YEAR_SPACING, makeYStepper(1), "%Y", autoSkip=[1, 5, 10, 25]),
        TickSpec(MONTH_SPACING, _months_step, "%b", autoSkip=[1, 3, 6]),
    ],
    "YYYY",
)


class TimeAxis(pg.DateAxisItem):
    """``DateAxisItem`` ticks, labelled by ``time_label`` at the analysis zone's offset.

    ``utc_offset_s`` is seconds east of UTC (Seoul: +32,400).
    """

    zoomLevel: ZoomLevel  # DateAxisItem's, chosen in setZoomLevelForDensity

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation, utcOffset=0)
        self.utc_offset_s = 0.0

    def setZoomLevelForDensity(self, density: float) -> None:
        super().setZoomLevelForDensity(density)
        if self.zoomLevel is YEAR_MONTH_ZOOM_LEVEL:
            YEAR_MONTH_SKIPPING.utcOffset = self.utcOffset
            self.zoomLevel = YEAR_MONTH_SKIPPING

    def set_utc_offset(self, seconds_east: float) -> None:
        self.utc_offset_s = seconds_east
        self.utcOffset = -seconds_east  # pyqtgraph counts west-positive, for tick placement
        self.picture = None
        self.update()

    def show_years(self, start: float, end: float) -> None:
        """Title the axis with the years in view (ticks name the year only where it
        changes). The few percent of padding views keep around their data do not count."""
        inset = (end - start) * EDGE_SHARE
        text = years_text(start + inset, end - inset, self.utc_offset_s)
        if text != self.labelText:
            self.setLabel(text, **self.labelStyle)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        labels, previous = [], None
        for value in values:
            when = _local(value * scale, self.utc_offset_s)
            labels.append(time_label(when, spacing, previous, current_language()))
            previous = when
        return labels
