"""An end written only in the text: "resolved at 2024-03-02 14:10", "between 14:02 and 15:10
UTC", "14:02~15:10", "복구 완료 15:10".

Hand-kept sheets and status pages often say when service came back in the title or the
description instead of an end column. Where a row has no end (no end column, or its end cell
is empty), the first such phrase in its title, cause or description cells is its end, with a
finding. A time of day alone ends on the start's day in the zone it names (``UTC``, ``KST``)
or the file's zone, the next day when that is before the start (``23:50~00:20``). An end read
so that falls before the start is not used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from desktop_app.core.messages import MessageKind
from desktop_app.core.model import Finding
from desktop_app.core.reading.cell_values import map_distinct
from desktop_app.core.reading.field_columns import Prepared
from desktop_app.core.reading.header_scoring import header_tokens
from desktop_app.core.reading.spec import Spec
from desktop_app.core.reading.timestamps import parse_times

END_FROM_TEXT = MessageKind(
    "end_from_text",
    "{count} incidents had no end time; it was read from their text in '{columns}' "
    "(e.g. '{example}')",
)
_ENDED = (
    r"(?:resolved|restored|recovered|fixed|ended|mitigated|closed|back\s+up|up\s+again|"
    r"복구|해결|정상화|종료|조치|復旧|解決)"
)
_DONE = r"(?:\s*(?:완료|됨|되었음|되었습니다|済み|完了))?"
_AT = r"(?:\s*(?:at|on|by|:|시각|일시|=))?\s*"
_ZONE = r"(?:\s*(?P<zone>UTC|GMT|KST|JST|Z|[+-]\d{2}:?\d{2}))?"
_DATE_TIME = r"(?P<date>\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[ T](?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
_CLOCK = r"(?P<time>\d{1,2}:\d{2})(?::\d{2})?"
_PATTERNS = (
    re.compile(_ENDED + _DONE + _AT + _DATE_TIME + _ZONE, re.IGNORECASE),
    re.compile(
        r"(?:between\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:UTC|GMT|KST|JST)?\s*"
        r"(?:and|to|until|till|~|〜|～|-|–|—|부터)\s*" + _CLOCK + r"(?:\s*까지)?" + _ZONE,
        re.IGNORECASE,
    ),
    re.compile(_ENDED + _DONE + _AT + _CLOCK + _ZONE, re.IGNORECASE),
    re.compile(_CLOCK + _ZONE + r"\s*(?:에\s*)?" + _ENDED, re.IGNORECASE),
)
_ZONES = {"utc": "UTC", "gmt": "UTC", "z": "UTC", "kst": "Asia/Seoul", "jst": "Asia/Tokyo"}
_OFFSETS = {"kst": "+09:00", "jst": "+09:00"}
#: Headers of free-text cells that may say when the incident ended.
_TEXT_WORDS = frozenset(
    {"description", "desc", "details", "detail", "notes", "note", "comment", "comments",
     "summary", "message", "body", "update", "updates", "내용", "설명", "비고", "상세", "경과",
     "조치", "詳細", "備考", "内容"}
)  # fmt: skip
_FIELDS = ("title", "cause")


@dataclass(frozen=True)
class TextEnd:
    """An end phrase: a full date and time, or a time of day; the zone it names, if any."""

    date: str | None
    time: str
    zone: str | None

    @classmethod
    def find(cls, text: str) -> TextEnd | None:
        for pattern in _PATTERNS:
            match = pattern.search(text)
            if match is not None:
                found = match.groupdict()
                return cls(found.get("date"), found["time"], found.get("zone"))
        return None

    def encoded(self) -> str:
        return "\x1f".join((self.date or "", self.time, self.zone or ""))

    @classmethod
    def decoded(cls, text: str) -> TextEnd:
        date, time, zone = text.split("\x1f")
        return cls(date or None, time, zone or None)


def ends_from_text(
    resolved: pd.Series,
    started: pd.Series,
    columns: Prepared,
    spec: Spec,
    tz: str,
    dayfirst: bool | None,
) -> tuple[pd.Series, list[Finding]]:
    """``resolved`` with the ends the text gives where it has none."""
    missing = resolved.isna().to_numpy() & started.notna().to_numpy()
    if not missing.any():
        return resolved, []
    found = np.full(len(resolved), None, dtype=object)
    used: list[str] = []
    for name, column in _text_columns(columns, spec):
        phrases = map_distinct(column, lambda v: _encoded(v))
        values = np.asarray(phrases.to_numpy(zero_copy_only=False), dtype=object)
        fill = missing & pd.isna(found) & pd.notna(values)
        if fill.any():
            found[fill] = values[fill]
            used.append(name)
    rows = np.flatnonzero(pd.notna(found))
    if not len(rows):
        return resolved, []
    ends = _ends(found[rows], started.iloc[rows], tz, dayfirst)
    good = ends.notna().to_numpy() & (ends.to_numpy() >= started.iloc[rows].to_numpy())
    if not good.any():
        return resolved, []
    filled = resolved.copy()
    filled.iloc[rows[good]] = ends[good].to_numpy()
    example = TextEnd.decoded(str(found[rows[good][0]]))
    shown = " ".join(p for p in (example.date, example.time, example.zone) if p)
    message = END_FROM_TEXT(count=int(good.sum()), columns="', '".join(used), example=shown)
    return filled, [Finding(spec.path, "end_from_text", message)]


def _encoded(text: str) -> str | None:
    found = TextEnd.find(text)
    return None if found is None else found.encoded()


def _text_columns(columns: Prepared, spec: Spec) -> list[tuple[str, pa.ChunkedArray]]:
    """The title and cause, then the other free-text columns named so (description, 비고)."""
    out = []
    for field_name in _FIELDS:
        column = columns.get(field_name)
        if column is not None:
            out.append((spec.mapping[field_name], column))
    mapped = set(spec.mapping.values())
    for header in columns.raw.table.column_names:
        tokens = header_tokens(header)
        named = any(t in _TEXT_WORDS or any(w in t for w in _TEXT_WORDS if not w.isascii())
                    for t in tokens)  # fmt: skip
        if named and header not in mapped:
            out.append((header, columns.raw.table.column(header)))
    return out


def _ends(phrases: np.ndarray, started: pd.Series, tz: str, dayfirst: bool | None) -> pd.Series:
    """Each phrase's end in UTC (NaT when it does not read)."""
    ends = []
    for encoded, start in zip(phrases.tolist(), started.tolist(), strict=True):
        phrase = TextEnd.decoded(encoded)
        ends.append(_end(phrase, start, tz, dayfirst))
    return pd.Series(pd.to_datetime(pd.Series(ends, dtype=object), utc=True))


def _end(
    phrase: TextEnd, start: pd.Timestamp, tz: str, dayfirst: bool | None
) -> pd.Timestamp | None:
    """The phrase's end in UTC; a time alone is the first such moment after ``start``."""
    zone = (phrase.zone or "").casefold()
    if phrase.date is not None:
        suffix = _OFFSETS.get(zone, phrase.zone or "")
        text = f"{phrase.date} {phrase.time}{' ' + suffix if suffix else ''}"
        parsed = parse_times(pa.array([text]), tz, dayfirst).values
        end: pd.Timestamp = parsed.iloc[0]
        return end
    local_zone = _ZONES.get(zone, tz)
    local = start.tz_convert(local_zone)
    hour, minute = (int(p) for p in phrase.time.split(":"))
    if hour > 23 or minute > 59:
        return None
    end = local.normalize() + pd.Timedelta(hours=hour, minutes=minute)
    if end < local:
        end += pd.Timedelta(days=1)
    return end.tz_convert("UTC")
