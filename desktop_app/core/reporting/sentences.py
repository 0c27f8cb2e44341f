"""Plain-language text of the report: the period, the zone and the summary sentences.

English sentences are full sentences; Korean ones are written as a Korean executive summary
is (개조식, noun endings: "가용성 99.96 %, 목표 99.9 % 달성"), not translated word by word.
"""

from __future__ import annotations

import math
from datetime import datetime

import pandas as pd

from desktop_app.core.formatting import (
    format_count,
    format_date,
    format_date_range,
    format_incidents,
    format_minutes,
    format_offset,
    format_pct,
    format_plural,
    format_zone,
)
from desktop_app.core.language import Language
from desktop_app.core.metrics.figures import Figures, MetricsResult, error_budget_left_pct
from desktop_app.core.metrics.kpis import slo_met
from desktop_app.core.settings import DEFAULT_LIMITS, Settings
from desktop_app.core.window import Window


def format_target(slo_pct: float) -> str:
    """``99.9 %``: a target as people write it, without trailing zeros."""
    return f"{f'{slo_pct:.4f}'.rstrip('0').rstrip('.')} %"


def format_threshold(hours: float, lang: Language = "en") -> str:
    """``2 h`` / ``2시간``: the notice threshold as a rule states it."""
    return f"{hours:g}시간" if lang == "ko" else f"{hours:g} h"


def period_text(window: Window, lang: Language = "en") -> str:
    """``1 Jan 2020 – 31 Dec 2021``; ``2020년 1월 1일 ~ 2021년 12월 31일`` (both days included);
    ``(to date)`` / ``(현재까지)`` follows when the window was cut at the analysis."""
    text = format_date_range(window.start.date(), window.last_day, lang)
    if not window.to_date:
        return text
    return f"{text} ({'현재까지' if lang == 'ko' else 'to date'})"


def zone_text(window: Window, lang: Language = "en") -> str:
    """``Asia/Seoul (UTC+09:00)``; ``KST (UTC+9)``. See ``formatting.format_zone``."""
    return format_zone(window.tz, window.start, window.end - pd.Timedelta(nanoseconds=1), lang)


def generated_text(generated_at: datetime, tz: str, lang: Language = "en") -> str:
    """``2026-11-25 18:27 Asia/Seoul``; ``2026년 11월 25일 18:27 (UTC+9)``."""
    local = pd.Timestamp(generated_at).tz_convert(tz)
    if lang == "ko":
        return f"{format_date(local.date(), lang)} {local:%H:%M} ({format_offset(local)})"
    return f"{local:%Y-%m-%d %H:%M} {tz}"


def headline_sentence(overall: Figures, slo_pct: float, lang: Language = "en") -> str:
    met = slo_met(overall.availability_pct, slo_pct)
    critical = overall.by_severity.get("critical", 0)
    availability, target = format_pct(overall.availability_pct), format_target(slo_pct)
    if lang == "ko":
        count = f"장애 {format_count(overall.incidents)}건 중 심각 {format_count(critical)}건"
        incidents = count if overall.incidents else "장애 없음"
        return f"가용성 {availability}, 목표 {target} {'달성' if met else '미달'}. {incidents}."
    side = "at or above" if met else "below"
    if overall.incidents:
        incidents = f"{format_plural(overall.incidents, 'incident')}, {critical} critical"
    else:
        incidents = "no incidents"
    return f"Availability was {availability}, {side} the {target} target; {incidents}."


#: A title quoted in a sentence is cut to this many characters.
QUOTE_CHARS = 80


