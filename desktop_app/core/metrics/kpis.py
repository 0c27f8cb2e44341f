"""The headline tiles shown on the app's overview and the PDF's summary page, as figures.

A ``Kpi`` holds values (the figure, its unit, its status, its change against the previous
period and the figures of its detail line); ``desktop_app.text.kpis`` writes them in words.
Whether a change is beyond noise and for the better is decided here, on the values."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, overload

import numpy as np
import pandas as pd

from desktop_app.core.metrics.figures import Figures, error_budget_left_pct
from desktop_app.core.metrics.open_incidents import NONE_OPEN, OpenIncidents
from desktop_app.core.settings import DEFAULT_LIMITS

Status = Literal["good", "bad", "neutral"]


@overload
def slo_met(availability_pct: float, slo_pct: float) -> bool: ...
@overload
def slo_met(availability_pct: pd.Series, slo_pct: float | pd.Series) -> pd.Series: ...
def slo_met(availability_pct: float | pd.Series, slo_pct: float | pd.Series) -> bool | pd.Series:
    """Whether availability meets the target (a figure or a column, against one target or a
    column of them): decided here, once."""
    return availability_pct >= slo_pct


def slo_verdict(availability_pct: float, slo_pct: float) -> bool | None:
    """``slo_met`` for one figure, None when the data does not cover it (NaN): no data
    neither meets nor misses a target."""
    return None if math.isnan(availability_pct) else bool(slo_met(availability_pct, slo_pct))


def slo_verdicts(availability_pct: pd.Series, slo_pct: pd.Series | float) -> pd.Series:
    """``slo_verdict`` of a column (each row against its own target where ``slo_pct`` is one):
    True, False or None."""
    met = (availability_pct >= slo_pct).astype(object)
    return met.where(availability_pct.notna(), None)


#: The band of a figure the data does not cover (no shading, no verdict).
NO_DATA_BAND = -2


def shortfall_bands(
    availability_pct: pd.Series | np.ndarray, slo_pct: float | np.ndarray
) -> np.ndarray:
    """0 when the target is met, else 1-3 by how many error budgets the shortfall is (the
    bands the report names in ``SHORTFALL_BANDS``), ``NO_DATA_BAND`` where the figure is not
    known; ``slo_pct`` is one target or one per row."""
    availability = np.asarray(availability_pct, dtype=float)
    shortfall = (slo_pct - availability).clip(min=0.0)
    budget = np.maximum(100.0 - np.asarray(slo_pct, dtype=float), 1e-9)
    return np.select(
        [np.isnan(availability), shortfall <= 0, shortfall < budget, shortfall < 10 * budget],
        [NO_DATA_BAND, 0, 1, 2],
        default=3,
    )


def worst_first(services: pd.DataFrame) -> pd.DataFrame:
    """Services lowest availability first, then most downtime, then by name: the order of
    the PDF's services page and the app's Services tab."""
    return services.sort_values(
        ["availability_pct", "downtime_minutes", "service"],
        ascending=[True, False, True],
        kind="stable",
    )


Unit = Literal["pct", "minutes", "hours", "count"]
"""The kind of a tile's figure: a percentage (changes in points), a duration, a count."""

#: Below these changes (in the figure's unit) a figure reads as unchanged.
_NOISE: dict[Unit, float] = {
    "pct": DEFAULT_LIMITS.unchanged_points,
    "minutes": DEFAULT_LIMITS.unchanged_minutes,
    "hours": DEFAULT_LIMITS.unchanged_minutes / 60,
    "count": 0.5,
}


@dataclass(frozen=True)
class Change:
    """A figure against the previous period: ``delta`` is current minus previous (in the
    figure's unit); ``clear`` whether it is beyond noise (``UNCHANGED_*``); ``improved``
    whether it is for the better (None when it is not clear)."""

    delta: float
    clear: bool
    improved: bool | None

    @property
    def direction(self) -> int:
        """1 up, -1 down, 0 unchanged (within noise)."""
        return 0 if not self.clear else (1 if self.delta > 0 else -1)


def compare(
    current: float | None, previous: float | None, unit: Unit, higher_is_better: bool
) -> Change | None:
    """The change of a figure, None when either side is unknown."""
    if current is None or previous is None:
        return None
    delta = float(current - previous)
    clear = abs(delta) >= _NOISE[unit]
    return Change(delta, clear, ((delta > 0) == higher_is_better) if clear else None)


class MttrVerdict(StrEnum):
    """How the median MTTR compares with the previous period's."""

    TOO_FEW = "too_few"
    """Fewer than ``DEFAULT_LIMITS.trend_min_incidents`` resolved incidents on either side."""
    NO_CLEAR_CHANGE = "no_clear_change"
    """The two medians' intervals overlap."""
    BETTER = "better"
    WORSE = "worse"


@dataclass(frozen=True)
class MttrTrend:
    """The MTTR verdict with what it rests on: both periods' n and 90 % intervals."""

    verdict: MttrVerdict
    n: int
    previous_n: int
    interval: tuple[float, float] | None
    previous_interval: tuple[float, float] | None


@dataclass(frozen=True)
class AvailabilityDetail:
    """``met`` is None when the data covers none of the window (no figure)."""

    target_pct: float
    met: bool | None
    counting_open_pct: float | None = None
    """The availability counting every undecided open incident as down (None: none is)."""
    undecided: int = 0
    """How many open incidents the user has not decided."""


@dataclass(frozen=True)
class DowntimeDetail:
    maintenance_minutes: float


@dataclass(frozen=True)
class IncidentsDetail:
    critical: int
    open: int


