"""Per-period series for the report's trend charts, taken from ``MetricsResult.periods``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from desktop_app.core.formatting import format_quarter
from desktop_app.core.language import Language
from desktop_app.core.metrics.figures import MetricsResult
from desktop_app.core.model import SEVERITIES

#: Above this many minutes the MTTR chart is drawn in hours.
MTTR_HOURS_FROM = 180.0


@dataclass(frozen=True)
class Trends:
    """Aligned lists, one item per period. ``mttr_median`` is in ``mttr_unit`` ("min" or "h"),
    None where no incident of the period was resolved; ``mttr_low``/``mttr_high`` are the ends
    of its 90 % bootstrap interval (same unit); ``mttr_counts`` is how many resolved incidents
    each median rests on."""

    granularity: str
    labels: list[str]
    availability_pct: list[float]
    slo_pct: float
    by_severity: dict[str, list[int]]
    mttr_median: list[float | None]
    mttr_unit: str
    mttr_counts: list[int]
    mttr_low: list[float | None]
    mttr_high: list[float | None]


def period_labels(starts: pd.Series, granularity: str, lang: Language = "en") -> list[str]:
    """Short axis labels: ``2020-03`` (month), ``2020 Q1``, ``03-02`` (day or week start).

    Korean names the year only where it changes: ``2021년 1월``, ``2월``, … ``1분기`` after
    ``2020년 4분기``; days read ``3월 2일``."""
    if starts.empty:
        return []
    if lang == "ko":
        return _korean_labels(list(starts.dt.date), granularity)
    if granularity == "quarter":
        return [format_quarter(day) for day in starts.dt.date]
    if granularity == "month":
        return starts.dt.strftime("%Y-%m").tolist()
    return starts.dt.strftime("%m-%d").tolist()


def _korean_labels(days: list[date], granularity: str) -> list[str]:
    labels, year = [], None
    for day in days:
        if granularity == "quarter":
            short = format_quarter(day, "ko", with_year=False)
        elif granularity == "month":
            short = f"{day.month}월"
        else:
            short = f"{day.month}월 {day.day}일"
        labels.append(short if day.year == year else f"{day.year}년 {short}")
        year = day.year
    return labels


def build_trends(metrics: MetricsResult, slo_pct: float, lang: Language = "en") -> Trends:
    periods = metrics.periods
    median = periods["mttr_median_minutes"].astype(float)
    in_hours = bool(median.max(skipna=True) > MTTR_HOURS_FROM) if median.notna().any() else False
    scale = 60.0 if in_hours else 1.0

    def scaled(column: str) -> list[float | None]:
        values = periods[column].astype(float) / scale
        return [None if pd.isna(v) else float(v) for v in values]

    return Trends(
        granularity=metrics.options.granularity,
        labels=period_labels(periods["start"], metrics.options.granularity, lang),
        availability_pct=periods["availability_pct"].astype(float).tolist(),
        slo_pct=slo_pct,
        by_severity={s: periods[s].astype(int).tolist() for s in SEVERITIES},
        mttr_median=scaled("mttr_median_minutes"),
        mttr_unit="h" if in_hours else "min",
        mttr_counts=periods["mttr_n"].astype(int).tolist(),
        mttr_low=scaled("mttr_median_low_minutes"),
        mttr_high=scaled("mttr_median_high_minutes"),
    )
