"""Plain-language text of the report: the period, the zone and the summary sentences."""

from __future__ import annotations

import math
from datetime import datetime

import pandas as pd

from desktop_app.core.formatting import format_count, format_minutes, format_pct
from desktop_app.core.metrics.figures import Figures, MetricsResult, error_budget_left_pct
from desktop_app.core.metrics.kpis import slo_met
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window


def format_target(slo_pct: float) -> str:
    """``99.9 %``: a target as people write it, without trailing zeros."""
    return f"{f'{slo_pct:.4f}'.rstrip('0').rstrip('.')} %"


def period_text(window: Window) -> str:
    """``1 Jan 2020 – 31 Dec 2021`` (both days included)."""
    first, last = window.start.date(), window.last_day
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"


def zone_text(window: Window) -> str:
    """``Asia/Seoul (UTC+09:00)``; the offset is left out when it changes inside the window."""
    start_offset = window.start.strftime("%z")
    end_offset = (window.end - pd.Timedelta(nanoseconds=1)).strftime("%z")
    if start_offset != end_offset:
        return window.tz
    return f"{window.tz} (UTC{start_offset[:3]}:{start_offset[3:]})"


def generated_text(generated_at: datetime, tz: str) -> str:
    """``2026-11-25 18:27 Asia/Seoul``."""
    return f"{pd.Timestamp(generated_at).tz_convert(tz):%Y-%m-%d %H:%M} {tz}"


def _plural(count: int, word: str) -> str:
    return f"{format_count(count)} {word}{'' if count == 1 else 's'}"


def headline_sentence(overall: Figures, slo_pct: float) -> str:
    side = "at or above" if slo_met(overall.availability_pct, slo_pct) else "below"
    critical = overall.by_severity.get("critical", 0)
    if overall.incidents:
        incidents = f"{_plural(overall.incidents, 'incident')}, {critical} critical"
    else:
        incidents = "no incidents"
    return (
        f"Availability was {format_pct(overall.availability_pct)}, {side} the "
        f"{format_target(slo_pct)} target; {incidents}."
    )


#: A title quoted in a sentence is cut to this many characters.
QUOTE_CHARS = 80


def _quote(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


def longest_sentence(service: str, title: str, duration: str, is_open: bool) -> str:
    what = f"{_quote(service)} '{_quote(title)}'" if title else f"a {_quote(service)} incident"
    verb = "has been open for" if is_open else "lasted"
    return f"The longest, {what}, {verb} {duration}."


def _downtime(minutes: float) -> str:
    return format_minutes(minutes) if minutes > 0 else "none"


def change_sentence(current: Figures, previous: Figures | None) -> str:
    """``previous`` is None when no loaded incident starts before the window, so there is no
    data to compare with (rather than a quiet period)."""
    if previous is None:
        return (
            "No incident data was loaded for the previous period of equal length, so there is "
            "nothing to compare with."
        )
    if previous.incidents == 0 and previous.downtime_minutes == 0 and current.incidents == 0:
        return "As in the previous period of equal length, there was no downtime."
    delta = current.availability_pct - previous.availability_pct
    if abs(delta) < 0.005:
        trend = "was unchanged from"
    else:
        trend = f"{'rose' if delta > 0 else 'fell'} by {abs(delta):.2f} pp against"
    return (
        f"Availability {trend} the previous period of equal length "
        f"({format_pct(previous.availability_pct)}); downtime went from "
        f"{_downtime(previous.downtime_minutes)} to {_downtime(current.downtime_minutes)}"
        f" and incidents from {format_count(previous.incidents)} to "
        f"{format_count(current.incidents)}."
    )


def services_sentence(metrics: MetricsResult, settings: Settings) -> str | None:
    services = metrics.services
    if services.empty:
        return None
    targets = services["service"].map(settings.slo_for)
    missed = int((~slo_met(services["availability_pct"], targets)).sum())
    total = len(services)
    if missed == 0:
        return f"All {_plural(total, 'service')} met the target."
    worst = services.sort_values(
        ["availability_pct", "downtime_minutes"], ascending=[True, False], kind="stable"
    ).iloc[0]
    return (
        f"{format_count(missed)} of {_plural(total, 'service')} missed the target; the lowest, "
        f"{worst['service']}, was at {format_pct(float(worst['availability_pct']))} with "
        f"{format_minutes(float(worst['downtime_minutes']))} of downtime."
    )


def recovery_sentence(overall: Figures, slo_pct: float) -> str:
    budget = error_budget_left_pct(overall.availability_pct, slo_pct)
    used = f"{format_pct(100.0 - budget, 1)} of the error budget was used"
    if not math.isfinite(budget):
        budget_text = "a 100 % target leaves no error budget"
    else:
        budget_text = used if budget >= 0 else f"{used}, so it is exhausted"
    if overall.mttr_median_minutes is None:
        return f"No incident was resolved in the period; {budget_text}."
    opened = ""
    if overall.open_incidents:
        opened = f" {_plural(overall.open_incidents, 'incident')} still open at the period's end;"
    return (
        f"Half of the incidents were resolved within {format_minutes(overall.mttr_median_minutes)}"
        f" (mean {format_minutes(overall.mttr_minutes)});{opened} {budget_text}."
    )