@dataclass(frozen=True)
class MttrDetail:
    """``too_few``: the period itself has too few resolved incidents to judge a trend."""

    n: int
    mean_minutes: float | None
    low_minutes: float | None
    high_minutes: float | None
    confidence: float
    too_few: bool
    trend: MttrTrend | None


@dataclass(frozen=True)
class BudgetDetail:
    allowed_pct: float


Detail = AvailabilityDetail | DowntimeDetail | IncidentsDetail | MttrDetail | BudgetDetail | None


@dataclass(frozen=True)
class Kpi:
    """One tile: ``value`` in ``unit`` (None: unknown), its ``status`` and its ``change``
    against the previous period (None: no comparison, or for the MTTR one that is not
    clear: ``MttrDetail.trend`` says why). ``detail`` holds the figures of the line under
    the value."""

    key: str
    value: float | None
    unit: Unit
    status: Status = "neutral"
    change: Change | None = None
    detail: Detail = None

    @property
    def improved(self) -> bool | None:
        return None if self.change is None else self.change.improved

    @property
    def compared(self) -> bool:
        """Whether the tile says anything against the previous period."""
        trend = self.detail.trend if isinstance(self.detail, MttrDetail) else None
        return self.change is not None or trend is not None


def mttr_trend(
    current: Figures, previous: Figures | None
) -> tuple[MttrTrend | None, Change | None]:
    """The MTTR verdict against ``previous`` and the change when it is a clear one.

    Better or worse only when the two medians' intervals do not overlap; fewer than
    ``Limits.trend_min_incidents`` resolved incidents on either side judge nothing."""
    if previous is None or current.mttr_median_minutes is None:
        return None, None
    now, before = current.mttr_interval, previous.mttr_interval

    def trend(verdict: MttrVerdict) -> MttrTrend:
        return MttrTrend(verdict, current.mttr_n, previous.mttr_n, now, before)

    if min(current.mttr_n, previous.mttr_n) < DEFAULT_LIMITS.trend_min_incidents:
        return trend(MttrVerdict.TOO_FEW), None
    overlap = now is None or before is None or (now[0] <= before[1] and before[0] <= now[1])
    change = compare(current.mttr_median_minutes, previous.mttr_median_minutes, "minutes", False)
    if overlap or change is None or not change.clear:
        return trend(MttrVerdict.NO_CLEAR_CHANGE), None
    return trend(MttrVerdict.BETTER if change.improved else MttrVerdict.WORSE), change


def mttr_kpi(current: Figures, previous: Figures | None) -> Kpi:
    """Median MTTR with its n; the interval goes in the note (tooltip, PDF tile)."""
    trend, change = mttr_trend(current, previous)
    detail = MttrDetail(
        n=current.mttr_n,
        mean_minutes=current.mttr_minutes,
        low_minutes=current.mttr_median_low_minutes,
        high_minutes=current.mttr_median_high_minutes,
        confidence=DEFAULT_LIMITS.bootstrap_confidence,
        too_few=bool(current.mttr_n) and current.mttr_n < DEFAULT_LIMITS.trend_min_incidents,
        trend=trend,
    )
    return Kpi("mttr", current.mttr_median_minutes, "minutes", change=change, detail=detail)


def known(value: float | None) -> float | None:
    """``value``, None when it is not known (NaN: a period the data does not cover)."""
    return None if value is None or math.isnan(value) else value


def build_kpis(
    current: Figures,
    previous: Figures | None,
    slo_pct: float,
    undecided: OpenIncidents = NONE_OPEN,
) -> tuple[Kpi, ...]:
    """Tiles for ``current`` with the change against ``previous`` (the period before). A
    window the data does not cover has no availability, downtime or budget (None, neutral).
    While open incidents are ``undecided``, the availability tile also holds the figure
    counting them all as down."""
    counting = undecided.counting_all

    def change(
        figure: Callable[[Figures], float | None], unit: Unit, higher_is_better: bool
    ) -> Change | None:
        if previous is None:
            return None
        return compare(known(figure(current)), known(figure(previous)), unit, higher_is_better)

    def budget_left(figures: Figures) -> float | None:
        availability = known(figures.availability_pct)
        return None if availability is None else error_budget_left_pct(availability, slo_pct)

    availability = known(current.availability_pct)
    met = slo_verdict(current.availability_pct, slo_pct)
    budget = budget_left(current)
    return (
        Kpi(
            "availability",
            availability,
            "pct",
            "neutral" if met is None else ("good" if met else "bad"),
            change(lambda f: f.availability_pct, "pct", True),
            AvailabilityDetail(
                slo_pct,
                met,
                None if counting is None else known(counting.availability_pct),
                len(undecided.undecided),
            ),
        ),
        Kpi(
            "downtime",
            known(current.downtime_minutes),
            "minutes",
            change=change(lambda f: f.downtime_minutes, "minutes", False),
            detail=DowntimeDetail(current.maintenance_minutes),
        ),
        Kpi(
            "incidents",
            current.incidents,
            "count",
            change=change(lambda f: f.incidents, "count", False),
            detail=IncidentsDetail(current.by_severity.get("critical", 0), current.open_incidents),
        ),
        mttr_kpi(current, previous),
        Kpi(
            "mtbf",
            known(current.mtbf_hours),
            "hours",
            change=change(lambda f: f.mtbf_hours, "hours", True),
        ),
        Kpi(
            "error_budget",
            budget,
            "pct",
            "neutral" if budget is None else ("good" if budget >= 0 else "bad"),
            change(budget_left, "pct", True),
            BudgetDetail(100.0 - slo_pct),
        ),
    )
