"""Reclassifications, notes and service settings, each change recorded and undoable.

A change names its target (an incident id or a service name), a field, the old and the new
value, the reason, the OS user (and the database user of a server library) and the time. The
latest change of a (target, field) is in force; an undo is itself a change, back to the old
value, so the trail only grows.

Several people may edit one (server) library: an edit names the library version it was made
on (``base``, the latest change id its editor had read) and is refused, saying who changed it
and when, when someone changed the same field of the same incident or service since. Edits of
other fields go through: they overwrite nothing.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal, cast

import pandas as pd

from desktop_app.core.library.sql import Connection
from desktop_app.core.library.store import Library
from desktop_app.core.messages import MessageError, MessageKind, Term
from desktop_app.core.window import DateError, Window

Kind = Literal["incident", "service", "import"]

#: Incident fields. Empty text means "not set" (as imported).
INCIDENT_FIELDS: tuple[str, ...] = (
    "maintenance",
    "excluded",
    "started_at",
    "resolved_at",
    "note",
    "cause",
    "postmortem",
)
#: Changes to these need a reason (they change the figures).
NEEDS_REASON: tuple[str, ...] = ("excluded", "started_at", "resolved_at")
#: Why an incident may be excluded from availability (the value of ``excluded``).
EXCLUDE_REASONS: tuple[str, ...] = (
    "not SLA-relevant",
    "false alarm",
    "duplicate of another incident",
)
#: The field that chooses which import's values an incident takes: the id of an earlier import
#: (an update undone for that incident alone), or empty for the latest import's. Set with
#: ``use_version`` only, which checks the import holds the incident.
VERSION = "version"
SERVICE_FIELDS: tuple[str, ...] = ("display_name", "aliases", "slo_pct", "owner")
#: Import fields, the target being the import's SHA-256 (the bytes, whatever the import's id:
#: removed and imported again, an export keeps what its user said of it). ``coverage``: the
#: span the export covers as its user states it (``stated_coverage``), instead of the span of
#: the times written in it.
IMPORT_FIELDS: tuple[str, ...] = ("coverage",)
_FIELDS: dict[str, tuple[str, ...]] = {
    "incident": INCIDENT_FIELDS,
    "service": SERVICE_FIELDS,
    "import": IMPORT_FIELDS,
}
YES = "yes"
_CHANGE_COLUMNS = "id, changed_at, os_user, kind, target, field, old, new, reason, undoes, db_user"
#: A row of those columns as the database returns it.
_ChangeRow = tuple[int, datetime, str, Kind, str, str, str, str, str, int | None, str | None]


NOT_A_TIME = MessageKind("not_a_time", "'{value}' is not a date and time")
NEEDS_OFFSET = MessageKind("needs_offset", "'{value}' needs a time zone offset, e.g. +09:00")
NOT_A_SPAN = MessageKind("not_a_span", "'{value}' is not a span of days in a time zone")
TARGET_NOT_A_NUMBER = MessageKind("target_not_a_number", "the SLO target '{value}' is not a number")
TARGET_OUT_OF_RANGE = MessageKind(
    "target_out_of_range", "the SLO target {value} % is not between 0 and 100"
)
UNKNOWN_FIELD = MessageKind("unknown_field", "unknown {kind} field '{field}'; fields: {fields}")
NEEDS_REASON_TO_CHANGE = MessageKind("needs_reason", "changing '{field}' needs a reason")
ALREADY_SO = MessageKind("already_so", "'{field}' of {target} is already '{value}'")
VERSION_NEEDS_REASON = MessageKind(
    "version_needs_reason", "using another import's values needs a reason"
)
NO_VALUES_IN_IMPORT = MessageKind(
    "no_values_in_import", "import {id} holds no values of incident {incident}"
)
VERSION_IN_USE = MessageKind("version_in_use", "the values of import {id} are already in use")
NO_SUCH_CHANGE = MessageKind("no_such_change", "there is no change {id}")
CHANGED_SINCE = MessageKind(
    "changed_since", "change {id} was changed again since; undo the later change first"
)
CHANGED_MEANWHILE = MessageKind(
    "changed_meanwhile",
    "'{field}' of {target} was changed to '{value}' by {user} at {at} after you read it; "
    "nothing was changed: look at the new value, then change it again",
)
_KIND_WORDS: dict[str, Term] = {
    "incident": Term("edited record", "incident"),
    "service": Term("edited record", "service"),
    "import": Term("edited record", "import"),
}


class EditError(MessageError):
    """A change that cannot be made; ``message`` says why, for a person."""


class ConflictError(EditError):
    """Someone else changed the same field after the editor read it; ``theirs`` is that change."""

    def __init__(self, theirs: Change) -> None:
        self.theirs = theirs
        user = f"{theirs.os_user} ({theirs.db_user})" if theirs.db_user else theirs.os_user
        super().__init__(
            CHANGED_MEANWHILE(
                field=theirs.field,
                target=theirs.target,
                value=theirs.new,
                user=user,
                at=theirs.at.isoformat(timespec="seconds"),
            )
        )


@dataclass(frozen=True)
class Change:
    id: int
    at: pd.Timestamp
    os_user: str
    kind: Kind
    target: str
    field: str
    old: str
    new: str
    reason: str
    undoes: int | None = None
    #: The database user who made it ("" in a DuckDB file).
    db_user: str = ""


@dataclass(frozen=True)
class Edits:
    """What is in force: ``incidents[id][field] = (value, reason)``, ``services[name][field]``,
    ``imports[sha256][field]``."""

    incidents: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    services: dict[str, dict[str, str]] = field(default_factory=dict)
    imports: dict[str, dict[str, str]] = field(default_factory=dict)


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


def _normalise(name: str, value: str) -> str:
    """The stored text of a value, or ``EditError`` when it cannot be one."""
    value = value.strip()
    if not value:
        return ""
    if name in ("started_at", "resolved_at"):
        try:
            stamp = pd.Timestamp(value)
        except ValueError as exc:
            raise EditError(NOT_A_TIME(value=value)) from exc
        if stamp.tzinfo is None:
            raise EditError(NEEDS_OFFSET(value=value))
        return stamp.tz_convert("UTC").isoformat()
    if name == "maintenance":
        return YES
    if name == "slo_pct":
        return _target(value)
    if name == "coverage":
        return _coverage(value)
    if name == "aliases":
        names = json.loads(value) if value.startswith("[") else value.split(",")
        return json.dumps(sorted({n.strip() for n in names if n.strip()}), ensure_ascii=False)
    return value


def _coverage(value: str) -> str:
    """``{"from": day, "to": day, "tz": zone}``, checked as a window of those days."""
    try:
        data = json.loads(value)
        days = (str(data["from"]), str(data["to"]), str(data["tz"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise EditError(NOT_A_SPAN(value=value)) from exc
    try:
        Window.from_dates(*days)
    except DateError as exc:
        raise EditError(exc.message) from exc
    return json.dumps(dict(zip(("from", "to", "tz"), days, strict=True)))


def _target(value: str) -> str:
    try:
        number = float(value)
    except ValueError as exc:
        raise EditError(TARGET_NOT_A_NUMBER(value=value)) from exc
    if not 0 < number <= 100:
        raise EditError(TARGET_OUT_OF_RANGE(value=f"{number:g}"))
    return f"{number:g}"


def _check(kind: Kind, name: str, reason: str) -> None:
    fields = _FIELDS[kind]
    if name not in fields:
        raise EditError(UNKNOWN_FIELD(kind=_KIND_WORDS[kind], field=name, fields=", ".join(fields)))
    if kind == "incident" and name in NEEDS_REASON and not reason.strip():
        raise EditError(NEEDS_REASON_TO_CHANGE(field=name))


def _in_force(con: Connection, kind: Kind, target: str, name: str) -> str:
    row = con.first_row(
        "SELECT new FROM changes WHERE kind = ? AND target = ? AND field = ? "
        "ORDER BY id DESC LIMIT 1",
        [kind, target, name],
    )
    return "" if row is None else row[0]


def _append(
    con: Connection,
    kind: Kind,
    target: str,
    name: str,
    new: str,
    reason: str,
    undoes: int | None = None,
) -> Change:
    (next_id,) = con.one("SELECT coalesce(max(id), 0) + 1 FROM changes")
    old = _in_force(con, kind, target, name)
    change = Change(
        int(next_id), pd.Timestamp(datetime.now(UTC)), os_user(), kind, target, name, old, new,
        reason.strip(), undoes, con.db_user(),
    )  # fmt: skip
    con.run(
        f"INSERT INTO changes ({_CHANGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [change.id, change.at.to_pydatetime(), change.os_user, kind, target, name, old, new,
         change.reason, undoes, change.db_user],
    )  # fmt: skip
    return change


def _refuse_if_changed_since(
    con: Connection, kind: Kind, target: str, name: str, base: int | None
) -> None:
    if base is None:
        return
    theirs = _changes(
        con, "WHERE kind = ? AND target = ? AND field = ? AND id > ?", [kind, target, name, base]
    )
    if theirs:
        raise ConflictError(theirs[-1])


def library_version(con: Connection) -> int:
    """The latest change's id (0 for none): the ``base`` of an edit made on what was read."""
    return int(con.one("SELECT coalesce(max(id), 0) FROM changes")[0])


