"""Each incident row's start, end and acknowledgement, with the rules that reject rows.

Built on ``timestamps`` (text to instants, knowing nothing of incidents): this module knows
what the times mean together (an end after its start, a closed status, a duration column).

- Day-or-month order is decided once per file from every date column (``decide_order``).
- The end is the end column, else start + duration (unit from the header or the mapping),
  else (also where the end cell is empty) a phrase of the text (``text_times``);
  a closed status without an end takes the last update time, or rejects the row.
- An end before its start that is a naive time in a repeated daylight-saving hour is read in
  the later fold, with a finding, instead of rejecting the row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from desktop_app.core.messages import Message, MessageKind, Term
from desktop_app.core.model import Finding
from desktop_app.core.reading.cell_values import (
    MAX_DURATION_S,
    durations,
    is_closed_status,
    map_distinct,
)
from desktop_app.core.reading.field_columns import Prepared
from desktop_app.core.reading.spec import Rule, Spec
from desktop_app.core.reading.text_times import ends_from_text
from desktop_app.core.reading.timestamps import (
    ParsedTimes,
    has_numeric_dates,
    order_evidence,
    parse_times,
)
from desktop_app.core.settings import DEFAULT_LIMITS

_ZONED = re.compile(r"(Z|[+-]\d{2}:?\d{2}|UTC|GMT)$")
_ORDER_WORD = {True: Term("date order", "day-first"), False: Term("date order", "month-first")}

DATE_ORDER_UNDECIDED = MessageKind(
    "date_order",
    "dates such as 03/04/2020 could be day-first or month-first and no date decides; '/' dates "
    "were read month-first, '-' and '.' dates day-first (choose with --dayfirst or --monthfirst)",
)
DATE_ORDER = MessageKind(
    "dayfirst",
    "dates were read {order} in every date column: {count} dates can only be read that way",
)
DATE_ORDER_CONTRADICTED = MessageKind(
    "dayfirst_contradicted",
    "dates were read {order} in every date column: {count} dates can only be read that way; "
    "{minority} rows that contradict it are rejected",
)
NO_START = MessageKind("no_start", "no start time (column '{column}' is empty)")
UNREADABLE_DATE = MessageKind(
    "unreadable_date", "cannot read '{value}' in column '{column}' as a date"
)
UNREADABLE_DATE_IN_ORDER = MessageKind(
    "unreadable_date_in_order",
    "cannot read '{value}' in column '{column}' as a date (this file's dates are {order})",
)
IMPLAUSIBLE_DATE = MessageKind(
    "implausible_date",
    "the date '{value}' in column '{column}' is implausible (before {first} or after {last})",
)
OFFSET_BEYOND = MessageKind(
    "offset_beyond",
    "the UTC offset of '{value}' in column '{column}' is beyond ±14:00, the largest in use",
)
LOCAL_TIMES = MessageKind(
    "timezone", "times without a time zone were read as local times in {zone}"
)
DST_FOLD = MessageKind(
    "dst_fold",
    "the end '{value}' falls in the hour repeated when daylight saving ended in {zone}; it was "
    "read in the later (standard-time) hour, the only reading after the start",
)
UNREADABLE_DURATION = MessageKind(
    "unreadable_duration", "cannot read '{value}' in column '{column}' as a duration"
)
NEGATIVE_DURATION = MessageKind(
    "negative_duration", "the duration '{value}' in column '{column}' is negative"
)
IMPLAUSIBLE_DURATION = MessageKind(
    "implausible_duration",
    "the duration '{value}' in column '{column}' is implausible (longer than ten years)",
)
END_FROM_UPDATE = MessageKind(
    "end_from_update",
    "{count} closed incidents had no end time; their last update ('{column}') was taken as the end",
)
CLOSED_WITHOUT_END = MessageKind(
    "closed_without_end",
    "the status '{value}' in column '{column}' says the incident is over, but no end time is given",
)
END_BEFORE_START = MessageKind(
    "end_before_start",
    "resolved {end} is before started {start} (columns '{end_column}' and '{start_column}')",
)


@dataclass(frozen=True)
class TimeReading:
    started: pd.Series
    resolved: pd.Series
    acknowledged: pd.Series
    rules: list[Rule]
    findings: list[Finding]


def decide_order(columns: list[pa.ChunkedArray], path: str) -> tuple[bool | None, list[Finding]]:
    """Day-first or month-first for every date column of a file, from the dates that prove
    one (``13/07/2020``); ``None`` when no date proves either (each value then reads by its
    separator: ``/`` month-first, ``-`` and ``.`` day-first)."""
    if not any(has_numeric_dates(c) for c in columns):
        return None, []
    day, month = order_evidence(columns)
    if day == month == 0:
        return None, [Finding(path, "date_order", DATE_ORDER_UNDECIDED())]
    dayfirst = day >= month
    minority = min(day, month)
    order, count = _ORDER_WORD[dayfirst], max(day, month)
    message = (
        DATE_ORDER_CONTRADICTED(order=order, count=count, minority=minority)
        if minority
        else DATE_ORDER(order=order, count=count)
    )
    return dayfirst, [Finding(path, "dayfirst", message)]


def read_times(columns: Prepared, spec: Spec, tz: str, dayfirst: bool | None) -> TimeReading:
    start_col = columns.get("started_at")
    assert start_col is not None
    started = parse_times(start_col, tz, dayfirst, serials=spec.serials)
    start_name = spec.mapping["started_at"]
    order = None if dayfirst is None else _ORDER_WORD[dayfirst]
    rules = [
        Rule(
            started.values.isna().to_numpy()
            & ~started.unreadable
            & ~started.implausible
            & ~started.bad_offset,
            lambda r: NO_START(column=start_name),
        ),
        *_time_rules(started, start_col, start_name, order),
    ]
    findings = _zone_findings(start_col, spec, tz)
    resolved, end_rules, end_findings = _resolved(columns, spec, tz, dayfirst, started, order)
    rules += end_rules
    findings += end_findings
    rules.append(_order_rule(started.values, resolved, spec, tz))
    acknowledged = _acknowledged(columns, spec, tz, dayfirst, started)
    return TimeReading(started.values, resolved, acknowledged, rules, findings)


#: Longest cell text quoted in a reason; the rest is cut (a message never holds megabytes).
QUOTED_CHARS = 60


def _cell(column: pa.ChunkedArray, row: int) -> str:
    text = column[row].as_py() or ""
    return text if len(text) <= QUOTED_CHARS else text[: QUOTED_CHARS - 1] + "…"


def _time_rules(
    parsed: ParsedTimes, column: pa.ChunkedArray, name: str, order: Term | None
) -> list[Rule]:
    def unreadable(r: int) -> Message:
        if order is None:
            return UNREADABLE_DATE(value=_cell(column, r), column=name)
        return UNREADABLE_DATE_IN_ORDER(value=_cell(column, r), column=name, order=order)

    first, last = DEFAULT_LIMITS.first_day.year, DEFAULT_LIMITS.last_day.year
    return [
        Rule(parsed.unreadable, unreadable),
        Rule(
            parsed.implausible,
            lambda r: IMPLAUSIBLE_DATE(value=_cell(column, r), column=name, first=first, last=last),
        ),
        Rule(parsed.bad_offset, lambda r: OFFSET_BEYOND(value=_cell(column, r), column=name)),
    ]


def _zone_findings(start_col: pa.ChunkedArray, spec: Spec, tz: str) -> list[Finding]:
    sample = [v for v in start_col.slice(0, 200).to_pylist() if v]
    if not sample or any(_ZONED.search(v.strip()) for v in sample):
        return []
    return [Finding(spec.path, "timezone", LOCAL_TIMES(zone=tz))]


def _resolved(
    columns: Prepared,
    spec: Spec,
    tz: str,
    dayfirst: bool | None,
    started: ParsedTimes,
    order: Term | None,
) -> tuple[pd.Series, list[Rule], list[Finding]]:
    end_col = columns.get("resolved_at")
    rows = len(started.values)
    findings: list[Finding] = []
    if end_col is not None:
        ended = parse_times(end_col, tz, dayfirst, serials=spec.serials)
        resolved = _later_fold(
            ended.values, started.values, end_col, tz, dayfirst, spec, findings, columns.raw.lines
        )
        rules = _time_rules(ended, end_col, spec.mapping["resolved_at"], order)
    elif columns.get("duration") is not None:
        resolved, rules = _from_duration(started.values, columns, spec)
    else:
        resolved, rules = pd.Series(pd.NaT, index=range(rows), dtype=started.values.dtype), []
    resolved, text_findings = ends_from_text(resolved, started.values, columns, spec, tz, dayfirst)
    findings += text_findings
    resolved, status_rules = _closed_without_end(resolved, columns, spec, tz, dayfirst, findings)
    return resolved, rules + status_rules, findings


def _later_fold(
    resolved: pd.Series,
    started: pd.Series,
    end_col: pa.ChunkedArray,
    tz: str,
    dayfirst: bool | None,
    spec: Spec,
    findings: list[Finding],
    lines: np.ndarray,
) -> pd.Series:
    """Ends before their start that read validly in the repeated hour's later fold."""
    before = np.flatnonzero((resolved < started).to_numpy(dtype=bool, na_value=False))
    if tz == "UTC" or len(before) == 0:
        return resolved
    later = parse_times(
        end_col.take(pa.array(before)), tz, dayfirst, serials=spec.serials, later_fold=True
    ).values.to_numpy()
    fixed = later >= started.to_numpy()[before]
    if not fixed.any():
        return resolved
    values = resolved.to_numpy().copy()
    values[before[fixed]] = later[fixed]
    for row in before[fixed][:20]:
        findings.append(
            Finding(
                spec.path,
                "dst_fold",
                DST_FOLD(value=_cell(end_col, int(row)), zone=tz),
                line=int(lines[row]),
            )
        )
    return pd.Series(values, dtype=resolved.dtype)


