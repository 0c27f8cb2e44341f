"""Incident rows for the report: durations, weighted downtime inside the window, display text.

Everything here is vectorised over the incident table; only the final conversion of display
columns into row tuples walks the rows.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from desktop_app.core.formatting import DASH, OPEN_TEXT
from desktop_app.core.metrics.figures import MetricOptions
from desktop_app.core.model import IMPACTS
from desktop_app.core.window import Window


class IncidentRow(NamedTuple):
    """One incident as the report prints it. ``severity``/``impact`` are the normalised keys."""

    incident_id: str
    service: str
    title: str
    severity: str
    impact: str
    started: str
    resolved: str
    duration: str
    downtime: str
    cause: str


def impact_weights(impact: pd.Series, options: MetricOptions) -> np.ndarray:
    """Weight of each incident's impact in downtime: full 1, partial and degraded as set, else 0."""
    by_impact = {
        "full_outage": 1.0,
        "partial_outage": options.partial_weight,
        "degraded": options.degraded_weight,
        "maintenance": 0.0,
    }
    table = np.array([by_impact[name] for name in IMPACTS], dtype=float)
    codes = pd.Categorical(impact, categories=list(IMPACTS)).codes
    return np.where(codes >= 0, table[np.clip(codes, 0, None)], 0.0)


def _minutes(delta: pd.Series) -> pd.Series:
    return delta.dt.total_seconds() / 60.0


def incident_minutes(
    incidents: pd.DataFrame, window: Window, as_of: pd.Timestamp, options: MetricOptions
) -> pd.DataFrame:
    """``duration`` (start to resolution, or to ``as_of`` while open) and ``weighted_downtime``
    (the part inside the window times the impact weight), both in minutes, index as input.

    As in the metrics, an open incident counts as down until the window's end.
    """
    started, resolved = incidents["started_at"], incidents["resolved_at"]
    duration = _minutes(resolved.fillna(as_of) - started).clip(lower=0.0)
    ended = resolved.fillna(window.end).clip(upper=window.end)
    inside = _minutes(ended - started.clip(lower=window.start))
    weighted = inside.clip(lower=0.0) * impact_weights(incidents["impact"], options)
    return pd.DataFrame(
        {"duration": duration, "weighted_downtime": weighted}, index=incidents.index
    )


def format_minutes_series(minutes: pd.Series) -> pd.Series:
    """``formatting.format_minutes`` for a whole column at once (NaN becomes a dash)."""
    values = minutes.to_numpy(dtype=float)
    safe = np.nan_to_num(values, nan=0.0)
    seconds = np.round(safe * 60).astype(np.int64)
    total = np.round(safe).astype(np.int64)
    hours, mins = np.divmod(total, 60)
    days, day_hours = np.divmod(hours, 24)
    text = np.select(
        [np.isnan(values), (safe > 0) & (safe < 1), total < 60, hours < 48],
        [
            np.full(len(values), DASH, dtype=object),
            np.char.add(seconds.astype(str), " s"),
            np.char.add(total.astype(str), " min"),
            np.char.add(
                np.char.add(hours.astype(str), " h "), np.char.add(mins.astype(str), " min")
            ),
        ],
        default=np.char.add(
            np.char.add(days.astype(str), " d "), np.char.add(day_hours.astype(str), " h")
        ),
    )
    return pd.Series(text.astype(object), index=minutes.index, dtype="string")


def _local_text(times: pd.Series, tz: str) -> pd.Series:
    return times.dt.tz_convert(tz).dt.strftime("%Y-%m-%d %H:%M").astype("string")


def incident_rows(incidents: pd.DataFrame, minutes: pd.DataFrame, tz: str) -> list[IncidentRow]:
    """Display rows, in the order of ``incidents``; ``minutes`` comes from ``incident_minutes``."""
    if incidents.empty:
        return []
    resolved = _local_text(incidents["resolved_at"], tz).fillna(OPEN_TEXT)
    table = pd.DataFrame(
        {
            "incident_id": incidents["incident_id"].astype("string").fillna(DASH),
            "service": incidents["service"].astype("string").fillna(DASH),
            "title": incidents["title"].astype("string").fillna(""),
            "severity": incidents["severity"].astype("string").fillna("unknown"),
            "impact": incidents["impact"].astype("string").fillna("full_outage"),
            "started": _local_text(incidents["started_at"], tz).fillna(DASH),
            "resolved": resolved,
            "duration": format_minutes_series(minutes["duration"].loc[incidents.index]),
            "downtime": format_minutes_series(minutes["weighted_downtime"].loc[incidents.index]),
            "cause": incidents["cause"].astype("string").fillna(""),
        }
    )
    return list(map(IncidentRow._make, table.itertuples(index=False, name=None)))


def top_by(minutes: pd.DataFrame, column: str, count: int) -> pd.Index:
    """Index of the ``count`` incidents with the largest ``column`` (> 0), largest first."""
    values = minutes[column]
    values = values[values > 0]
    return values.sort_values(ascending=False, kind="stable").index[:count]
