"""Numbers, dates, durations, periods, terms and coded messages in one language.

``text_for(lang)`` gives the renderer of a language: ``Text`` writes English and, through the
catalogue, every language whose grammar needs nothing more than other words and word order;
a language with rules of its own (Korean: no zero tails, particles) subclasses it in its own
module. Nothing outside this package asks which language it is writing.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import astuple
from typing import Literal

import pandas as pd

from desktop_app.core.messages import Day, FileMessageError, Message, MessageError, Term
from desktop_app.core.metrics.counting import Tally
from desktop_app.core.model import NO_SERVICE, NO_SERVICE_TERM
from desktop_app.text.catalogue import translations
from desktop_app.text.language import Language
from desktop_app.text.terms import (
    COLUMN_TERMS,
    GRANULARITY_TERMS,
    IMPACT_TERMS,
    SEVERITY_TERMS,
)

DASH = "–"
#: What a time axis's tick names, by the spacing of its ticks.
TickLevel = Literal["year", "month", "day", "time"]
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class Text:
    """The words of one language. Subclasses change grammar, never the figures."""

    #: Whether a calendar names the year before the month (``2019년 12월``).
    year_first = False

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        self._catalogue = translations(lang)

    # The catalogue (Babel extracts these calls by name).
    def gettext(self, text: str) -> str:
        return self._catalogue.gettext(text)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self._catalogue.ngettext(singular, plural, count)

    def pgettext(self, context: str, text: str) -> str:
        return self._catalogue.pgettext(context, text)

    # Terms and coded messages.
    def term(self, term: Term) -> str:
        return self.pgettext(term.context, term.word)

    def severity(self, key: str) -> str:
        """``Critical`` / ``심각``; an unknown key is shown as it is."""
        term = SEVERITY_TERMS.get(key)
        return key if term is None else self.term(term)

    def impact(self, key: str) -> str:
        """``Full outage`` / ``전면 장애``; an unknown key is shown as it is."""
        term = IMPACT_TERMS.get(key)
        return key if term is None else self.term(term)

    def column(self, key: str) -> str:
        """A shared column header (``text.terms.COLUMN_TERMS``): ``Service`` / ``서비스``."""
        return self.term(COLUMN_TERMS[key])

    def granularity(self, key: str) -> str:
        term = GRANULARITY_TERMS.get(key)
        return key if term is None else self.term(term)

    def message(self, message: Message, tz: str | None = None) -> str:
        """The message in this language; its values rendered here too (terms, nested
        messages, days: in the display zone ``tz``, else the zone their maker knew), the rest
        as they are."""
        count = message.count
        kind = message.kind
        if kind.plural is not None and count is not None:
            template = self.ngettext(kind.template, kind.plural, count)
        else:
            template = self.gettext(kind.template)
        return template.format(**{k: self._value(v, tz) for k, v in message.params.items()})

    def error(self, error: BaseException, tz: str | None = None) -> str:
        """An error core raised with a coded message (``PATH: reason`` for a file's); any
        other error as its own text."""
        if isinstance(error, FileMessageError):
            return f"{error.file}: {self.message(error.reason, tz)}"
        if isinstance(error, MessageError):
            return self.message(error.message, tz)
        return str(error)

    def service(self, name: str) -> str:
        """A service's name; the stand-in for rows without one (``(no service)``) translated."""
        return self.term(NO_SERVICE_TERM) if name == NO_SERVICE else name

    def _value(self, value: object, tz: str | None) -> object:
        if isinstance(value, Message):
            return self.message(value, tz)
        if isinstance(value, Term):
            return self.term(value)
        if isinstance(value, Day):
            return value.date_in(tz)
        return value

    def listing(self, words: Sequence[str]) -> str:
        """``critical, major and minor``: words joined as a sentence lists them."""
        if len(words) < 2:
            return "".join(words)
        return self.gettext("{first} and {last}").format(
            first=", ".join(words[:-1]), last=words[-1]
        )

    def with_ro(self, word: str) -> str:
        """``word`` as the subject of "lasted" / "has been open" takes it: as it is in English;
        Korean adds the particle 로/으로."""
        return word

    def no_data(self) -> str:
        """What a figure the data does not cover shows instead of a number."""
        return self.gettext("no data")

    def availability(self, value: float | None, digits: int = 2) -> str:
        """``99.87 %``; ``no data`` where the data covers none of the period (NaN)."""
        if value is None or math.isnan(value):
            return self.no_data()
        return self.pct(value, digits)

    # Numbers.
    @staticmethod
    def pct(value: float | None, digits: int = 2) -> str:
        """``99.87 %``; more digits only where rounding would show 100 % for a non-perfect
        value."""
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return DASH
        text = f"{value:.{digits}f}"
        while value < 100.0 and float(text) >= 100.0 and digits < 6:
            digits += 1
            text = f"{value:.{digits}f}"
        return f"{text} %"

    @staticmethod
    def count(value: int | None) -> str:
        return DASH if value is None else f"{value:,}"

    def incidents(self, count: int) -> str:
        """``3 incidents`` / ``1 incident``; ``장애 3건``."""
        return self.ngettext("{count} incident", "{count} incidents", count).format(
            count=self.count(count)
        )

    def severity_count(self, key: str, count: int) -> str:
        """``1 major`` / ``주요 1건``: a count of incidents of one severity (the severity in
        running text's case)."""
        return self.pgettext("severity count", "{count} {severity}").format(
            count=self.count(count), severity=self.severity(key).lower()
        )

    def tally(self, tally: Tally, of: Tally | None = None) -> str:
        """``159 incidents · 31 maintenance windows`` (and the rows from before, if any); with
        ``of``, the whole list a search narrowed: ``1 incident of 159 · 0 maintenance windows
        of 31``."""
        incidents, maintenance, earlier = (None, None, None) if of is None else astuple(of)
        parts = [
            self._tally_incidents(tally.incidents, incidents),
            self._tally_maintenance(tally.maintenance, maintenance),
        ]
        if tally.earlier or earlier:
            parts.append(self._tally_earlier(tally.earlier, earlier))
        return " · ".join(parts)

    def _tally_incidents(self, count: int, total: int | None) -> str:
        if total is None:
            return self.incidents(count)
        template = self.ngettext(
            "{count} incident of {total}", "{count} incidents of {total}", count
        )
        return template.format(count=self.count(count), total=self.count(total))

    def _tally_maintenance(self, count: int, total: int | None) -> str:
        if total is None:
            template = self.ngettext(
                "{count} maintenance window", "{count} maintenance windows", count
            )
        else:
            template = self.ngettext(
                "{count} maintenance window of {total}",
                "{count} maintenance windows of {total}",
                count,
            )
        return template.format(count=self.count(count), total=self.count(total))

    def _tally_earlier(self, count: int, total: int | None) -> str:
        if total is None:
            template = self.gettext("{count} started before")
        else:
            template = self.gettext("{count} started before of {total}")
        return template.format(count=self.count(count), total=self.count(total))

    # Durations.
    def minutes(self, minutes: float | None) -> str:
        """``0 min``, ``45 s``, ``12 min``, ``3 h 0 min``, ``2 d 4 h``."""
        if minutes is None or (isinstance(minutes, float) and math.isnan(minutes)):
            return DASH
        if minutes == 0:
            return self.pgettext("duration", "{minutes} min").format(minutes=0)
        if minutes < 1:
            return self.pgettext("duration", "{seconds} s").format(seconds=round(minutes * 60))
        total = round(minutes)
        if total < 60:
            return self.pgettext("duration", "{minutes} min").format(minutes=total)
        hours, mins = divmod(total, 60)
        if hours < 48:
            return self.hours_minutes(hours, mins)
        days, hours = divmod(hours, 24)
        return self.days_hours(days, hours)

    def hours_minutes(self, hours: int, minutes: int) -> str:
        return self.pgettext("duration", "{hours} h {minutes} min").format(
            hours=hours, minutes=minutes
        )

    def days_hours(self, days: int, hours: int) -> str:
        return self.pgettext("duration", "{days} d {hours} h").format(days=days, hours=hours)

    def duration_tick(self, minutes: float) -> str:
        """A round duration on a time axis: ``1 s``, ``15 min``, ``4 h``, ``1 w``, ``30 d``."""
        if minutes < 1:
            return self.pgettext("duration", "{seconds} s").format(seconds=round(minutes * 60))
        if minutes % 10_080 == 0:
            return self.pgettext("duration", "{weeks} w").format(weeks=round(minutes / 10_080))
        if minutes % 1440 == 0:
            return self.pgettext("duration", "{days} d").format(days=round(minutes / 1440))
        if minutes % 60 == 0:
            return self.pgettext("duration", "{hours} h").format(hours=round(minutes / 60))
        return self.pgettext("duration", "{minutes} min").format(minutes=round(minutes))

    def hours(self, hours: float | None) -> str:
        return DASH if hours is None else self.minutes(hours * 60.0)

    def open_word(self) -> str:
        """What an incident's end or duration reads while it is not resolved."""
        return self.pgettext("incident state", "open")

    def duration(self, value: object) -> str:
        """A ``Timedelta`` as ``minutes`` writes it; ``open`` for NaT (not resolved)."""
        if value is None or pd.isna(value):  # type: ignore[call-overload]
            return self.open_word()
        return self.minutes(pd.Timedelta(value).total_seconds() / 60.0)  # type: ignore[arg-type]

    # Dates and periods.
    def date(self, day: dt.date) -> str:
        """``1 Jan 2021``; ``2021년 1월 1일``."""
        return self.pgettext("date", "{day} {mon} {year}").format(**date_fields(day))

    def month(self, day: dt.date) -> str:
        """``Jan 2021``; ``2021년 1월``."""
        return self.pgettext("date", "{mon} {year}").format(**date_fields(day))

    def year(self, year: int) -> str:
        """``2021``; ``2021년``."""
        return self.pgettext("date", "{year}").format(year=year)

    def month_name(self, day: dt.date) -> str:
        """``Mar``; ``3월``: a month where the year is named elsewhere."""
        return self.pgettext("date", "{mon}").format(**date_fields(day))

    def month_day(self, day: dt.date) -> str:
        """``Mar 2``; ``3월 2일``: a day where the year is named elsewhere."""
        return self.pgettext("date", "{mon} {day}").format(**date_fields(day))

    def quarter(self, day: dt.date, *, with_year: bool = True) -> str:
        """``2021 Q1``; ``2021년 1분기`` (``Q1`` / ``1분기`` without the year)."""
        fields = {"quarter": (day.month - 1) // 3 + 1, "year": day.year}
        if with_year:
            return self.pgettext("date", "{year} Q{quarter}").format(**fields)
        return self.pgettext("date", "Q{quarter}").format(**fields)

    def period(self, start: dt.date, granularity: str) -> str:
        """A period named by its start: a month, a quarter, else the day it starts."""
        if granularity == "month":
            return self.month(start)
        if granularity == "quarter":
            return self.quarter(start)
        return self.date(start)

    def period_title(self, start: dt.date, last: dt.date, granularity: str) -> str:
        """A hovered period from ``start`` to ``last`` (included): ``2024-03`` for a month,
        ``2024 Q1`` for a quarter, else the first and last day (``2024-03-04 – 2024-03-10``)."""
        if granularity == "month" and start.day == 1 and start.month == last.month:
            return f"{start:%Y-%m}"
        if granularity == "quarter" and start.day == 1 and start.month % 3 == 1:
            return self.quarter(start)
        if start == last:
            return start.isoformat()
        return f"{start.isoformat()} {DASH} {last.isoformat()}"

    def axis_labels(self, days: Sequence[dt.date], granularity: str) -> list[str]:
        """Short labels of periods along a chart's axis: ``2020-03`` (month), ``2020 Q1``,
        ``03-02`` (a day, or a week by its Monday)."""
        if granularity == "quarter":
            return [self.quarter(day) for day in days]
        pattern = "%Y-%m" if granularity == "month" else "%m-%d"
        return [day.strftime(pattern) for day in days]

    def date_range(self, first: dt.date, last: dt.date) -> str:
        """``1 Jan 2020 – 31 Dec 2021``; ``2020년 1월 1일 ~ 2021년 12월 31일``."""
        return self.pgettext("date", "{first} – {last}").format(
            first=self.date(first), last=self.date(last)
        )

    @staticmethod
    def time(value: pd.Timestamp | None, tz: str) -> str:
        """``2020-03-02 08:58`` in the zone ``tz``: tables use this form in every language."""
        if value is None or pd.isna(value):
            return DASH
        return value.tz_convert(tz).strftime("%Y-%m-%d %H:%M")

    def time_tick(self, when: dt.datetime, level: TickLevel, previous: dt.datetime | None) -> str:
        """A time axis's tick: the year is named where it changes (on January's tick, or Jan
        1's; the axis title names the years in view). ``previous`` is the tick before on
        the same level (None for the first)."""
        if level == "year":
            return self.year(when.year)
        if level == "month":
            return self.month(when) if when.month == 1 else self.month_name(when)
        day = self.month_day(when)
        if level == "day":
            if (when.month, when.day) == (1, 1):
                return self.pgettext("date", "{mon} {day}, {year}").format(**date_fields(when))
            return day
        return self.clock_tick(day, when, previous)

    @staticmethod
    def clock_tick(day: str, when: dt.datetime, previous: dt.datetime | None) -> str:
        """``Jan 3 00:00`` at a tick starting a day, ``06:00`` after it."""
        if previous is None or previous.date() != when.date():
            return f"{day} {when:%H:%M}"
        return f"{when:%H:%M}"

    @staticmethod
    def local_times(times: pd.Series, tz: str) -> pd.Series:
        """``2020-03-02 08:58`` (the zone's wall clock, no offset: a spreadsheet reads it as a
        date), empty for a missing one."""
        wall = times.dt.tz_convert(tz).dt.tz_localize(None)
        shown: pd.Series = wall.dt.strftime("%Y-%m-%d %H:%M").fillna("").astype("string")
        return shown

    @staticmethod
    def offset(moment: pd.Timestamp) -> str:
        """``UTC+9``, ``UTC+5:30``, ``UTC-3``, ``UTC``: the moment's offset from UTC."""
        offset = moment.utcoffset()
        seconds = int(offset.total_seconds()) if offset is not None else 0
        if seconds == 0:
            return "UTC"
        sign = "+" if seconds > 0 else "-"
        hours, rest = divmod(abs(seconds) // 60, 60)
        return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")

    def zone(self, tz: str, first: pd.Timestamp, last: pd.Timestamp) -> str:
        """The zone of a span: ``Asia/Seoul (UTC+09:00)``; the offset is left out when it
        changes within the span."""
        start, end = first.tz_convert(tz), last.tz_convert(tz)
        if start.utcoffset() != end.utcoffset():
            return tz
        return self.zone_at(tz, start)

    def zone_at(self, tz: str, moment: pd.Timestamp) -> str:
        offset = moment.strftime("%z")
        return f"{tz} (UTC{offset[:3]}:{offset[3:]})"

    def moment(self, local: pd.Timestamp, tz: str) -> str:
        """When something was made: ``2026-11-25 18:27 Asia/Seoul``."""
        return f"{local:%Y-%m-%d %H:%M} {tz}"

    def zone_now(self, tz: str) -> str:
        now = pd.Timestamp.now(tz=tz)
        return self.zone(tz, now, now)

    # Changes against the previous period.
    def no_change(self) -> str:
        return self.pgettext("change", "no change")

    def points(self, delta: float) -> str:
        """A change of a percentage: ``0.05 pp``; ``0.05 %p``."""
        return self.pgettext("change", "{points:.2f} pp").format(points=delta)

    def change(self, delta: float | None, unit: str = "") -> str | None:
        """``+2`` / ``−0.05 pp`` / ``−12 min``; ``no change`` when it rounds to nothing at the
        precision shown; None when unknown. ``unit``: ``pp``, ``min``, ``h`` or a count."""
        if delta is None:
            return None
        shown = self._magnitude(abs(delta), unit)
        if not any(c in "123456789" for c in shown):
            return self.no_change()
        return ("+" if delta > 0 else "−") + shown

    def _magnitude(self, size: float, unit: str) -> str:
        if unit == "pp":
            return self.points(size)
        if unit == "min":
            return self.minutes(size)
        if unit == "h":
            return self.hours(size)
        return f"{size:,.0f}"

    # Table cells.
    @staticmethod
    def cell(value: object) -> str:
        """A cell as text; missing values read as nothing."""
        return "" if value is None or pd.isna(value) else str(value)  # type: ignore[call-overload]

    @staticmethod
    def labelled(labels: Callable[[str], str]) -> Callable[[object], str]:
        """A formatter showing a category through ``labels`` (a dash when missing)."""

        def label(value: object) -> str:
            missing = value is None or pd.isna(value)  # type: ignore[call-overload]
            return DASH if missing else labels(str(value))

        return label


def date_fields(day: dt.date) -> dict[str, object]:
    return {"day": day.day, "month": day.month, "mon": _MONTHS[day.month - 1], "year": day.year}