def _from_duration(
    started: pd.Series, columns: Prepared, spec: Spec
) -> tuple[pd.Series, list[Rule]]:
    """End = start + duration, in the unit of the header or the mapping (default minutes)."""
    column = columns.get("duration")
    assert column is not None
    name = spec.mapping["duration"]
    unit = spec.units.get("duration", 60.0)
    seconds = durations(column, unit)
    present = np.asarray(column.is_valid(), dtype=bool)
    unreadable = present & np.isnan(seconds)
    negative = seconds < 0
    huge = ~np.isnan(seconds) & ~(np.abs(seconds) <= MAX_DURATION_S)
    usable = np.where(unreadable | negative | huge, np.nan, seconds)
    ended = started + pd.to_timedelta(usable, unit="s")
    return ended, [
        Rule(unreadable, lambda r: UNREADABLE_DURATION(value=_cell(column, r), column=name)),
        Rule(negative, lambda r: NEGATIVE_DURATION(value=_cell(column, r), column=name)),
        Rule(huge, lambda r: IMPLAUSIBLE_DURATION(value=_cell(column, r), column=name)),
    ]


def _closed_without_end(
    resolved: pd.Series,
    columns: Prepared,
    spec: Spec,
    tz: str,
    dayfirst: bool | None,
    findings: list[Finding],
) -> tuple[pd.Series, list[Rule]]:
    """A status that says closed with no end: the last update time, else a rejection."""
    status = columns.get("status")
    if status is None:
        return resolved, []
    closed = map_distinct(status, lambda v: "1" if is_closed_status(v) else None)
    closed_mask = np.asarray(closed.is_valid(), dtype=bool)
    missing = closed_mask & resolved.isna().to_numpy()
    if not missing.any():
        return resolved, []
    updated_col = columns.get("updated_at")
    if updated_col is not None:
        updated = parse_times(updated_col, tz, dayfirst, serials=spec.serials).values
        filled = missing & updated.notna().to_numpy()
        resolved = resolved.mask(filled, updated)
        if filled.any():
            findings.append(
                Finding(
                    spec.path,
                    "end_from_update",
                    END_FROM_UPDATE(count=int(filled.sum()), column=spec.mapping["updated_at"]),
                )
            )
        missing &= ~filled
    name = spec.mapping["status"]
    return resolved, [
        Rule(
            missing,
            lambda r: CLOSED_WITHOUT_END(value=_cell(status, r), column=name),
        )
    ]


