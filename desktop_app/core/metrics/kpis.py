"""The headline tiles shown on the app's overview and the PDF's summary page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeVar

import pandas as pd

from desktop_app.core.formatting import (
    NO_CHANGE,
    format_change,
    format_count,
    format_hours,
    format_minutes,
    format_pct,
)
from desktop_app.core.language import Language
from desktop_app.core.metrics.figures import Figures, error_budget_left_pct

Status = Literal["good", "bad", "neutral"]
Availability = TypeVar("Availability", float, pd.Series)


def slo_met(availability_pct: Availability, slo_pct: float) -> Availability:
    """Whether availability meets the target (a figure or a column): decided here, once."""
    return availability_pct >= slo_pct


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
    current: float | None,
    previous: float | None,
    unit: str,
    higher_is_better: bool,
    lang: Language = "en",
) -> tuple[str | None, bool | None]:
    """The change as shown, and whether it is for the better (None: unknown or no change)."""
    change = format_change(current, previous, unit, lang)
    if change is None or change == NO_CHANGE[lang]:
        return change, None
    return change, (current > previous) == higher_is_better  # type: ignore[operator]


#: Tile labels and the words of their detail lines, per language.
_WORDS: dict[Language, dict[str, str]] = {
    "en": {
        "availability": "Availability",
        "target": "target {} · {}",
        "met": "met",
        "missed": "missed",
        "downtime": "Downtime",
        "maintenance": "maintenance {}",
        "incidents": "Incidents",
        "incidents_detail": "{} critical · {} open",
        "mttr": "MTTR (median)",
        "mttr_detail": "mean {}",
        "mtbf": "MTBF",
        "mtbf_detail": "mean time between failures",
        "error_budget": "Error budget left",
        "budget_detail": "of {} allowed downtime",
    },
    "ko": {
        "availability": "가용성",
        "target": "목표 {} · {}",
        "met": "달성",
        "missed": "미달",
        "downtime": "장애 시간",
        "maintenance": "점검 {}",
        "incidents": "장애 건수",
        "incidents_detail": "심각 {}건 · 진행 중 {}건",
        "mttr": "MTTR (중앙값)",
        "mttr_detail": "평균 {}",
        "mtbf": "MTBF",
        "mtbf_detail": "평균 장애 간격",
        "error_budget": "남은 오류 예산",
        "budget_detail": "허용 장애 시간 {} 중",
    },
}


def build_kpis(
    current: Figures, previous: Figures | None, slo_pct: float, lang: Language = "en"
) -> list[Kpi]:
    """Tiles for ``current`` with the change against ``previous`` (the period before)."""
    prev, words = previous, _WORDS[lang]
    met = slo_met(current.availability_pct, slo_pct)
    budget_left = error_budget_left_pct(current.availability_pct, slo_pct)
    budget_prev = None if prev is None else error_budget_left_pct(prev.availability_pct, slo_pct)
    critical = current.by_severity.get("critical", 0)
    return [
        Kpi(
            "availability",
            words["availability"],
            format_pct(current.availability_pct),
            words["target"].format(format_pct(slo_pct, 2), words["met" if met else "missed"]),
            *_compare(current.availability_pct, prev and prev.availability_pct, "pp", True, lang),
            status="good" if met else "bad",
        ),
        Kpi(
            "downtime",
            words["downtime"],
            format_minutes(current.downtime_minutes, lang),
            words["maintenance"].format(format_minutes(current.maintenance_minutes, lang)),
            *_compare(current.downtime_minutes, prev and prev.downtime_minutes, "min", False, lang),
            status="neutral",
        ),
        Kpi(
            "incidents",
            words["incidents"],
            format_count(current.incidents),
            words["incidents_detail"].format(critical, current.open_incidents),
            *_compare(current.incidents, prev and prev.incidents, "", False, lang),
            status="neutral",
        ),
        Kpi(
            "mttr",
            words["mttr"],
            format_minutes(current.mttr_median_minutes, lang),
            words["mttr_detail"].format(format_minutes(current.mttr_minutes, lang)),
            *_compare(
                current.mttr_median_minutes, prev and prev.mttr_median_minutes, "min", False, lang
            ),
            status="neutral",
        ),
        Kpi(
            "mtbf",
            words["mtbf"],
            format_hours(current.mtbf_hours, lang),
            words["mtbf_detail"],
            *_compare(current.mtbf_hours, prev and prev.mtbf_hours, "h", True, lang),
            status="neutral",
        ),
        Kpi(
            "error_budget",
            words["error_budget"],
            format_pct(budget_left, 1),
            words["budget_detail"].format(format_pct(100.0 - slo_pct, 2)),
            *_compare(budget_left, budget_prev, "pp", True, lang),
            status="good" if budget_left >= 0 else "bad",
        ),
    ]