def change(
    library: Library,
    kind: Kind,
    target: str,
    name: str,
    value: str,
    reason: str = "",
    *,
    base: int | None = None,
) -> Change:
    """Set ``name`` of an incident or a service to ``value`` ("" clears it), audited.
    Raises ``EditError`` for a field, value or missing reason that cannot be used, and
    ``ConflictError`` when the field was changed after the library version ``base``."""
    _check(kind, name, reason)
    new = _normalise(name, value)
    with library.writing() as con:
        _refuse_if_changed_since(con, kind, target, name, base)
        if new == _in_force(con, kind, target, name):
            raise EditError(ALREADY_SO(field=name, target=target, value=new))
        return _append(con, kind, target, name, new, reason)


def use_version(
    library: Library, incident_id: str, import_id: int, reason: str, *, base: int | None = None
) -> Change:
    """Give the incident the values import ``import_id`` brought (the latest import's id
    goes back to the latest values), audited and undoable like any change. Raises
    ``EditError`` without a reason, for an import that holds no values of the incident, and
    when those values are already in use; ``ConflictError`` as ``change`` does."""
    if not reason.strip():
        raise EditError(VERSION_NEEDS_REASON())
    with library.writing() as con:
        _refuse_if_changed_since(con, "incident", incident_id, VERSION, base)
        held = [
            int(row[0])
            for row in con.rows(
                "SELECT import_id FROM versions WHERE incident_id = ? ORDER BY import_id",
                [incident_id],
            )
        ]
        if import_id not in held:
            raise EditError(NO_VALUES_IN_IMPORT(id=import_id, incident=incident_id))
        new = "" if import_id == held[-1] else str(import_id)
        if new == _in_force(con, "incident", incident_id, VERSION):
            raise EditError(VERSION_IN_USE(id=import_id))
        return _append(con, "incident", incident_id, VERSION, new, reason)


