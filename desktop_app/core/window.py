"""The reporting window: a half-open interval [start, end) of local time in one IANA zone."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd
from tzlocal import get_localzone_name

from desktop_app.core.messages import Message, MessageError, MessageKind, Term
from desktop_app.core.settings import DEFAULT_LIMITS

FALLBACK_ZONE = "UTC"

UNKNOWN_TZ_ENV = MessageKind("unknown_tz_env", "TZ={value} names no time zone this machine knows")
UNUSABLE_ZONE = MessageKind("unusable_zone", "the machine's time zone cannot be used ({why})")
DAY_OUTSIDE = MessageKind(
    "day_outside", "{what} {day} is outside the supported dates {first} to {last}"
)
FIRST_AFTER_LAST = MessageKind(
    "first_after_last", "the first day {first} is after the last day {last}"
)
UNKNOWN_ZONE = MessageKind(
    "unknown_zone", "unknown time zone {zone} (use an IANA name such as Asia/Seoul)"
)
#: What a day given is, in a refusal.
THE_DAY = Term("given day", "the day")
FIRST_DAY = Term("given day", "the first day")
LAST_DAY = Term("given day", "the last day")


class DateError(MessageError):
    """A day or a zone that cannot be used; a ``ValueError`` whose ``message`` says why."""


@dataclass(frozen=True)
class LocalZone:
    """The machine's zone, and why it is UTC when the machine's setting could not be used."""

    name: str
    problem: Message | None = None


def local_zone() -> LocalZone:
    """The machine's IANA zone (``TZ``, /etc/localtime or the Windows registry).

    A ``TZ`` that names no zone this machine knows (``TZ=Mars/Base``) falls back to UTC with
    ``problem`` saying so (tzlocal would quietly use /etc/localtime instead), so the caller
    can report it rather than guess silently; so does a machine setting that cannot be read.
    """
    env = os.environ.get("TZ", "").removeprefix(":")
    if env and not os.path.isabs(env):
        try:
            return LocalZone(check_timezone(env))
        except ValueError:
            return LocalZone(FALLBACK_ZONE, UNKNOWN_TZ_ENV(value=repr(env)))
    try:
        name = get_localzone_name()
        return LocalZone(check_timezone(name or ""))
    except (LookupError, ValueError, OSError) as exc:
        return LocalZone(FALLBACK_ZONE, UNUSABLE_ZONE(why=str(exc)))


def local_timezone_name() -> str:
    """The machine's IANA zone name, else UTC (see ``local_zone`` for why)."""
    return local_zone().name


def local_midnight(day: date | pd.Timestamp, tz: str) -> pd.Timestamp:
    """The first instant of local ``day`` in ``tz``.

    Where the clocks change at midnight (America/Havana, Africa/Cairo, ...) midnight may not
    exist (it moves forward to the first instant that does) or occur twice (the first one is
    taken), the same rule as the period edges."""
    naive = pd.Timestamp(day).normalize()
    return naive.tz_localize(tz, ambiguous=True, nonexistent="shift_forward")


def check_day(day: date, what: Term) -> date:
    """``day`` if the engine supports it, else ``DateError`` naming the range."""
    if not DEFAULT_LIMITS.first_day <= day <= DEFAULT_LIMITS.last_day:
        first, last = DEFAULT_LIMITS.first_day.isoformat(), DEFAULT_LIMITS.last_day.isoformat()
        raise DateError(DAY_OUTSIDE(what=what, day=day.isoformat(), first=first, last=last))
    return day


def check_timezone(name: str) -> str:
    """Return ``name`` if it is a known IANA zone, else raise ``DateError`` saying so."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise DateError(UNKNOWN_ZONE(zone=repr(name))) from exc
    return name


def today_in(tz: str) -> date:
    """Today's date on the wall clocks of ``tz``."""
    return pd.Timestamp.now(tz=tz).date()


@dataclass(frozen=True)
class Window:
    """``start`` and ``end`` are tz-aware timestamps in ``tz``; ``end`` is excluded.
    ``to_date``: the window was cut at the moment of the analysis (it reached the future)."""

    start: pd.Timestamp
    end: pd.Timestamp
    tz: str
    to_date: bool = False

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"the window ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def from_dates(cls, first_day: date | str, last_day: date | str, tz: str) -> Window:
        """From the first day to the last day, both included, in local time of ``tz``.

        Raises ``ValueError`` for an unknown zone, a day outside the supported dates, or a
        first day after the last."""
        check_timezone(tz)
        first = check_day(pd.Timestamp(first_day).date(), FIRST_DAY)
        last = check_day(pd.Timestamp(last_day).date(), LAST_DAY)
        if first > last:
            raise DateError(FIRST_AFTER_LAST(first=first.isoformat(), last=last.isoformat()))
        return cls(local_midnight(first, tz), local_midnight(last + timedelta(days=1), tz), tz)

    @classmethod
    def covering(cls, started_at: pd.Series, tz: str) -> Window:
        """First day of the earliest incident's month to the end of the latest one's month."""
        check_timezone(tz)
        times = started_at.dropna()
        if times.empty:
            first = last = pd.Timestamp.now(tz=tz)
        else:
            first, last = times.min().tz_convert(tz), times.max().tz_convert(tz)
        start = first.tz_localize(None).normalize().replace(day=1)
        end = last.tz_localize(None).normalize().replace(day=1) + pd.offsets.MonthBegin(1)
        return cls(local_midnight(start, tz), local_midnight(end, tz), tz)

    @property
    def minutes(self) -> float:
        return (self.end - self.start).total_seconds() / 60.0

    @property
    def last_day(self) -> date:
        """The last local day inside the window (the window's end is excluded)."""
        return (self.end - pd.Timedelta(nanoseconds=1)).date()

    def until(self, as_of: pd.Timestamp) -> Window:
        """This window measured to ``as_of`` when it reaches past it: nothing after the moment
        of the analysis is counted, so an open incident never lasts into the future."""
        if not self.start < as_of < self.end:
            return self
        return Window(self.start, as_of.tz_convert(self.tz), self.tz, to_date=True)

    def previous(self) -> Window:
        """The window of equal length that ends where this one starts."""
        length = self.end - self.start
        return Window(self.start - length, self.start, self.tz)

    def to_json(self) -> dict[str, object]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "timezone": self.tz,
            "to_date": self.to_date,
        }


def period_slug(window: Window) -> str:
    """The period in a file name: ``2021-Q4``, ``2021-12``, ``2021``, else
    ``2021-10-05_2021-11-20`` (first and last day)."""
    first, last = window.start.date(), window.last_day
    if first.day == 1 and (last + pd.Timedelta(days=1)).day == 1:
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        if months == 1:
            return f"{first:%Y-%m}"
        if months == 3 and first.month % 3 == 1:
            return f"{first.year}-Q{(first.month - 1) // 3 + 1}"
        if months == 12 and first.month == 1:
            return f"{first.year}"
    return f"{first.isoformat()}_{last.isoformat()}"
