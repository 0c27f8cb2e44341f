"""Per-period series for the report's trend charts, taken from ``MetricsResult.periods``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from desktop_app.core.metrics.figures import MetricsResult
from desktop_app.core.model import SEVERITIES

#: Above this many minutes the MTTR chart is drawn in hours.
MTTR_HOURS_FROM = 180.0


@dataclass(frozen=True)
class Trends:
    """Aligned lists, one item per period (``starts``: the local day each begins).
    ``mttr_median`` is in ``mttr_unit`` ("min" or "h"),
    None where no incident of the period was resolved; ``mttr_low``/``mttr_high`` are the ends
    of its 90 % bootstrap interval (same unit); ``mttr_counts`` is how many resolved incidents
    each median rests on. ``availability_pct`` is None where the data covers no service."""

    granularity: str
    starts: list[date]
    availability_pct: list[float | None]
    slo_pct: float
    by_severity: dict[str, list[int]]
    mttr_median: list[float | None]
    mttr_unit: str
    mttr_counts: list[int]
    mttr_low: list[float | None]
    mttr_high: list[float | None]


def build_trends(metrics: MetricsResult, slo_pct: float) -> Trends:
    periods = metrics.periods
    median = periods["mttr_median_minutes"].astype(float)
    in_hours = bool(median.max(skipna=True) > MTTR_HOURS_FROM) if median.notna().any() else False
    scale = 60.0 if in_hours else 1.0

    def scaled(column: str) -> list[float | None]:
        values = periods[column].astype(float) / scale
        return [None if pd.isna(v) else float(v) for v in values]

    return Trends(
        granularity=metrics.options.granularity,
        starts=list(periods["start"].dt.date),
        availability_pct=[None if pd.isna(v) else float(v) for v in periods["availability_pct"]],
        slo_pct=slo_pct,
        by_severity={s: periods[s].astype(int).tolist() for s in SEVERITIES},
        mttr_median=scaled("mttr_median_minutes"),
        mttr_unit="h" if in_hours else "min",
        mttr_counts=periods["mttr_n"].astype(int).tolist(),
        mttr_low=scaled("mttr_median_low_minutes"),
        mttr_high=scaled("mttr_median_high_minutes"),
    )
