"""Reading an import again with other options: another time zone, day/month order, column
mapping or duration unit.

Decisions where the issue is silent:

- The import keeps its id, its place in the order of imports and its bytes: only what was
  read from them changes (its versions, its row accounting, its findings and the options
  recorded). An incident that a later import also holds keeps the later values in force, as
  it would have had the import been read this way the first time.
- Edits are kept by incident id: the audit trail is not touched. An edit of an incident the
  new reading no longer yields stays in the trail and applies again when it comes back.
- An import recorded before bytes were kept is read from its file, when the file still has
  the bytes imported (same SHA-256); the bytes are then kept. A changed file is a new export:
  import it instead.
- A reading that imports no incident changes nothing (as for a new import), and the whole
  replacement is one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.library.imports import (
    _COLUMNS,
    _RECORD_SELECT,
    _changes,
    _from_row,
    _nothing_imported,
    _options_json,
    bytes_digest,
    keep_bytes,
    stored_bytes,
)
from desktop_app.core.library.records import ImportRecord, findings_json, rejected_json
from desktop_app.core.library.sql import Connection
from desktop_app.core.library.store import Library
from desktop_app.core.messages import MessageError, MessageKind
from desktop_app.core.model import FileImport, ReadOptions
from desktop_app.core.reading.reader import ParsedFile, import_parsed, parse_incident_bytes
from desktop_app.core.settings import DEFAULT_LIMITS, Limits

Progress = Callable[[float], None]
UNKNOWN_IMPORT = MessageKind("unknown_import", "there is no import {id}")
NO_SOURCE = MessageKind(
    "reread_no_source",
    "import {id} cannot be read again: the library does not hold its bytes (it was imported "
    "by an older version) and its file {path} is gone",
)
FILE_CHANGED = MessageKind(
    "reread_file_changed",
    "import {id} cannot be read again: the library does not hold its bytes (it was imported "
    "by an older version) and its file {path} has changed since; import the file as a new "
    "export instead",
)
NOT_REREAD = MessageKind("not_reread", "import {id} was not read again: {reason}")
REREAD = MessageKind("reread", "import {id} read again: {accounting}")


class RereadError(MessageError):
    """The import cannot be read again as asked; nothing was changed."""


@dataclass(frozen=True)
class ImportBytes:
    """An import's record and its bytes; ``from_file``: read from its file (not yet kept)."""

    record: ImportRecord
    raw: bytes
    from_file: bool


@dataclass(frozen=True)
class Reread:
    """The import before and after; ``kept_bytes``: its bytes, read from its file, are now
    kept in the library."""

    before: ImportRecord
    after: ImportRecord
    kept_bytes: bool


def import_bytes(library: Library, import_id: int) -> ImportBytes:
    """The bytes of import ``import_id``: kept in the library, else its unchanged file.
    ``RereadError`` when neither is there."""
    with library.reading() as con:
        row = con.first_row(f"{_RECORD_SELECT} WHERE id = ?", [import_id])
        if row is None:
            raise RereadError(UNKNOWN_IMPORT(id=import_id))
        record = _from_row(row)
        raw = stored_bytes(con, import_id)
    if raw is not None:
        return ImportBytes(record, raw, from_file=False)
    try:
        raw = Path(record.path).read_bytes()
    except OSError:
        raise RereadError(NO_SOURCE(id=import_id, path=record.path)) from None
    if bytes_digest(raw)[1] != record.sha256:
        raise RereadError(FILE_CHANGED(id=import_id, path=record.path))
    return ImportBytes(record, raw, from_file=True)


def parse_import(source: ImportBytes, limits: Limits = DEFAULT_LIMITS) -> ParsedFile:
    """The import's bytes split into tables with their columns detected, named by its path
    (so ids made from the path and line are those of the first reading)."""
    return parse_incident_bytes(source.record.path, source.raw, limits)


