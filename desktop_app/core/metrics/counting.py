"""The counting rule of incidents, and the incidents a period's bar counts."""

from __future__ import annotations

import numpy as np
import pandas as pd


def counted(is_maintenance: np.ndarray, start_ns: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """Incidents that count: not maintenance, started in ``[lo, hi)`` (UTC nanoseconds)."""
    return ~is_maintenance & (start_ns >= lo) & (start_ns < hi)


def period_incidents(
    incidents: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    """The incidents one period's frequency bar counts, sorted by start."""
    maintenance = (incidents["impact"] == "maintenance").to_numpy(dtype=bool, na_value=False)
    start_ns = incidents["started_at"].dt.tz_convert("UTC").dt.as_unit("ns").array.asi8
    chosen = counted(maintenance, start_ns, start.as_unit("ns").value, end.as_unit("ns").value)
    return incidents.loc[chosen].sort_values("started_at", kind="stable")


def overlapping(incidents: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.DataFrame:
    """The incidents that overlap ``[start, end)`` (open ones last until now), by start."""
    overlaps = (incidents["started_at"] < end) & (
        incidents["resolved_at"].isna() | (incidents["resolved_at"] > start)
    )
    return incidents.loc[overlaps.to_numpy(dtype=bool, na_value=False)].sort_values(
        "started_at", kind="stable"
    )
