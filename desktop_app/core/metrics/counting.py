"""The counting rule of incidents, and the incidents a period's bar counts."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


def counted(is_maintenance: np.ndarray, start_ns: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """Incidents that count: not maintenance, started in ``[lo, hi)`` (UTC nanoseconds)."""
    return ~is_maintenance & (start_ns >= lo) & (start_ns < hi)


def counting_columns(incidents: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """What ``counted`` reads of each incident: whether it is maintenance, and its start (UTC
    nanoseconds)."""
    maintenance = (incidents["impact"] == "maintenance").to_numpy(dtype=bool, na_value=False)
    return maintenance, incidents["started_at"].dt.tz_convert("UTC").dt.as_unit("ns").array.asi8


@dataclass(frozen=True)
class Tally:
    """What a list of rows holds, by the counting rule: ``incidents`` counted (as in the
    figures), ``maintenance`` windows starting inside, and ``earlier`` rows of either kind that
    started before and run into the span (``desktop_app.text.tally`` writes it)."""

    incidents: int
    maintenance: int
    earlier: int = 0

    @property
    def rows(self) -> int:
        return self.incidents + self.maintenance + self.earlier


def tally(incidents: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> Tally:
    """Count ``incidents`` (rows overlapping ``[start, end)``) the way the figures do."""
    maintenance, start_ns = counting_columns(incidents)
    lo, hi = start.as_unit("ns").value, end.as_unit("ns").value
    counted_rows = int(counted(maintenance, start_ns, lo, hi).sum())
    windows = int(counted(~maintenance, start_ns, lo, hi).sum())
    return Tally(counted_rows, windows, len(incidents) - counted_rows - windows)


def period_incidents(
    incidents: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp
) -> pd.DataFrame:
    """The incidents one period's frequency bar counts, sorted by start."""
    maintenance, start_ns = counting_columns(incidents)
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