def _order_rule(started: pd.Series, resolved: pd.Series, spec: Spec, tz: str) -> Rule:
    before = (resolved < started).to_numpy(dtype=bool, na_value=False)
    mapping = spec.mapping
    end_column = mapping.get("resolved_at") or mapping.get("duration")
    start_column = mapping["started_at"]

    def message(row: int) -> Message:
        end, start = resolved.iloc[row].tz_convert(tz), started.iloc[row].tz_convert(tz)
        shape = "%H:%M" if end.date() == start.date() else "%Y-%m-%d %H:%M"
        return END_BEFORE_START(
            end=end.strftime(shape),
            start=start.strftime(shape),
            end_column=end_column,
            start_column=start_column,
        )

    return Rule(before, message)


def _acknowledged(
    columns: Prepared, spec: Spec, tz: str, dayfirst: bool | None, started: ParsedTimes
) -> pd.Series:
    """Acknowledgement is optional: unreadable or earlier than the start means unknown (NaT).
    A numeric column counts from the start (Opsgenie's ``report.ackTime``, in ms)."""
    column = columns.get("acknowledged_at")
    if column is None:
        return pd.Series(pd.NaT, index=range(len(started.values)), dtype=started.values.dtype)
    if "acknowledged_at" in spec.offsets:
        seconds = durations(column, spec.units.get("acknowledged_at", 60.0))
        seconds = np.where(np.abs(seconds) <= MAX_DURATION_S, seconds, np.nan)
        acked = started.values + pd.to_timedelta(seconds, unit="s")
    else:
        acked = parse_times(column, tz, dayfirst, serials=spec.serials).values
    return acked.where(acked >= started.values)
