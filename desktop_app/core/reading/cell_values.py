"""What one cell's text means: missing-value markers, object text, durations, statuses and
totals rows. ``field_columns`` applies these to the columns a table maps to its fields.

Every function works on whole Arrow columns, classifying each distinct text once where a
Python rule is needed, so the cost follows the distinct values, not the rows.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

#: In time, number and id columns these mean "no value" (an end written so: still open).
MISSING_MARKERS: tuple[str, ...] = (
    "?",
    "-",
    "--",
    "N/A",
    "NA",
    "NULL",
    "None",
    "NaT",
    "NaN",
    "없음",
)
_MARKER_SET = pa.array(
    sorted({v for m in MISSING_MARKERS for v in (m, m.lower(), m.upper(), m.title())})
)
_OBJECT_KEY = re.compile(r"""['"](summary|name|display_value|value)['"]\s*:\s*(['"])(.*?)\2""")
_TOTAL_WORDS = ("합계", "총계", "소계", "total", "totals", "grand total", "subtotal", "sub-total",
                "sum", "gesamt", "summe", "合計", "小計")  # fmt: skip
#: Labels of a totals row, in the spellings a sheet uses (``Total``, ``TOTAL:``, ``합계``).
TOTALS = pa.array(
    sorted(
        {
            form + colon
            for word in _TOTAL_WORDS
            for form in (word, word.upper(), word.title())
            for colon in ("", ":", " ", " :")
        }
    )
)
#: Longest duration kept: ten years. Longer ones (``1e12`` minutes, ``inf``) reject the row.
MAX_DURATION_S = 10 * 366 * 86400.0
_ISO_DURATION = re.compile(
    r"^P(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?$",
    re.IGNORECASE,
)
_CLOCK_DURATION = re.compile(
    r"^(?:(?P<d>\d+)[.\s])?(?P<h>\d+):(?P<m>\d{1,2})(?::(?P<s>\d{1,2}(?:\.\d+)?))?$"
)
_PART = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>milliseconds?|ms|days?|d|일|hours?|hrs?|h|시간|minutes?|"
    r"mins?|m|분|seconds?|secs?|s|초)(?![a-z])",
    re.IGNORECASE,
)
_PART_SECONDS: dict[str, float] = {
    "d": 86400, "day": 86400, "days": 86400, "일": 86400,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600, "시간": 3600,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "분": 60,
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "초": 1,
    "ms": 0.001, "millisecond": 0.001, "milliseconds": 0.001,
}  # fmt: skip
_CLOSED_WORDS = frozenset(
    {
        "closed", "close", "resolved", "resolve", "recovered", "ok", "done", "fixed", "completed",
        "complete", "cancelled", "canceled", "postmortem", "완료", "종료", "해결", "복구",
        "복구완료", "처리완료", "조치완료", "종결", "fermé", "ferme", "résolu", "resolu",
        "geschlossen", "gelöst", "erledigt", "cerrado", "resuelto", "解決", "解決済",
        "完了", "クローズ", "6 - resolved", "7 - closed", "resolved - closed",
    }
)  # fmt: skip


def nulled(column: pa.ChunkedArray, markers: str = "all") -> pa.ChunkedArray:
    """Missing-value markers as nulls (empty cells already are); one pass when none occurs."""
    everything = markers == "all"
    missing = pc.is_in(column, value_set=_MARKER_SET) if everything else pc.equal(column, "?")
    if not pc.any(missing).as_py():
        return column
    return pc.if_else(missing, pa.scalar(None, pa.string()), column)


def map_distinct(column: pa.ChunkedArray, convert: Callable[[str], str | None]) -> pa.Array:
    """``convert`` applied once per distinct value; ``None`` results become nulls."""
    encoded = pc.dictionary_encode(column).combine_chunks()
    labels = pa.array([convert(v) for v in encoded.dictionary.to_pylist()], pa.string())
    return labels.take(encoded.indices)


def has_objects(column: pa.ChunkedArray) -> bool:
    """Whether some cell holds an object or list's text (``{'id': ..}``, ``[{...}]``)."""
    return bool(pc.any(pc.starts_with(pc.utf8_ltrim_whitespace(column), "{")).as_py()) or bool(
        pc.any(pc.starts_with(pc.utf8_ltrim_whitespace(column), "[{")).as_py()
    )


def object_text(value: str) -> str | None:
    """The label of an object's text: its ``summary``, else its ``name`` (lists: joined)."""
    stripped = value.strip()
    if not stripped.startswith(("{", "[")):
        return value
    labels = _labels_from_json(stripped)
    if labels is None:
        found: dict[str, list[str]] = {}
        for key, _quote, text in _OBJECT_KEY.findall(stripped):
            found.setdefault(key, []).append(text)
        labels = next(
            (found[k] for k in ("summary", "name", "display_value", "value") if k in found), []
        )
    return ", ".join(dict.fromkeys(labels)) or None


