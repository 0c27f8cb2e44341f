"""The headline tiles shown on the app's overview and the PDF's summary page."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal, TypeVar

import numpy as np
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
from desktop_app.core.language import Language
from desktop_app.core.metrics.figures import Figures, error_budget_left_pct
from desktop_app.core.settings import DEFAULT_LIMITS

Status = Literal["good", "bad", "neutral"]
Availability = TypeVar("Availability", float, pd.Series)


def slo_met(availability_pct: Availability, slo_pct: float) -> Availability:
    """Whether availability meets the target (a figure or a column): decided here, once."""
    return availability_pct >= slo_pct


def shortfall_bands(
    availability_pct: pd.Series | np.ndarray, slo_pct: float | np.ndarray
) -> np.ndarray:
    """0 when the target is met, else 1-3 by how many error budgets the shortfall is (the
    bands the report names in ``SHORTFALL_BANDS``); ``slo_pct`` is one target or one per
    row."""
    shortfall = (slo_pct - np.asarray(availability_pct, dtype=float)).clip(min=0.0)
    budget = np.maximum(100.0 - np.asarray(slo_pct, dtype=float), 1e-9)
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


#: Tile labels and the words of their detail lines and notes, per language.
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
        "mttr_detail": "n = {} · mean {}",
        "mtbf": "MTBF per service",
        "mtbf_detail": "uptime per incident, services' uptimes added",
        "error_budget": "Error budget left",
        "budget_detail": "of {} allowed downtime",
        "versus": "{} vs previous period",
        "too_few": "too few incidents to judge a trend",
        "no_clear_change": "no clear change",
        "counts": "n = {} vs {}",
        "interval": "{} interval {}",
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
        "mttr_detail": "n = {} · 평균 {}",
        "mtbf": "서비스별 MTBF",
        "mtbf_detail": "장애 1건당 가동 시간(서비스 가동 시간 합산)",
        "error_budget": "남은 오류 예산",
        "budget_detail": "허용 장애 시간 {} 중",
        "versus": "{} (직전 기간 대비)",
        "too_few": "추세를 판단하기에 장애가 너무 적음",
        "no_clear_change": "뚜렷한 변화 없음",
        "counts": "n = {} 대 {}",
        "interval": "{} 구간 {}",
    },
}


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
    language: Language = "en"

    @property
    def change_text(self) -> str | None:
        """The change as a reader sees it: ``−12 min vs previous period``."""
        if self.change is None:
            return None
        return _WORDS[self.language]["versus"].format(self.change) if self.versus else self.change


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


def confidence_label() -> str:
    """``90 %``: the confidence of the MTTR interval, as labels write it."""
    return f"{DEFAULT_LIMITS.bootstrap_confidence * 100:g} %"


def format_interval(low: float | None, high: float | None, lang: Language = "en") -> str:
    """``30 min – 55 min``; a dash when the interval is unknown."""
    if low is None or high is None or math.isnan(low) or math.isnan(high):
        return DASH
    return f"{format_minutes(low, lang)} – {format_minutes(high, lang)}"


def interval_text(figures: Figures, lang: Language = "en") -> str:
    """``90 % interval 30 min – 55 min`` for the median MTTR, or a dash when unknown."""
    low, high = figures.mttr_median_low_minutes, figures.mttr_median_high_minutes
    return _WORDS[lang]["interval"].format(confidence_label(), format_interval(low, high, lang))


def mttr_change(
    current: Figures, previous: Figures | None, lang: Language = "en"
) -> tuple[str | None, bool | None, bool]:
    """The MTTR change against ``previous``: ``(text, improved, versus)``.

    Better or worse only when the two medians' intervals do not overlap; fewer than
    ``Limits.trend_min_incidents`` resolved incidents on either side judge nothing."""
    if previous is None or current.mttr_median_minutes is None:
        return None, None, True
    words = _WORDS[lang]
    counts = words["counts"].format(current.mttr_n, previous.mttr_n)
    if min(current.mttr_n, previous.mttr_n) < DEFAULT_LIMITS.trend_min_incidents:
        return f"{words['too_few']} ({counts})", None, False
    now, before = current.mttr_interval, previous.mttr_interval
    if now is None or before is None or (now[0] <= before[1] and before[0] <= now[1]):
        return f"{words['no_clear_change']} ({counts})", None, False
    change, improved = _compare(
        current.mttr_median_minutes, previous.mttr_median_minutes, "min", False, lang
    )
    return change, improved, True


def mttr_kpi(current: Figures, previous: Figures | None, lang: Language = "en") -> Kpi:
    """Median MTTR with its n; the interval goes in the note (tooltip, PDF tile)."""
    words = _WORDS[lang]
    change, improved, versus = mttr_change(current, previous, lang)
    note = interval_text(current, lang)
    if current.mttr_n and current.mttr_n < DEFAULT_LIMITS.trend_min_incidents:
        note += f"; {words['too_few']}"
    return Kpi(
        "mttr",
        words["mttr"],
        format_minutes(current.mttr_median_minutes, lang),
        words["mttr_detail"].format(current.mttr_n, format_minutes(current.mttr_minutes, lang)),
        change,
        improved,
        status="neutral",
        note=note,
        versus=versus,
        language=lang,
    )


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
            language=lang,
        ),
        Kpi(
            "downtime",
            words["downtime"],
            format_minutes(current.downtime_minutes, lang),
            words["maintenance"].format(format_minutes(current.maintenance_minutes, lang)),
            *_compare(current.downtime_minutes, prev and prev.downtime_minutes, "min", False, lang),
            status="neutral",
            language=lang,
        ),
        Kpi(
            "incidents",
            words["incidents"],
            format_count(current.incidents),
            words["incidents_detail"].format(critical, current.open_incidents),
            *_compare(current.incidents, prev and prev.incidents, "", False, lang),
            status="neutral",
            language=lang,
        ),
        mttr_kpi(current, prev, lang),
        Kpi(
            "mtbf",
            words["mtbf"],
            format_hours(current.mtbf_hours, lang),
            words["mtbf_detail"],
            *_compare(current.mtbf_hours, prev and prev.mtbf_hours, "h", True, lang),
            status="neutral",
            language=lang,
        ),
        Kpi(
            "error_budget",
            words["error_budget"],
            format_pct(budget_left, 1),
            words["budget_detail"].format(format_pct(100.0 - slo_pct, 2)),
            *_compare(budget_left, budget_prev, "pp", True, lang),
            status="good" if budget_left >= 0 else "bad",
            language=lang,
        ),
    ]
