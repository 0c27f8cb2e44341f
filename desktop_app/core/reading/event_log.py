"""Event logs: files where each row is an event of a monitor (down, up, started, paused;
firing, resolved; PROBLEM, OK; 장애, 복구), not an incident.

An uptime checker (UptimeRobot's logs), an alert manager's notification log (Prometheus
Alertmanager's firing/resolved), or Zabbix's events (value 1 PROBLEM, 0 OK) list the moments
a state changed. An outage is a "down" event and the first "up" event of the same monitor
after it; a row carrying its own duration needs no partner. The other rows are not outages
and are left out with their reason (an "up" row names the outage it ended).

A file is an event log when its event column (or its status column) holds only event words,
some of them "down". The pairs are made only when the file has a single time column (no end,
no duration): otherwise each down row already carries its end.

Decisions where the issue is silent: monitors are told apart by the service column (the
whole file is one monitor without one); a "down" while the same monitor is already down
belongs to the outage in progress and is left out; a "down" never followed by an "up" is
open; "paused" and "started" end nothing (nobody observed the end).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from desktop_app.core.messages import MessageKind
from desktop_app.core.model import Finding
from desktop_app.core.reading.cell_values import DOWN_EVENTS, OTHER_EVENTS, map_distinct
from desktop_app.core.reading.field_columns import Prepared
from desktop_app.core.reading.spec import Rule, Spec

NOT_AN_OUTAGE = MessageKind(
    "not_an_outage",
    "the event '{event}' in column '{column}' is not an outage (only down events are)",
)
ENDS_OUTAGE = MessageKind(
    "ends_outage",
    "the event '{event}' in column '{column}' ends the outage that started on line {line}",
)
STILL_DOWN = MessageKind(
    "still_down",
    "the event '{event}' in column '{column}' repeats the outage in progress since line {line}",
)
EVENT_LOG = MessageKind(
    "event_log",
    "each row is an event: {events} events made {incidents} incidents ({open} still open); "
    "up, started and paused events are not outages",
)
#: Events that end an outage of the same monitor (``started``/``paused`` end nothing).
_ENDING = frozenset({"up", "ok", "resolved", "recovered", "recovery", "restored", "복구", "정상"})
_DOWN, _UP, _OTHER = "d", "u", "o"


@dataclass(frozen=True)
class EventLog:
    """An event log's kinds per row (``d`` down, ``u`` ending, ``o`` other), its rules and,
    when paired, the ends the pairs gave the down rows."""

    kinds: np.ndarray
    rules: list[Rule]
    resolved: pd.Series | None


def event_log(columns: Prepared, spec: Spec, started: pd.Series) -> EventLog | None:
    """The file's events, or ``None`` when it is no event log."""
    found = _event_column(columns, spec)
    if found is None:
        return None
    name, events = found
    kinds = np.asarray(map_distinct(events, _kind).to_numpy(zero_copy_only=False), dtype=object)
    single_time = "resolved_at" not in spec.mapping and "duration" not in spec.mapping
    rules: list[Rule] = []
    resolved = None
    if single_time:
        ends, closer, repeat = _pairs(kinds, _monitors(columns), started)
        resolved = pd.Series(ends).dt.tz_localize("UTC").astype(started.dtype)
        lines = columns.raw.lines
        rules = [
            Rule(
                closer >= 0,
                lambda r: ENDS_OUTAGE(
                    event=events[r].as_py(), column=name, line=int(lines[closer[r]])
                ),
                kind="event",
            ),
            Rule(
                repeat >= 0,
                lambda r: STILL_DOWN(
                    event=events[r].as_py(), column=name, line=int(lines[repeat[r]])
                ),
                kind="event",
            ),
        ]
    other = (kinds == _UP) | (kinds == _OTHER)
    rules.append(
        Rule(other, lambda r: NOT_AN_OUTAGE(event=events[r].as_py(), column=name), kind="event")
    )
    return EventLog(kinds, rules, resolved)


def event_findings(
    log: EventLog | None, reasons: np.ndarray, resolved: pd.Series, spec: Spec
) -> list[Finding]:
    """How many events made how many incidents, and how many of them are still open."""
    if log is None:
        return []
    events = int(pd.notna(log.kinds).sum())
    incidents = (log.kinds == _DOWN) & (reasons < 0)
    still_open = int((incidents & resolved.isna().to_numpy()).sum())
    message = EVENT_LOG(events=events, incidents=int(incidents.sum()), open=still_open)
    return [Finding(spec.path, "event_log", message)]


def _event_column(columns: Prepared, spec: Spec) -> tuple[str, pa.ChunkedArray] | None:
    """The event column; else a status column of event words in a file with one time column
    (a status of ``resolved`` beside an end column is an incident's status, not an event)."""
    events = columns.get("event")
    if events is not None:
        return spec.mapping["event"], events
    status = columns.get("status")
    if status is None or "resolved_at" in spec.mapping or "duration" in spec.mapping:
        return None
    words = {str(v).strip().casefold() for v in status.unique().drop_null().to_pylist()}
    if not (words & DOWN_EVENTS) or not words <= DOWN_EVENTS | OTHER_EVENTS:
        return None
    return spec.mapping["status"], status


def _kind(text: str) -> str | None:
    key = text.strip().casefold()
    if key in DOWN_EVENTS:
        return _DOWN
    if key in _ENDING:
        return _UP
    return _OTHER if key in OTHER_EVENTS else None


def _monitors(columns: Prepared) -> np.ndarray:
    """Each row's monitor: its service cell, or one monitor for the whole file."""
    service = columns.get("service")
    if service is None:
        return np.zeros(columns.raw.rows, dtype=np.int64)
    codes = pa.chunked_array(service).combine_chunks().dictionary_encode().indices
    return np.asarray(codes.fill_null(-1).to_numpy(zero_copy_only=False), dtype=np.int64)


def _pairs(
    kinds: np.ndarray, monitors: np.ndarray, started: pd.Series
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Walk each monitor's events in time order: a down opens an outage, the next ending
    event closes it. Returns the ends of the down rows (NaT: open), and for each ending row
    the down row it closed, for each repeated down the row of the outage in progress (-1)."""
    rows = len(kinds)
    times = started.to_numpy(dtype="datetime64[ns]")
    ends = np.full(rows, np.datetime64("NaT"), dtype="datetime64[ns]")
    closer = np.full(rows, -1, dtype=np.int64)
    repeat = np.full(rows, -1, dtype=np.int64)
    timed = np.flatnonzero(~np.isnat(times) & pd.notna(kinds))
    order = timed[np.lexsort((timed, times[timed], monitors[timed]))]
    down: dict[int, int] = {}
    for row in order.tolist():
        monitor, kind = int(monitors[row]), kinds[row]
        if kind == _DOWN:
            if monitor in down:
                repeat[row] = down[monitor]
            else:
                down[monitor] = row
        elif kind == _UP and monitor in down:
            opened = down.pop(monitor)
            ends[opened] = times[row]
            closer[row] = opened
    return ends, closer, repeat