def undo(library: Library, change_id: int, reason: str = "") -> Change:
    """Put back the value a change replaced; refused when a later change of the same field
    is in force (undo that one first)."""
    with library.writing() as con:
        earlier = _changes(con, "WHERE id = ?", [change_id])
        if not earlier:
            raise EditError(NO_SUCH_CHANGE(id=change_id))
        done = earlier[0]
        if _in_force(con, done.kind, done.target, done.field) != done.new:
            raise EditError(CHANGED_SINCE(id=change_id))
        why = reason.strip() or f"undo of change {change_id}"
        return _append(con, done.kind, done.target, done.field, done.old, why, change_id)


def _changes(con: Connection, where: str, params: list[object]) -> list[Change]:
    rows = cast(
        "list[_ChangeRow]",
        con.rows(f"SELECT {_CHANGE_COLUMNS} FROM changes {where} ORDER BY id", params),
    )
    return [
        Change(
            int(r[0]),
            pd.Timestamp(r[1]),
            *r[2:9],
            None if r[9] is None else int(r[9]),
            r[10] or "",
        )
        for r in rows
    ]


def history(library: Library, kind: Kind | None = None, target: str | None = None) -> list[Change]:
    """The audit trail, oldest first, of everything or of one incident or service."""
    clauses: list[str] = []
    params: list[object] = []
    if kind is not None:
        clauses.append("kind = ?")
        params.append(kind)
    if target is not None:
        clauses.append("target = ?")
        params.append(target)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    with library.reading() as con:
        return _changes(con, where, params)


def edits_in_force(library: Library) -> Edits:
    """The latest value (and its reason) of every field ever changed, empty ones left out."""
    with library.reading() as con:
        return read_edits(con)


def read_edits(con: Connection) -> Edits:
    """``edits_in_force`` on an open connection."""
    rows = con.rows(
        """SELECT DISTINCT ON (kind, target, field) kind, target, field, new, reason
           FROM changes ORDER BY kind, target, field, id DESC"""
    )
    edits = Edits()
    for kind, target, name, value, reason in rows:
        if not value:
            continue
        if kind == "incident":
            edits.incidents.setdefault(target, {})[name] = (value, reason)
        elif kind == "import":
            edits.imports.setdefault(target, {})[name] = value
        else:
            edits.services.setdefault(target, {})[name] = value
    return edits
