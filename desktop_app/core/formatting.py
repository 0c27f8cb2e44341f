"""How figures are written for people: the same words in the table, the app and the PDF."""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd

DASH = "–"
#: What an incident's end or duration reads while it is not resolved.
OPEN_TEXT = "open"


def format_pct(value: float | None, digits: int = 2) -> str:
    """``99.87 %``; more digits only where rounding would show 100 % for a non-perfect value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return DASH
    text = f"{value:.{digits}f}"
    while value < 100.0 and float(text) >= 100.0 and digits < 6:
        digits += 1
        text = f"{value:.{digits}f}"
    return f"{text} %"


def format_minutes(minutes: float | None) -> str:
    """A duration for people: ``0 min``, ``45 s``, ``12 min``, ``3 h 0 min``, ``2 d 4 h``."""
    if minutes is None or (isinstance(minutes, float) and math.isnan(minutes)):
        return DASH
    if minutes == 0:
        return "0 min"
    if minutes < 1:
        return f"{round(minutes * 60)} s"
    total = round(minutes)
    if total < 60:
        return f"{total} min"
    hours, mins = divmod(total, 60)
    if hours < 48:
        return f"{hours} h {mins} min"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"


def format_hours(hours: float | None) -> str:
    return DASH if hours is None else format_minutes(hours * 60.0)


def format_count(value: int | None) -> str:
    return DASH if value is None else f"{value:,}"


def format_time(value: pd.Timestamp | None, tz: str) -> str:
    """``2020-03-02 08:58`` in the zone ``tz``; a dash for a missing time."""
    if value is None or pd.isna(value):
        return DASH
    return value.tz_convert(tz).strftime("%Y-%m-%d %H:%M")


def format_times_with_offset(times: pd.Series, tz: str) -> pd.Series:
    """``2020-03-02 08:58 +09:00`` for each time (the zone's offset that day), a dash for a
    missing one: what an exported table writes, so a spreadsheet shows the screen's times
    and no reader has to guess the zone."""
    utc = times.dt.tz_convert("UTC").dt.tz_localize(None)
    wall = times.dt.tz_convert(tz).dt.tz_localize(None)  # naive: formatted ~10x faster
    minutes = ((wall - utc).dt.total_seconds() // 60).astype("Int64")
    offsets = {m: f"{'-' if m < 0 else '+'}{abs(m) // 60:02d}:{abs(m) % 60:02d}" for m in
               minutes.dropna().unique()}  # fmt: skip
    text = wall.dt.strftime("%Y-%m-%d %H:%M") + " " + minutes.map(offsets).astype("string")
    return text.fillna(DASH).astype("string")


NO_CHANGE = "no change"


def format_change(current: float | None, previous: float | None, unit: str = "") -> str | None:
    """``+2`` / ``−0.05 pp``-style change against the previous period, ``NO_CHANGE`` when it
    rounds to nothing at the precision shown, or None if unknown."""
    if current is None or previous is None:
        return None
    delta = current - previous
    if unit == "pp":
        shown = f"{abs(delta):.2f} pp"
    elif unit == "min":
        shown = format_minutes(abs(delta))
    elif unit == "h":
        shown = format_hours(abs(delta))
    else:
        shown = f"{abs(delta):,.0f}"
    if not any(c in "123456789" for c in shown):
        return NO_CHANGE
    return ("+" if delta > 0 else "−") + shown


def incident_durations(incidents: pd.DataFrame) -> pd.Series:
    """How long each incident lasted (NaT while it is open)."""
    return incidents["resolved_at"] - incidents["started_at"]


def format_duration(value: object) -> str:
    """A ``Timedelta`` as ``format_minutes`` writes it; ``open`` for NaT (not resolved)."""
    if value is None or pd.isna(value):
        return OPEN_TEXT
    return format_minutes(pd.Timedelta(value).total_seconds() / 60.0)


def format_text(value: object) -> str:
    """A cell as text; missing values read as nothing."""
    return "" if value is None or pd.isna(value) else str(value)


def format_label(labels: dict[str, str]) -> Callable[[object], str]:
    """A formatter showing a category through ``labels`` (a dash when missing)."""

    def label(value: object) -> str:
        return DASH if value is None or pd.isna(value) else labels.get(str(value), str(value))

    return label
