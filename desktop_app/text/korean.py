"""Korean grammar the catalogue cannot hold: durations without zero tails, the particles that
follow a word's last sound, and zones by their lettered abbreviation (``KST (UTC+9)``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd

from desktop_app.text.render import Text, TickLevel, date_fields

#: Korean readings of the digits 0-9 end in a consonant (으로) or not (로); ㄹ takes 로.
_DIGIT_TAKES_EURO = "1001001000"  # 영 일 이 삼 사 오 육 칠 팔 구: 0, 3 and 6 take 으로


def final_consonant(word: str) -> int | None:
    """The last syllable's final consonant index (0: none, 8: ㄹ), None when the last
    character is no Hangul syllable or digit."""
    stripped = word.rstrip("'\" )]")
    last = stripped[-1:] or " "
    if "가" <= last <= "힣":
        return (ord(last) - ord("가")) % 28
    if last.isdigit():
        return 1 if _DIGIT_TAKES_EURO[int(last)] == "1" else 0
    return None


def particle_ro(word: str) -> str:
    """로 or 으로 after ``word``, by its last sound; ``(으)로`` when unknown."""
    final = final_consonant(word)
    if final is None:
        return "(으)로"
    return "로" if final in (0, 8) else "으로"


def particle(word: str, after_vowel: str, after_consonant: str) -> str:
    """은/는, 이/가, 을/를 after ``word``; both joined (``은(는)``) when unknown."""
    final = final_consonant(word)
    if final is None:
        return f"{after_consonant}({after_vowel})"
    return after_vowel if final == 0 else after_consonant


class KoreanText(Text):
    year_first = True

    def time_tick(self, when: dt.datetime, level: TickLevel, previous: dt.datetime | None) -> str:
        """The year comes first, so it is named once: on the first tick and where it changes.
        Month ticks name it only on the first and at January (which the skipping level keeps
        on its grid), since the axis's own year tick stands there."""
        new_year = previous is None or previous.year != when.year
        year = f"{self.year(when.year)} " if new_year else ""
        if level == "year":
            return self.year(when.year)
        if level == "month":
            named = previous is None or (when.month == 1 and new_year)
            return f"{year if named else ''}{self.month_name(when)}"
        day = f"{year}{self.month_day(when)}"
        return day if level == "day" else self.clock_tick(day, when, previous)

    def period_title(self, start: dt.date, last: dt.date, granularity: str) -> str:
        """Named as periods are everywhere else: ``2024년 3월``, ``2024년 1분기``,
        ``2024년 3월 4일 ~ 2024년 3월 10일``."""
        whole = granularity in ("month", "quarter") and start.day == 1
        if whole or start == last:
            return self.period(start, granularity if whole else "day")
        return self.date_range(start, last)

    def with_ro(self, word: str) -> str:
        return f"{word}{particle_ro(word)}"

    def moment(self, local: pd.Timestamp, tz: str) -> str:
        """``2026년 11월 25일 18:27 (UTC+9)``: the date in words, the zone by its offset."""
        return f"{self.date(local.date())} {local:%H:%M} ({self.offset(local)})"

    def hours_minutes(self, hours: int, minutes: int) -> str:
        """``3시간``, ``3시간 54분``: no ``0분`` tail."""
        if minutes == 0:
            return self.pgettext("duration", "{hours} h").format(hours=hours)
        return super().hours_minutes(hours, minutes)

    def days_hours(self, days: int, hours: int) -> str:
        """``2일``, ``2일 17시간``: no ``0시간`` tail."""
        if hours == 0:
            return self.pgettext("duration", "{days} d").format(days=days)
        return super().days_hours(days, hours)

    def axis_labels(self, days: Sequence[dt.date], granularity: str) -> list[str]:
        """The year only where it changes: ``2021년 1월``, ``2월``, … ``1분기`` after
        ``2020년 4분기``; days read ``3월 2일``."""
        labels, year = [], None
        for day in days:
            if day.year == year:
                labels.append(self._short_label(day, granularity))
            elif granularity == "quarter":
                labels.append(self.quarter(day))
            else:
                labels.append(self.month(day) if granularity == "month" else self.date(day))
            year = day.year
        return labels

    def _short_label(self, day: dt.date, granularity: str) -> str:
        if granularity == "quarter":
            return self.quarter(day, with_year=False)
        if granularity == "month":
            return self.pgettext("date", "{mon}").format(**date_fields(day))
        return self.pgettext("date", "{day} {mon}").format(**date_fields(day))

    def zone_at(self, tz: str, moment: pd.Timestamp) -> str:
        """``KST (UTC+9)``; the zone's name where it has no lettered abbreviation."""
        abbreviation = moment.strftime("%Z")
        if abbreviation == "UTC":
            return "UTC"
        name = abbreviation if abbreviation.isalpha() else tz
        return f"{name} ({self.offset(moment)})"
