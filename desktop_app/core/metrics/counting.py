"""The counting rule of incidents, and the incidents a period's bar counts."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_app.core.formatting import format_count
from desktop_app.core.language import Language


def counted(is_maintenance: np.ndarray, start_ns: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """Incidents that count: not maintenance, started in ``[lo, hi)`` (UTC nanoseconds)."""
    return ~is_maintenance & (start_ns >= lo) & (start_ns < hi)


def _plural(count: int, noun: str) -> str:
    return f"{format_count(count)} {noun}{'' if count == 1 else 's'}"


@dataclass(frozen=True)
class Tally:
    """What a list of rows holds, by the counting rule: ``incidents`` counted (as in the
    figures), ``maintenance`` windows starting inside, and ``earlier`` rows of either kind that
    started before and run into the span."""

    incidents: int
    maintenance: int
    earlier: int = 0

    @property
    def rows(self) -> int:
        return self.incidents + self.maintenance + self.earlier

    def text(self, lang: Language = "en") -> str:
        """``159 incidents · 31 maintenance windows`` (and the rows from before, if any)."""
        if lang == "ko":
            parts = [f"장애 {self.incidents:,}건", f"점검 {self.maintenance:,}건"]
            if self.earlier:
                parts.append(f"이전 시작 {self.earlier:,}건")
            return " · ".join(parts)
        parts = [
            _plural(self.incidents, "incident"),
            _plural(self.maintenance, "maintenance window"),
        ]
        if self.earlier:
            parts.append(f"{format_count(self.earlier)} started before")
        return " · ".join(parts)


def tally(incidents: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> Tally:
    """Count ``incidents`` (rows overlapping ``[start, end)``) the way the figures do."""
    maintenance = (incidents["impact"] == "maintenance").to_numpy(dtype=bool, na_value=False)
    start_ns = incidents["started_at"].dt.tz_convert("UTC").dt.as_unit("ns").array.asi8
    lo, hi = start.as_unit("ns").value, end.as_unit("ns").value
    counted_rows = int(counted(maintenance, start_ns, lo, hi).sum())
    windows = int(counted(~maintenance, start_ns, lo, hi).sum())
    return Tally(counted_rows, windows, len(incidents) - counted_rows - windows)


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
