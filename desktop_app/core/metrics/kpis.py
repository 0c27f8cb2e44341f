"""The headline tiles shown on the app's overview and the PDF's summary page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeVar

import pandas as pd

from desktop_app.core.formatting import (
    DASH,
    NO_CHANGE,
    format_change,
    format_count,
    format_hours,
    format_minutes,
    format_pct,
)
from desktop_app.core.metrics.figures import Figures, error_budget_left_pct
from desktop_app.core.settings import LIMITS

Status = Literal["good", "bad", "neutral"]
Availability = TypeVar("Availability", float, pd.Series)


def slo_met(availability_pct: Availability, slo_pct: float) -> Availability:
    """Whether availability meets the target (a figure or a column): decided here, once."""
    return availability_pct >= slo_pct


@dataclass(frozen=True)
class Kpi:
    """One tile. ``improved`` says whether ``change`` is for the better (None: no change known
    or none clear). ``note`` adds what the tile has no room for (the MTTR interval).
    ``versus`` is False when ``change`` is a verdict rather than a difference."""

    key: str
    label: str
    value: str
    detail: str
    change: str | None
    improved: bool | None
    status: Status
    note: str = ""
    versus: bool = True

    @property
    def change_text(self) -> str | None:
        """The change as a reader sees it: ``−12 min vs previous period``."""
        if self.change is None:
            return None
        return f"{self.change} vs previous period" if self.versus else self.change


def _compare(
    current: float | None, previous: float | None, unit: str, higher_is_better: bool
) -> tuple[str | None, bool | None]:
    """The change as shown, and whether it is for the better (None: unknown or no change)."""
    change = format_change(current, previous, unit)
    if change is None or change == NO_CHANGE:
        return change, None
    return change, (current > previous) == higher_is_better  # type: ignore[operator]


TOO_FEW = "too few incidents to judge a trend"


def interval_text(figures: Figures) -> str:
    """``90 % interval 30 min – 55 min`` for the median MTTR, or a dash when unknown."""
    interval = figures.mttr_interval
    if interval is None:
        return f"{_confidence()} interval {DASH}"
    low, high = interval
    return f"{_confidence()} interval {format_minutes(low)} – {format_minutes(high)}"


def _confidence() -> str:
    return f"{LIMITS.bootstrap_confidence * 100:g} %"


def mttr_change(current: Figures, previous: Figures | None) -> tuple[str | None, bool | None, bool]:
    """The MTTR change against ``previous``: ``(text, improved, versus)``.

    Better or worse only when the two medians' intervals do not overlap; fewer than
    ``LIMITS.trend_min_incidents`` resolved incidents on either side judge nothing."""
    if previous is None or current.mttr_median_minutes is None:
        return None, None, True
    counts = f"n = {current.mttr_n} vs {previous.mttr_n}"
    if min(current.mttr_n, previous.mttr_n) < LIMITS.trend_min_incidents:
        return f"{TOO_FEW} ({counts})", None, False
    now, before = current.mttr_interval, previous.mttr_interval
    if now is None or before is None or (now[0] <= before[1] and before[0] <= now[1]):
        return f"no clear change ({counts})", None, False
    change, improved = _compare(
        current.mttr_median_minutes, previous.mttr_median_minutes, "min", False
    )
    return change, improved, True


def mttr_kpi(current: Figures, previous: Figures | None) -> Kpi:
    """Median MTTR with its n; the interval goes in the note (tooltip, PDF tile)."""
    change, improved, versus = mttr_change(current, previous)
    note = interval_text(current)
    if current.mttr_n and current.mttr_n < LIMITS.trend_min_incidents:
        note += f"; {TOO_FEW}"
    return Kpi(
        "mttr",
        "MTTR (median)",
        format_minutes(current.mttr_median_minutes),
        f"n = {current.mttr_n} · mean {format_minutes(current.mttr_minutes)}",
        change,
        improved,
        status="neutral",
        note=note,
        versus=versus,
    )


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
        mttr_kpi(current, prev),
        Kpi(
            "mtbf",
            "MTBF per service",
            format_hours(current.mtbf_hours),
            "uptime per incident, services' uptimes added",
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
