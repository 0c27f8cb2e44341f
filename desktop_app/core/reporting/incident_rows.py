"""Incident rows for the report: durations, weighted downtime inside the window, display text.

Everything here is vectorised over the incident table; only the final conversion of display
columns into row tuples walks the rows.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from desktop_app.core.formatting import DASH, OPEN_TEXT, format_minutes
from desktop_app.core.language import Language
from desktop_app.core.metrics.figures import MetricOptions
from desktop_app.core.metrics.notice import incident_durations
from desktop_app.core.metrics.weights import incident_weights
from desktop_app.core.window import Window


class IncidentRow(NamedTuple):
    """One incident as the report prints it. ``severity``/``impact`` are the normalised keys;
    ``notice``: an outage at or over the user-notice threshold."""

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
    is_open: bool
    notice: bool


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
    duration = incident_durations(incidents, as_of)
    ended = resolved.fillna(window.end).clip(upper=window.end)
    inside = _minutes(ended - started.clip(lower=window.start))
    weighted = inside.clip(lower=0.0) * incident_weights(incidents["impact"], options)
    return pd.DataFrame(
        {"duration": duration, "weighted_downtime": weighted}, index=incidents.index
    )


def format_minutes_series(minutes: pd.Series, lang: Language = "en") -> pd.Series:
    """``formatting.format_minutes`` for a whole column, once per distinct value (NaN: dash)."""
    distinct = minutes.dropna().unique()
    text = dict(zip(distinct, (format_minutes(float(v), lang) for v in distinct), strict=True))
    return minutes.map(text).astype("string").fillna(DASH)


def _local_text(times: pd.Series, tz: str) -> pd.Series:
    return times.dt.tz_convert(tz).dt.strftime("%Y-%m-%d %H:%M").astype("string")


def incident_rows(
    incidents: pd.DataFrame,
    minutes: pd.DataFrame,
    tz: str,
    notice: pd.Series,
    lang: Language = "en",
) -> list[IncidentRow]:
    """Display rows, in the order of ``incidents``; ``minutes`` comes from ``incident_minutes``,
    ``notice`` from ``metrics.notice.notice_required`` (both may cover more incidents)."""
    if incidents.empty:
        return []
    index = incidents.index
    is_open = incidents["resolved_at"].isna()
    table = pd.DataFrame(
        {
            "incident_id": incidents["incident_id"].astype("string").fillna(DASH),
            "service": incidents["service"].astype("string").fillna(DASH),
            "title": incidents["title"].astype("string").fillna(""),
            "severity": incidents["severity"].astype("string").fillna("unknown"),
            "impact": incidents["impact"].astype("string").fillna("full_outage"),
            "started": _local_text(incidents["started_at"], tz).fillna(DASH),
            "resolved": _local_text(incidents["resolved_at"], tz).fillna(OPEN_TEXT[lang]),
            "duration": format_minutes_series(minutes["duration"].loc[index], lang),
            "downtime": format_minutes_series(minutes["weighted_downtime"].loc[index], lang),
            "cause": incidents["cause"].astype("string").fillna(""),
            "is_open": is_open.astype(bool),
            "notice": notice.loc[index].astype(bool),
        }
    )
    return list(map(IncidentRow._make, table.itertuples(index=False, name=None)))


def top_by(minutes: pd.DataFrame, column: str, count: int) -> pd.Index:
    """Index of the ``count`` incidents with the largest ``column`` (> 0), largest first."""
    values = minutes[column]
    values = values[values > 0]
    return values.sort_values(ascending=False, kind="stable").index[:count]