def _quote(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


#: Korean readings of the digits 0-9 end in a consonant (으로) or not (로); ㄹ takes 로.
_DIGIT_TAKES_EURO = "1001001000"  # 영 일 이 삼 사 오 육 칠 팔 구: 0, 3 and 6 take 으로


def particle_ro(word: str) -> str:
    """The particle 로 or 으로 after ``word``, by its last sound; ``(으)로`` when unknown."""
    stripped = word.rstrip("'\" )]")
    last = stripped[-1:] or " "
    if "가" <= last <= "힣":
        final = (ord(last) - ord("가")) % 28
        return "로" if final in (0, 8) else "으로"
    if last.isdigit():
        return "으로" if _DIGIT_TAKES_EURO[int(last)] == "1" else "로"
    return "(으)로"


def longest_sentence(
    service: str, title: str, duration: str, is_open: bool, lang: Language = "en"
) -> str:
    if lang == "ko":
        what = f"{_quote(service)} '{_quote(title)}'" if title else f"{_quote(service)} 장애"
        tail = f"{duration}째 진행 중" if is_open else f"{duration} 지속"
        return f"가장 긴 장애는 {what}{particle_ro(what)} {tail}."
    what = f"{_quote(service)} '{_quote(title)}'" if title else f"a {_quote(service)} incident"
    verb = "has been open for" if is_open else "lasted"
    return f"The longest, {what}, {verb} {duration}."


def _downtime(minutes: float, lang: Language) -> str:
    if minutes > 0:
        return format_minutes(minutes, lang)
    return "없음" if lang == "ko" else "none"


def change_sentence(current: Figures, previous: Figures | None, lang: Language = "en") -> str:
    """``previous`` is None when no loaded incident starts before the window, so there is no
    data to compare with (rather than a quiet period)."""
    if lang == "ko":
        return _change_sentence_ko(current, previous)
    if previous is None:
        return (
            "No incident data was loaded for the previous period of equal length, so there is "
            "nothing to compare with."
        )
    if previous.incidents == 0 and previous.downtime_minutes == 0 and current.incidents == 0:
        return "As in the previous period of equal length, there was no downtime."
    delta = current.availability_pct - previous.availability_pct
    if abs(delta) < DEFAULT_LIMITS.unchanged_points:
        trend = "was unchanged from"
    else:
        trend = f"{'rose' if delta > 0 else 'fell'} by {abs(delta):.2f} pp against"
    return (
        f"Availability {trend} the previous period of equal length "
        f"({format_pct(previous.availability_pct)}); downtime went from "
        f"{_downtime(previous.downtime_minutes, lang)} to "
        f"{_downtime(current.downtime_minutes, lang)} and incidents from "
        f"{format_count(previous.incidents)} to {format_count(current.incidents)}."
    )


def _change_sentence_ko(current: Figures, previous: Figures | None) -> str:
    if previous is None:
        return "직전 같은 길이의 기간은 장애 데이터가 없어 비교하지 않음."
    if previous.incidents == 0 and previous.downtime_minutes == 0 and current.incidents == 0:
        return "직전 같은 길이의 기간과 마찬가지로 장애 시간 없음."
    delta = current.availability_pct - previous.availability_pct
    before = f"직전 같은 길이의 기간({format_pct(previous.availability_pct)})"
    if abs(delta) < DEFAULT_LIMITS.unchanged_points:
        trend = f"가용성은 {before}과 같음"
    else:
        trend = f"가용성은 {before}보다 {abs(delta):.2f} %p {'상승' if delta > 0 else '하락'}"
    return (
        f"{trend}. 장애 시간 {_downtime(previous.downtime_minutes, 'ko')} → "
        f"{_downtime(current.downtime_minutes, 'ko')}, 장애 건수 "
        f"{format_count(previous.incidents)}건 → {format_count(current.incidents)}건."
    )


def services_sentence(
    metrics: MetricsResult, settings: Settings, lang: Language = "en"
) -> str | None:
    """How many services missed their target (each its own, where the library set one)."""
    services = metrics.services
    if services.empty:
        return None
    targets = services["service"].map(settings.slo_for)
    missed = int((~slo_met(services["availability_pct"], targets)).sum())
    total = len(services)
    if missed == 0:
        if lang == "ko":
            return f"서비스 {format_count(total)}개 모두 목표 달성."
        return f"All {format_plural(total, 'service')} met the target."
    worst = services.sort_values(
        ["availability_pct", "downtime_minutes"], ascending=[True, False], kind="stable"
    ).iloc[0]
    availability = format_pct(float(worst["availability_pct"]))
    downtime = format_minutes(float(worst["downtime_minutes"]), lang)
    if lang == "ko":
        return (
            f"서비스 {format_count(total)}개 중 {format_count(missed)}개 목표 미달. 가장 낮은 "
            f"서비스는 {worst['service']}(가용성 {availability}, 장애 시간 {downtime})."
        )
    return (
        f"{format_count(missed)} of {format_plural(total, 'service')} missed the target; "
        f"the lowest, {worst['service']}, was at {availability} with {downtime} of downtime."
    )


def _budget_text(budget: float, lang: Language) -> str:
    """How much of the error budget was used, or that a 100 % target leaves none."""
    used = format_pct(100.0 - budget, 1)
    if lang == "ko":
        if not math.isfinite(budget):
            return "목표가 100 %라 오류 예산 없음"
        return f"오류 예산 {used} 사용" + ("" if budget >= 0 else "으로 소진")
    if not math.isfinite(budget):
        return "a 100 % target leaves no error budget"
    used_text = f"{used} of the error budget was used"
    return used_text if budget >= 0 else f"{used_text}, so it is exhausted"


def recovery_sentence(overall: Figures, slo_pct: float, lang: Language = "en") -> str:
    budget = _budget_text(error_budget_left_pct(overall.availability_pct, slo_pct), lang)
    median, mean = overall.mttr_median_minutes, overall.mttr_minutes
    if lang == "ko":
        if median is None:
            return f"기간 중 복구된 장애 없음. {budget}."
        still_open = overall.open_incidents
        opened = f" 기간 말 현재 진행 중 {still_open}건." if still_open else ""
        return (
            f"장애의 절반은 {format_minutes(median, lang)} 이내 복구(n = {overall.mttr_n}, 평균 "
            f"{format_minutes(mean, lang)}).{opened} {budget}."
        )
    if median is None:
        return f"No incident was resolved in the period; {budget}."
    opened = ""
    if overall.open_incidents:
        still_open = format_plural(overall.open_incidents, "incident")
        opened = f" {still_open} still open at the period's end;"
    return (
        f"Half of the incidents were resolved within {format_minutes(median)}"
        f" (n = {overall.mttr_n}, mean {format_minutes(mean)});{opened} {budget}."
    )


def notice_sentence(count: int, threshold_hours: float, lang: Language = "en") -> str:
    """How many outages reach the user-notice threshold."""
    threshold = format_threshold(threshold_hours, lang)
    if lang == "ko":
        if not count:
            return f"{threshold} 이상 이어진 장애 없음(이용자 고지 대상 없음)."
        return f"{threshold} 이상 이어진 {format_incidents(count, lang)}은 이용자 고지 대상."
    if not count:
        return f"No outage lasted {threshold} or more, the threshold for notifying users."
    outages = format_plural(count, "outage")
    return f"{outages} lasted {threshold} or more and must be notified to users."
