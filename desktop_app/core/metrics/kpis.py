"""The headline tiles shown on the app's overview and the PDF's summary page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeVar

import numpy as np
import pandas as pd

from desktop_app.core.formatting import (
    NO_CHANGE,
    format_change,
    format_count,
    format_hours,
    format_minutes,
    format_pct,
)
from desktop_app.core.metrics.figures import Figures, error_budget_left_pct

Status = Literal["good", "bad", "neutral"]
Availability = TypeVar("Availability", float, pd.Series)


def slo_met(availability_pct: Availability, slo_pct: float) -> Availability:
    """Whether availability meets the target (a figure or a column): decided here, once."""
    return availability_pct >= slo_pct


#: Shading bands of a service's availability, by its shortfall in units of the error budget.
SHORTFALL_BANDS: tuple[str, ...] = (
    "target met",
    "below target by less than the error budget",
    "below target by 1 to 10 times the error budget",
    "below target by 10 times the error budget or more",
)


def shortfall_bands(availability_pct: pd.Series | np.ndarray, slo_pct: float) -> np.ndarray:
    """0 when the target is met, else 1-3 by how many error budgets the shortfall is."""
    shortfall = (slo_pct - np.asarray(availability_pct, dtype=float)).clip(min=0.0)
    budget = max(100.0 - slo_pct, 1e-9)
    return np.select(
        [shortfall <= 0, shortfall < budget, shortfall < 10 * budget], [0, 1, 2], default=3
    )


def worst_first(services: pd.DataFrame) -> pd.DataFrame:
    """Services lowest availability first, then most downtime, then by name: the order of
    the PDF's services page and the app's Services tab."""
    return services.sort_values(
        ["availability_pct", "downtime_minutes", "service"],
        ascending=[True, False, True],
        kind="stable",
    )


@dataclass(frozen=True)
class Kpi:
    """One tile. ``improved`` says whether ``change`` is for the better (None: no change known)."""

    key: str
    label: str
    value: str
    detail: str
    change: str | None
    improved: bool | None
    status: Status


def _compare(
    current: float | None, previous: float | None, unit: str, higher_is_better: bool
) -> tuple[str | None, bool | None]:
    """The change as shown, and whether it is for the better (None: unknown or no change)."""
    change = format_change(current, previous, unit)
    if change is None or change == NO_CHANGE:
        return change, None
    return change, (current > previous) == higher_is_better  # type: ignore[operator]


def build_kpis(current: Figures, previous: Figures | None, slo_pct: float) -> list[Kpi]:
    """Tiles for ``current`` with the change against ``previous`` (the period before)."""
    prev = previous
    met = slo_met(current.availability_pct, slo_pct)
    budget_left = error_budget_left_pct(current.availability_pct, slo_pct)
    budget_prev = None if prev is None else error_budget_left_pct(prev.availability_pct, slo_pct)
    critical = current.by_severity.get("critical", 0)
    return [
        Kpi(
            "availability",
            "Availability",
            format_pct(current.availability_pct),
            f"target {format_pct(slo_pct, 2)} · {'met' if met else 'missed'}",
            *_compare(current.availability_pct, prev and prev.availability_pct, "pp", True),
            status="good" if met else "bad",
        ),
        Kpi(
            "downtime",
            "Downtime",
            format_minutes(current.downtime_minutes),
            f"maintenance {format_minutes(current.maintenance_minutes)}",
            *_compare(current.downtime_minutes, prev and prev.downtime_minutes, "min", False),
            status="neutral",
        ),
        Kpi(
            "incidents",
            "Incidents",
            format_count(current.incidents),
            f"{critical} critical · {current.open_incidents} open",
            *_compare(current.incidents, prev and prev.incidents, "", False),
            status="neutral",
        ),
        Kpi(
            "mttr",
            "MTTR (median)",
            format_minutes(current.mttr_median_minutes),
            f"mean {format_minutes(current.mttr_minutes)}",
            *_compare(current.mttr_median_minutes, prev and prev.mttr_median_minutes, "min", False),
            status="neutral",
        ),
        Kpi(
            "mtbf",
            "MTBF",
            format_hours(current.mtbf_hours),
            "mean time between failures",
            *_compare(current.mtbf_hours, prev and prev.mtbf_hours, "h", True),
            status="neutral",
        ),
        Kpi(
            "error_budget",
            "Error budget left",
            format_pct(budget_left, 1),
            f"of {format_pct(100.0 - slo_pct, 2)} allowed downtime",
            *_compare(budget_left, budget_prev, "pp", True),
            status="good" if budget_left >= 0 else "bad",
        ),
    ]
