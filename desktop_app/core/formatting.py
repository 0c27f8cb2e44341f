"""How figures are written for people: the same words in the table, the app, the CLI and the PDF.

Every function takes the language (``en`` or ``ko``). Korean keeps the decimal point and the
thousands comma; only words and the order of dates change: ``2021년 1월 1일``, ``2일 17시간``.
"""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from desktop_app.core.language import Language

DASH = "–"
#: What an incident's end or duration reads while it is not resolved.
OPEN_TEXT: dict[Language, str] = {"en": "open", "ko": "진행 중"}


def format_pct(value: float | None, digits: int = 2) -> str:
    """``99.87 %``; more digits only where rounding would show 100 % for a non-perfect value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return DASH
    text = f"{value:.{digits}f}"
    while value < 100.0 and float(text) >= 100.0 and digits < 6:
        digits += 1
        text = f"{value:.{digits}f}"
    return f"{text} %"


#: Units of a duration per language: seconds, minutes, "hours minutes", "days hours".
_UNITS: dict[Language, tuple[str, str, str, str]] = {
    "en": ("{} s", "{} min", "{} h {} min", "{} d {} h"),
    "ko": ("{}초", "{}분", "{}시간 {}분", "{}일 {}시간"),
}


def format_minutes(minutes: float | None, lang: Language = "en") -> str:
    """A duration for people: ``0 min``, ``45 s``, ``12 min``, ``3 h 0 min``, ``2 d 4 h``;
    in Korean ``0분``, ``45초``, ``12분``, ``3시간``, ``3시간 54분``, ``2일 17시간``."""
    if minutes is None or (isinstance(minutes, float) and math.isnan(minutes)):
        return DASH
    seconds_unit, minutes_unit, hours_unit, days_unit = _UNITS[lang]
    if minutes == 0:
        return minutes_unit.format(0)
    if minutes < 1:
        return seconds_unit.format(round(minutes * 60))
    total = round(minutes)
    if total < 60:
        return minutes_unit.format(total)
    hours, mins = divmod(total, 60)
    if hours < 48:
        return _drop_zero_tail(hours_unit.format(hours, mins), mins, lang)
    days, hours = divmod(hours, 24)
    return _drop_zero_tail(days_unit.format(days, hours), hours, lang)


def _drop_zero_tail(text: str, tail: int, lang: Language) -> str:
    """Korean writes ``3시간`` and ``2일``, not ``3시간 0분``; English keeps ``3 h 0 min``."""
    if lang == "ko" and tail == 0:
        return text.rsplit(" ", 1)[0]
    return text


def format_hours(hours: float | None, lang: Language = "en") -> str:
    return DASH if hours is None else format_minutes(hours * 60.0, lang)


def format_count(value: int | None) -> str:
    return DASH if value is None else f"{value:,}"


def format_plural(count: int, noun: str) -> str:
    """``1 incident``, ``3 incidents``: an English count and its regular plural."""
    return f"{format_count(count)} {noun}{'' if count == 1 else 's'}"


def format_incidents(count: int, lang: Language = "en") -> str:
    """``3 incidents`` / ``1 incident``; ``장애 3건``."""
    if lang == "ko":
        return f"장애 {count:,}건"
    return format_plural(count, "incident")


def format_time(value: pd.Timestamp | None, tz: str) -> str:
    """``2020-03-02 08:58`` in the zone ``tz``; a dash for a missing time. Tables use this form
    in both languages: it is short, sorts as text and reads the same in Korean."""
    if value is None or pd.isna(value):
        return DASH
    return value.tz_convert(tz).strftime("%Y-%m-%d %H:%M")


def format_date(day: date, lang: Language = "en") -> str:
    """``1 Jan 2021``; ``2021년 1월 1일``."""
    if lang == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일"
    return f"{day.day} {day:%b %Y}"


def format_month(day: date, lang: Language = "en") -> str:
    """``Jan 2021``; ``2021년 1월``."""
    if lang == "ko":
        return f"{day.year}년 {day.month}월"
    return f"{day:%b %Y}"


def format_quarter(day: date, lang: Language = "en", *, with_year: bool = True) -> str:
    """``2021 Q1``; ``2021년 1분기`` (``Q1`` / ``1분기`` without the year)."""
    quarter = (day.month - 1) // 3 + 1
    short = f"{quarter}분기" if lang == "ko" else f"Q{quarter}"
    if not with_year:
        return short
    return f"{day.year}년 {short}" if lang == "ko" else f"{day.year} {short}"


def format_period(start: date, granularity: str, lang: Language = "en") -> str:
    """A period named by its start: ``Mar 2020`` / ``2020년 3월`` (month), ``2020 Q1`` /
    ``2020년 1분기`` (quarter), else the day it starts (a day, or a week from Monday)."""
    if granularity == "month":
        return format_month(start, lang)
    if granularity == "quarter":
        return format_quarter(start, lang)
    return format_date(start, lang)


def format_date_range(first: date, last: date, lang: Language = "en") -> str:
    """``1 Jan 2020 – 31 Dec 2021``; ``2020년 1월 1일 ~ 2021년 12월 31일`` (both days included)."""
    separator = " ~ " if lang == "ko" else f" {DASH} "
    return f"{format_date(first, lang)}{separator}{format_date(last, lang)}"


def format_offset(moment: pd.Timestamp) -> str:
    """``UTC+9``, ``UTC+5:30``, ``UTC-3``, ``UTC``: the moment's offset from UTC."""
    offset = moment.utcoffset()
    seconds = int(offset.total_seconds()) if offset is not None else 0
    if seconds == 0:
        return "UTC"
    sign = "+" if seconds > 0 else "-"
    hours, rest = divmod(abs(seconds) // 60, 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def format_zone(tz: str, first: pd.Timestamp, last: pd.Timestamp, lang: Language = "en") -> str:
    """The zone of a span from ``first`` to ``last``: ``Asia/Seoul (UTC+09:00)`` in English,
    ``KST (UTC+9)`` in Korean (the zone's name where it has no lettered abbreviation). The
    offset is left out when it changes within the span."""
    start, end = first.tz_convert(tz), last.tz_convert(tz)
    if start.utcoffset() != end.utcoffset():
        return tz
    if lang == "ko":
        abbreviation = start.strftime("%Z")
        if abbreviation == "UTC":
            return "UTC"
        name = abbreviation if abbreviation.isalpha() else tz
        return f"{name} ({format_offset(start)})"
    offset = start.strftime("%z")
    return f"{tz} (UTC{offset[:3]}:{offset[3:]})"


def format_zone_now(tz: str, lang: Language = "en") -> str:
    """The zone with its offset at this moment (see ``format_zone``)."""
    now = pd.Timestamp.now(tz=tz)
    return format_zone(tz, now, now, lang)


NO_CHANGE: dict[Language, str] = {"en": "no change", "ko": "변화 없음"}
#: A change of a percentage, in percentage points.
POINTS: dict[Language, str] = {"en": "pp", "ko": "%p"}


def format_change(
    current: float | None, previous: float | None, unit: str = "", lang: Language = "en"
) -> str | None:
    """``+2`` / ``−0.05 pp``-style change against the previous period, ``NO_CHANGE[lang]`` when
    it rounds to nothing at the precision shown, or None if unknown."""
    if current is None or previous is None:
        return None
    delta = current - previous
    if unit == "pp":
        shown = f"{abs(delta):.2f} {POINTS[lang]}"
    elif unit == "min":
        shown = format_minutes(abs(delta), lang)
    elif unit == "h":
        shown = format_hours(abs(delta), lang)
    else:
        shown = f"{abs(delta):,.0f}"
    if not any(c in "123456789" for c in shown):
        return NO_CHANGE[lang]
    return ("+" if delta > 0 else "−") + shown


def format_text(value: object) -> str:
    """A cell as text; missing values read as nothing."""
    return "" if value is None or pd.isna(value) else str(value)
