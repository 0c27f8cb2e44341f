"""Incident rows for the report: durations, weighted downtime inside the window, wall times.

Everything here is vectorised over the incident table; only the final conversion of the
columns into row tuples walks the rows.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from desktop_app.core.metrics.figures import MetricOptions
from desktop_app.core.metrics.notice import incident_durations
from desktop_app.core.metrics.open_incidents import not_down_while_open
from desktop_app.core.metrics.weights import incident_weights
from desktop_app.core.window import Window

#: A missing id or service reads as this in the report's rows.
MISSING = "–"


class IncidentRow(NamedTuple):
    """One incident of the report. ``severity``/``impact`` are the normalised keys;
    ``started``/``resolved`` the local wall time in the window's zone (``2020-03-02 08:58``,
    written so in every language; ``resolved`` is "" while open); ``duration_minutes`` runs
    to the report's moment while open; ``downtime_minutes`` is the weighted part inside the
    window; ``notice``: an outage at or over the user-notice threshold."""

    incident_id: str
    service: str
    title: str
    severity: str
    impact: str
    started: str
    resolved: str
    duration_minutes: float
    downtime_minutes: float
    cause: str
    is_open: bool
    notice: bool


def _minutes(delta: pd.Series[pd.Timedelta]) -> pd.Series[float]:
    return delta.dt.total_seconds() / 60.0


def incident_minutes(
    incidents: pd.DataFrame, window: Window, as_of: pd.Timestamp, options: MetricOptions
) -> pd.DataFrame:
    """``duration`` (start to resolution, or to ``as_of`` while open) and ``weighted_downtime``
    (the part inside the window times the impact weight), both in minutes, index as input.

    As in the metrics, an open incident counts as down until the window's end, but for one
    whose time is no downtime until the user decides (``not_down_while_open``): none.
    """
    started, resolved = incidents["started_at"], incidents["resolved_at"]
    duration = incident_durations(incidents, as_of)
    # pandas-stubs type Series.clip's bounds as numbers; pandas clips timestamps as well.
    ended = resolved.fillna(window.end).clip(upper=window.end)  # type: ignore[call-overload]
    inside = _minutes(ended - started.clip(lower=window.start))  # type: ignore[call-overload]
    weights = incident_weights(incidents["impact"], options) * ~not_down_while_open(incidents)
    weighted = inside.clip(lower=0.0) * weights
    return pd.DataFrame(
        {"duration": duration, "weighted_downtime": weighted}, index=incidents.index
    )


def _local_text(times: pd.Series[pd.Timestamp], tz: str) -> pd.Series[str]:
    return times.dt.tz_convert(tz).dt.strftime("%Y-%m-%d %H:%M").astype("string")


def incident_rows(
    incidents: pd.DataFrame,
    minutes: pd.DataFrame,
    tz: str,
    notice: pd.Series,
) -> list[IncidentRow]:
    """Rows, in the order of ``incidents``; ``minutes`` comes from ``incident_minutes``,
    ``notice`` from ``metrics.notice.notice_required`` (both may cover more incidents)."""
    if incidents.empty:
        return []
    index = incidents.index
    is_open = incidents["resolved_at"].isna()
    table = pd.DataFrame(
        {
            "incident_id": incidents["incident_id"].astype("string").fillna(MISSING),
            "service": incidents["service"].astype("string").fillna(MISSING),
            "title": incidents["title"].astype("string").fillna(""),
            "severity": incidents["severity"].astype("string").fillna("unknown"),
            "impact": incidents["impact"].astype("string").fillna("full_outage"),
            "started": _local_text(incidents["started_at"], tz).fillna(MISSING),
            "resolved": _local_text(incidents["resolved_at"], tz).fillna(""),
            "duration_minutes": minutes["duration"].loc[index].astype(float),
            "downtime_minutes": minutes["weighted_downtime"].loc[index].astype(float),
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