def options_of(
    record: ImportRecord,
    *,
    tz: str | None = None,
    dayfirst: bool | None = None,
    mapping: Mapping[str, str] | None = None,
) -> ReadOptions:
    """The options an import was read with (the mapping the user asked for, not the one
    detected), with those given put in (None: as read); a mapping given is merged into the
    one asked."""
    stored = record.options
    asked = stored.get("asked_mapping")
    read_dayfirst = stored.get("dayfirst")
    kept = {str(k): str(v) for k, v in asked.items()} if isinstance(asked, dict) else {}
    return ReadOptions(
        tz=str(stored.get("tz", "UTC")) if tz is None else tz,
        dayfirst=dayfirst
        if dayfirst is not None
        else (read_dayfirst if isinstance(read_dayfirst, bool) else None),
        mapping={**kept, **(mapping or {})},
    )


def reread_import(
    library: Library,
    import_id: int,
    options: ReadOptions,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
    *,
    parsed: ParsedFile | None = None,
) -> Reread:
    """Read import ``import_id`` again with ``options`` and put what it yields in place of
    its versions, in one transaction. Raises ``RereadError`` (or the reader's
    ``IncidentFileError``, e.g. a mapping without a start column) and changes nothing then.
    ``parsed``: the import's bytes already parsed (the GUI parses for its mapping dialog)."""
    report = progress or (lambda fraction: None)
    library.refuse_if_read_only()
    source = import_bytes(library, import_id)
    report(0.2)
    file = import_parsed(parsed or parse_import(source, limits), options)
    report(0.6)
    if file.imported == 0:
        raise RereadError(NOT_REREAD(id=import_id, reason=_nothing_imported(file)))
    with library.writing() as con:
        new, updated = _replace_versions(con, import_id, file)
        _update_record(con, import_id, file, options, (new, updated))
        if source.from_file:
            keep_bytes(con, import_id, source.raw)
        row = con.first_row(f"{_RECORD_SELECT} WHERE id = ?", [import_id])
    report(1.0)
    assert row is not None
    return Reread(source.record, _from_row(row), source.from_file)


_EARLIER = """SELECT v.* FROM versions v JOIN (
    SELECT incident_id, max(import_id) AS latest FROM versions WHERE import_id < ? GROUP BY 1
) e ON v.incident_id = e.incident_id AND v.import_id = e.latest"""


def _replace_versions(con: Connection, import_id: int, file: FileImport) -> tuple[int, int]:
    """The import's rows out, the new reading's in; then each touched incident's current
    row is again the one of the latest import holding it. How many incidents are new and
    updated against the imports before it, as when it was first made."""
    incoming = file.incidents.astype({"severity": "string", "impact": "string"})
    con.put("incoming", incoming)
    new, updated = _changes(con, _EARLIER, [import_id])
    con.run(
        "CREATE TEMP TABLE touched AS SELECT incident_id FROM versions WHERE import_id = ? "
        "UNION SELECT incident_id FROM incoming",
        [import_id],
    )
    con.run("DELETE FROM versions WHERE import_id = ?", [import_id])
    con.run(
        f"INSERT INTO versions SELECT CAST(? AS INTEGER), false, {_COLUMNS} FROM incoming "
        "ORDER BY started_at, incident_id",
        [import_id],
    )
    con.drop("incoming")
    con.run(
        """UPDATE versions SET current = (versions.import_id = t.latest)
           FROM (SELECT incident_id, max(import_id) AS latest FROM versions
                 WHERE incident_id IN (SELECT incident_id FROM touched) GROUP BY 1) t
           WHERE versions.incident_id = t.incident_id"""
    )
    con.run("DROP TABLE touched")
    return new, updated


def _update_record(
    con: Connection,
    import_id: int,
    file: FileImport,
    options: ReadOptions,
    counts: tuple[int, int],
) -> None:
    """The import's row: the options now used, the accounting and findings of this reading."""
    new, updated = counts
    con.run(
        """UPDATE imports SET options = ?, encoding = ?, delimiter = ?, rows = ?, imported = ?,
           duplicates = ?, rejected = ?, findings = ?, new = ?, updated = ?, unchanged = ?
           WHERE id = ?""",
        [
            json.dumps(_options_json(options, file), ensure_ascii=False),
            file.encoding, file.delimiter, file.rows,
            file.imported, file.duplicates, rejected_json(list(file.rejected)),
            findings_json(list(file.findings)), new, updated, file.imported - new - updated,
            import_id,
        ],
    )  # fmt: skip
