"""Period boundaries (day, ISO week, month, quarter) on the local calendar of a window's zone."""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop_app.core.messages import Term
from desktop_app.core.settings import AUTO, AUTO_LONGEST_DAYS, GRANULARITIES
from desktop_app.core.window import Window

#: A period length as a word inside a message or a label (after "one point per" / "기준").
GRANULARITY_TERMS: dict[str, Term] = {
    "day": Term("period length", "day"),
    "week": Term("period length", "week"),
    "month": Term("period length", "month"),
    "quarter": Term("period length", "quarter"),
}

_FREQUENCIES = {"day": "D", "week": "7D", "month": "MS", "quarter": "QS-JAN"}


def auto_granularity(window: Window) -> str:
    """Periods that give a readable number of points: days up to 45 days (at most 45
    points), weeks up to about 6 months (26), months up to about 3 years (36), else quarters.
    A 30-day window at month granularity would draw one dot and one bar."""
    days = (window.end - window.start).total_seconds() / 86_400
    for granularity, longest in AUTO_LONGEST_DAYS:
        if days <= longest + 0.5:  # a DST change makes a window an hour longer or shorter
            return granularity
    return "quarter"


def resolve_granularity(granularity: str, window: Window) -> str:
    """``granularity`` itself, or the automatic one for ``window`` when it is ``AUTO``."""
    return auto_granularity(window) if granularity == AUTO else granularity


def _first_local_boundary(local_start: pd.Timestamp, granularity: str) -> pd.Timestamp:
    """The naive local start of the period that contains ``local_start``."""
    day = local_start.normalize()
    if granularity == "week":
        return day - pd.Timedelta(days=day.day_of_week)
    if granularity == "month":
        return day.replace(day=1)
    if granularity == "quarter":
        return day.replace(month=3 * ((day.month - 1) // 3) + 1, day=1)
    return day


def period_edges_ns(window: Window, granularity: str) -> np.ndarray:
    """Sorted UTC nanosecond edges: the window's start, each local period start inside, its end.

    Periods start at local midnight (a period may be 23 or 25 hours long across a DST change);
    a midnight that does not exist is moved forward, an ambiguous one takes its first instant.
    The first and last periods are clipped to the window.
    """
    if granularity not in GRANULARITIES:
        raise ValueError(f"unknown granularity {granularity!r} (use {', '.join(GRANULARITIES)})")
    local_start = window.start.tz_convert(window.tz).tz_localize(None)
    local_end = window.end.tz_convert(window.tz).tz_localize(None)
    first = _first_local_boundary(local_start, granularity)
    naive = pd.date_range(first, local_end, freq=_FREQUENCIES[granularity])
    local = naive.tz_localize(
        window.tz, ambiguous=np.ones(len(naive), dtype=bool), nonexistent="shift_forward"
    )
    start_ns, end_ns = window.start.value, window.end.value
    edges = local.as_unit("ns").asi8
    inner = edges[(edges > start_ns) & (edges < end_ns)]
    return np.concatenate(([start_ns], np.unique(inner), [end_ns])).astype(np.int64)


def edges_to_times(edges_ns: np.ndarray, tz: str) -> pd.DatetimeIndex:
    """Nanosecond UTC edges as tz-aware timestamps in ``tz``."""
    return pd.DatetimeIndex(edges_ns.astype("datetime64[ns]")).tz_localize("UTC").tz_convert(tz)


def period_count(window: Window, granularity: str) -> int:
    """How many periods of ``granularity`` the window is cut into."""
    return len(period_edges_ns(window, granularity)) - 1


def fitting_granularity(
    window: Window, granularity: str, n_services: int, max_cells: int
) -> str | None:
    """``granularity`` or the first coarser one whose periods x services grid holds at most
    ``max_cells`` cells; None when even the coarsest does not."""
    for candidate in GRANULARITIES[GRANULARITIES.index(granularity) :]:
        if period_count(window, candidate) * max(n_services, 1) <= max_cells:
            return candidate
    return None
