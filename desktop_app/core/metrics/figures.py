"""Plain records for computed figures: what metrics return and what the UI and the PDF show."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

import pandas as pd

from desktop_app.core.settings import Settings
from desktop_app.core.window import Window

#: Columns of ``MetricsResult.services`` and ``MetricsResult.service_periods`` besides keys.
FIGURE_COLUMNS: tuple[str, ...] = (
    "availability_pct",
    "downtime_minutes",
    "maintenance_minutes",
    "uptime_minutes",
    "incidents",
    "open_incidents",
    "mttr_minutes",
    "mttr_median_minutes",
    "mttr_p90_minutes",
    "mttr_n",
    "mtta_minutes",
    "mtbf_hours",
    "critical",
    "major",
    "minor",
    "unknown",
)

#: The median MTTR's bootstrap interval: in ``services``, ``periods`` and ``overall`` (not per
#: (period, service) cell, which no view shows and which could number hundreds of thousands).
INTERVAL_COLUMNS: tuple[str, ...] = ("mttr_median_low_minutes", "mttr_median_high_minutes")


MetricOptions = Settings
"""What the metric engine reads: ``Settings`` itself (its impact weights, the period size of
trends and its limits), so no option is declared twice."""


@dataclass(frozen=True)
class Figures:
    """The headline figures of one scope (overall, a service, or a period).

    Durations are minutes except MTBF (hours). ``None`` means "not defined" (no incidents,
    no resolved incidents, no acknowledgement data). ``mttr_n`` is how many resolved incidents
    the MTTR figures rest on; ``mttr_median_low/high_minutes`` the median's 90 % bootstrap
    interval (see ``bootstrap``).
    """

    availability_pct: float
    downtime_minutes: float
    maintenance_minutes: float
    uptime_minutes: float
    incidents: int
    open_incidents: int
    mttr_minutes: float | None
    mttr_median_minutes: float | None
    mttr_p90_minutes: float | None
    mtta_minutes: float | None
    mtbf_hours: float | None
    by_severity: dict[str, int] = field(default_factory=dict)
    mttr_n: int = 0
    mttr_median_low_minutes: float | None = None
    mttr_median_high_minutes: float | None = None

    @property
    def mttr_interval(self) -> tuple[float, float] | None:
        """The median MTTR's interval (low, high), or None when it is not known."""
        low, high = self.mttr_median_low_minutes, self.mttr_median_high_minutes
        return None if low is None or high is None else (low, high)

    @classmethod
    def from_row(cls, row: pd.Series | Mapping[Any, Any]) -> Figures:
        """Build from a row of ``services``/``periods`` (severity counts in their own columns)."""

        def opt(name: str) -> float | None:
            value = row.get(name)
            return None if value is None or pd.isna(value) else float(value)

        return cls(
            availability_pct=float(row["availability_pct"]),
            downtime_minutes=float(row["downtime_minutes"]),
            maintenance_minutes=float(row["maintenance_minutes"]),
            uptime_minutes=float(row["uptime_minutes"]),
            incidents=int(row["incidents"]),
            open_incidents=int(row["open_incidents"]),
            mttr_minutes=opt("mttr_minutes"),
            mttr_median_minutes=opt("mttr_median_minutes"),
            mttr_p90_minutes=opt("mttr_p90_minutes"),
            mtta_minutes=opt("mtta_minutes"),
            mtbf_hours=opt("mtbf_hours"),
            by_severity={s: int(row[s]) for s in ("critical", "major", "minor", "unknown")},
            mttr_n=int(row["mttr_n"]),
            mttr_median_low_minutes=opt("mttr_median_low_minutes"),
            mttr_median_high_minutes=opt("mttr_median_high_minutes"),
        )

    def to_json(self) -> dict[str, object]:
        # Not ``dataclasses.asdict``: its deep copies cost 0.4 ms a row, seconds for 40,000
        # day periods.
        data = {item.name: getattr(self, item.name) for item in fields(self)}
        data["by_severity"] = dict(self.by_severity)
        for key, value in data.items():
            if isinstance(value, float):
                data[key] = None if math.isnan(value) else round(value, 6)
        return data


def error_budget_left_pct(availability_pct: float, slo_pct: float) -> float:
    """Share of the error budget still unspent, in percent (negative when overspent)."""
    budget = 100.0 - slo_pct
    if budget <= 0:
        return 0.0 if availability_pct >= 100.0 else -math.inf
    return 100.0 * (1.0 - (100.0 - availability_pct) / budget)


@dataclass
class MetricsResult:
    """Everything computed for one window.

    - ``overall``: figures over all selected services.
    - ``services``: one row per service (column ``service`` + ``FIGURE_COLUMNS`` +
      ``INTERVAL_COLUMNS``), sorted by name.
    - ``periods``: one row per period (``start``, ``end`` tz-aware in the window's zone,
      + ``FIGURE_COLUMNS`` + ``INTERVAL_COLUMNS``), overall figures of that period.
    - ``service_periods``: one row per (period, service): ``start``, ``end``, ``service`` +
      ``FIGURE_COLUMNS``.
    """

    window: Window
    options: MetricOptions
    overall: Figures
    services: pd.DataFrame
    periods: pd.DataFrame
    service_periods: pd.DataFrame
