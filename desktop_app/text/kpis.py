"""The words of the headline tiles (``core.metrics.kpis.Kpi``): label, value, detail line,
change against the previous period and note, for the app's Overview and the PDF."""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop_app.core.metrics.kpis import (
    AvailabilityDetail,
    BudgetDetail,
    Change,
    DowntimeDetail,
    IncidentsDetail,
    Kpi,
    MttrDetail,
    MttrTrend,
    MttrVerdict,
    Unit,
)
from desktop_app.text.render import DASH, Text
from desktop_app.text.terms import FIGURE_TERMS


@dataclass(frozen=True)
class Tile:
    """A tile as people read it. ``change`` is None without a comparison (``−12 min``, or a
    verdict: ``no clear change (n = 8 vs 6)``); ``change_text`` is the line as shown
    (``−12 min vs previous period``); ``versus`` is False when it is a verdict."""

    label: str
    value: str
    detail: str
    change: str | None
    change_text: str | None
    note: str
    improved: bool | None
    versus: bool


def confidence(share: float) -> str:
    """``90 %``: the confidence of the MTTR interval, as labels write it."""
    return f"{share * 100:g} %"


def interval(text: Text, low: float | None, high: float | None) -> str:
    """``30 min – 55 min``; a dash when the interval is unknown."""
    if low is None or high is None or math.isnan(low) or math.isnan(high):
        return DASH
    return f"{text.minutes(low)} – {text.minutes(high)}"


def interval_note(text: Text, share: float, low: float | None, high: float | None) -> str:
    """``90 % interval 30 min – 55 min`` for a median MTTR."""
    return text.gettext("{confidence} interval {interval}").format(
        confidence=confidence(share), interval=interval(text, low, high)
    )


def figure(text: Text, value: float | None, unit: Unit, digits: int = 2) -> str:
    """A tile's figure: ``99.87 %``, ``3 h 0 min``, ``1,204``."""
    if unit == "pct":
        return text.pct(value, digits)
    if unit == "minutes":
        return text.minutes(value)
    if unit == "hours":
        return text.hours(value)
    return text.count(None if value is None else int(value))


def signed_change(text: Text, change: Change, unit: Unit) -> str:
    """``+2``, ``−0.05 pp``, ``−12 min``; ``no change`` within noise."""
    if not change.clear:
        return text.no_change()
    size = abs(change.delta)
    if unit == "pct":
        shown = text.points(size)
    elif unit == "count":
        shown = f"{size:,.0f}"
    else:
        shown = figure(text, size, unit)
    return ("+" if change.delta > 0 else "−") + shown


def too_few(text: Text) -> str:
    return text.gettext("too few incidents to judge a trend")


def trend_verdict(text: Text, trend: MttrTrend) -> str:
    """``no clear change (n = 8 vs 6)``; ``too few incidents to judge a trend (n = 4 vs 6)``."""
    words = (
        too_few(text) if trend.verdict is MttrVerdict.TOO_FEW else text.gettext("no clear change")
    )
    counts = text.gettext("n = {n} vs {previous}").format(n=trend.n, previous=trend.previous_n)
    return f"{words} ({counts})"


def versus(text: Text, change: str) -> str:
    return text.gettext("{change} vs previous period").format(change=change)


def _change(text: Text, kpi: Kpi) -> tuple[str | None, bool]:
    """The change and whether it is a difference (False: a verdict)."""
    detail = kpi.detail
    trend = detail.trend if isinstance(detail, MttrDetail) else None
    if trend is not None and kpi.change is None:
        return trend_verdict(text, trend), False
    if kpi.change is None:
        return None, True
    return signed_change(text, kpi.change, kpi.unit), True


def counting_open(text: Text, detail: AvailabilityDetail) -> str | None:
    """``97.39 % counting 1 open incident``: the availability were every undecided open
    incident down, while any is undecided (the tile reads ``99.97 % · 97.39 % counting …``)."""
    if not detail.undecided or detail.counting_open_pct is None:
        return None
    return text.ngettext(
        "{availability} counting {count} open incident",
        "{availability} counting {count} open incidents",
        detail.undecided,
    ).format(availability=text.pct(detail.counting_open_pct, 2), count=detail.undecided)


def _detail(text: Text, kpi: Kpi) -> str:
    detail = kpi.detail
    if isinstance(detail, AvailabilityDetail):
        if detail.met is None:
            verdict = text.no_data()
        elif detail.met:
            verdict = text.pgettext("target", "met")
        else:
            verdict = text.pgettext("target", "missed")
        line = text.gettext("target {target} · {verdict}").format(
            target=text.pct(detail.target_pct, 2), verdict=verdict
        )
        counting = counting_open(text, detail)
        return line if counting is None else f"{counting} · {line}"
    if isinstance(detail, DowntimeDetail):
        return text.gettext("maintenance {minutes}").format(
            minutes=text.minutes(detail.maintenance_minutes)
        )
    if isinstance(detail, IncidentsDetail):
        return text.gettext("{critical} critical · {open} open").format(
            critical=detail.critical, open=detail.open
        )
    if isinstance(detail, MttrDetail):
        return text.gettext("n = {n} · mean {mean}").format(
            n=detail.n, mean=text.minutes(detail.mean_minutes)
        )
    if isinstance(detail, BudgetDetail):
        return text.gettext("of {allowed} allowed downtime").format(
            allowed=text.pct(detail.allowed_pct, 2)
        )
    return text.gettext("uptime per incident, services' uptimes added")


def _note(text: Text, kpi: Kpi) -> str:
    """The MTTR tile's interval, and that its n is too few to judge a trend unless the change
    line says so already (said once)."""
    detail = kpi.detail
    if not isinstance(detail, MttrDetail):
        return ""
    note = interval_note(text, detail.confidence, detail.low_minutes, detail.high_minutes)
    said = detail.trend is not None and detail.trend.verdict is MttrVerdict.TOO_FEW
    return f"{note}; {too_few(text)}" if detail.too_few and not said else note


#: Tiles whose figure is unknown only where the data covers none of the window.
_KNOWN_FROM_DATA = ("availability", "downtime", "error_budget")


def label(text: Text, key: str) -> str:
    """The name of a tile's figure (``MTTR (median)``), as the tables' headers name it too."""
    return text.term(FIGURE_TERMS[key])


def tile(text: Text, kpi: Kpi) -> Tile:
    """``kpi`` in the words of ``text``."""
    change, is_difference = _change(text, kpi)
    digits = 1 if kpi.key == "error_budget" else 2
    unknown = kpi.value is None and kpi.key in _KNOWN_FROM_DATA
    return Tile(
        label=label(text, kpi.key),
        value=text.no_data() if unknown else figure(text, kpi.value, kpi.unit, digits),
        detail=_detail(text, kpi),
        change=change,
        change_text=versus(text, change) if change is not None and is_difference else change,
        note=_note(text, kpi),
        improved=kpi.improved,
        versus=is_difference,
    )