def _labels_from_json(text: str) -> list[str] | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    items = data if isinstance(data, list) else [data]
    labels = []
    for item in items:
        if isinstance(item, dict):
            label = next(
                (item[k] for k in ("summary", "name", "display_value") if item.get(k)), None
            )
            if label is not None:
                labels.append(str(label))
        elif item is not None:
            labels.append(str(item))
    return labels


def duration_seconds(text: str, unit_seconds: float) -> float:
    """Seconds in ``text``: a plain number in the header's unit, ``1:20:00``, ``80분``,
    ``1시간 20분``, ``PT1H20M``, ``1d 3h 8m``, ``3m 50s``. NaN when unreadable."""
    value = text.strip()
    try:
        return float(value) * unit_seconds
    except ValueError:
        pass
    iso = _ISO_DURATION.match(value)
    if iso and any(iso.groupdict().values()):
        parts = {k: float(v) for k, v in iso.groupdict().items() if v}
        return sum(
            parts.get(k, 0.0) * s for k, s in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1))
        )
    clock = _CLOCK_DURATION.match(value)
    if clock:
        parts = {k: float(v) for k, v in clock.groupdict().items() if v}
        return sum(
            parts.get(k, 0.0) * s for k, s in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1))
        )
    return _unit_parts(value)


def _unit_parts(value: str) -> float:
    total, end = 0.0, 0
    for match in _PART.finditer(value):
        if value[end : match.start()].strip(" ,"):
            return math.nan
        total += float(match.group("n")) * _PART_SECONDS[match.group("u").casefold()]
        end = match.end()
    return total if end and not value[end:].strip() else math.nan


def durations(column: pa.ChunkedArray, unit_seconds: float) -> np.ndarray:
    """Seconds per row (NaN: empty or unreadable); numbers take the vectorised path."""
    numbers = pc.cast(column, pa.float64(), safe=False) if _all_numeric(column) else None
    if numbers is not None:
        return np.asarray(pc.multiply(numbers, unit_seconds).to_numpy(zero_copy_only=False), float)
    encoded = pc.dictionary_encode(column).combine_chunks()
    table = np.array(
        [duration_seconds(v, unit_seconds) for v in encoded.dictionary.to_pylist()] + [math.nan]
    )
    indices: np.ndarray = pc.fill_null(encoded.indices, len(table) - 1).to_numpy(
        zero_copy_only=False
    )
    return np.take(table, indices)


def _all_numeric(column: pa.ChunkedArray) -> bool:
    try:
        pc.cast(column, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return False
    return True


_OPEN_WORDS = frozenset(
    {
        "open", "active", "new", "triggered", "acknowledged", "investigating", "identified",
        "monitoring", "problem", "in progress", "on hold", "pending", "assigned", "reopened",
        "처리중", "진행중", "접수", "대기", "조치중", "ouvert", "offen", "abierto", "対応中",
        "未解決",
    }
)  # fmt: skip


#: Event types of monitors' logs: an outage starts with a "down" event; the others end or
#: pause one and are not outages themselves.
DOWN_EVENTS = frozenset({"down", "problem", "outage", "firing", "triggered", "alert", "장애"})
OTHER_EVENTS = frozenset(
    {"up", "ok", "started", "paused", "resumed", "recovered", "recovery", "resolved",
     "restored", "복구", "정상"}
)  # fmt: skip


def are_event_words(values: set[str]) -> bool:
    """Whether case-folded ``values`` are monitor event types, some of them "down"."""
    return bool(values & DOWN_EVENTS) and values <= DOWN_EVENTS | OTHER_EVENTS


def is_status_word(text: str) -> bool:
    """Whether a value reads as an incident status (open or closed), not a place or name."""
    key = text.strip().casefold()
    return is_closed_status(text) or key in _OPEN_WORDS or key.split(" ", 1)[-1] in _OPEN_WORDS


def is_closed_status(text: str) -> bool:
    """Whether a status value says the incident is over (``closed``, ``6 - Resolved``, 완료)."""
    key = text.strip().casefold()
    return key in _CLOSED_WORDS or key.split(" ", 1)[-1] in _CLOSED_WORDS


def numeric_fraction(values: list[str]) -> float:
    """Share of ``values`` that read as a number or a duration."""
    if not values:
        return 0.0
    return sum(1 for v in values if not math.isnan(duration_seconds(v, 1.0))) / len(values)
