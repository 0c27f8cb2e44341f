"""Recording imports: a file in, its incidents merged by id, earlier values kept; or out again.

Decisions where the issue is silent:

- The same bytes (SHA-256) are the same file, whatever its name or the options asked: it is
  "already in the library". To read it again with other options, re-read that import
  (``core.library.reread``): its bytes are kept in the library (``import_files``).
- "Later" means imported later: the latest import holding an incident id gives its values.
- A file from which no incident could be imported is reported and not recorded, so it can be
  imported again once its mapping or time zone is right.
- Each file is one transaction: a batch stopped half-way keeps the files already done.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from desktop_app.core.library.records import (
    FileOutcome,
    ImportRecord,
    findings_from_json,
    findings_json,
    rejected_from_json,
    rejected_json,
)
from desktop_app.core.library.sql import Connection
from desktop_app.core.library.store import Library
from desktop_app.core.messages import Message, MessageError, MessageKind
from desktop_app.core.model import (
    IMPACT_DTYPE,
    INCIDENT_COLUMNS,
    SEVERITY_DTYPE,
    FileImport,
    Finding,
    ReadOptions,
    empty_incidents,
)
from desktop_app.core.reading.header_scoring import header_unit, split_unit
from desktop_app.core.reading.reader import CANNOT_OPEN, read_incident_files

Progress = Callable[[float], None]
DEFAULT_OPTIONS = ReadOptions()
#: The share of one file's progress spent reading it; the rest is writing.
READ_SHARE = 0.6
NOTHING_IMPORTED = MessageKind(
    "nothing_imported", "no incident was imported ({rows} rows, {rejected} rejected)"
)
NOTHING_IMPORTED_BECAUSE = MessageKind(
    "nothing_imported_because",
    "no incident was imported ({rows} rows, {rejected} rejected; {reason})",
)
_COLUMNS = ", ".join(INCIDENT_COLUMNS)
_COMPARED = [c for c in INCIDENT_COLUMNS if c not in ("incident_id", "source_file", "source_line")]


REMOVAL_NUMBER_TAKEN = MessageKind(
    "removal_number_taken",
    "import {id} cannot be put back: a later import has its number",
)
REMOVAL_FILE_AGAIN = MessageKind(
    "removal_file_again",
    "import {id} cannot be put back: the same file was imported again (import {other})",
)


class UndoRemovalError(MessageError):
    """A removed import cannot come back as it was; nothing was changed."""


@dataclass(frozen=True)
class RemovedImport:
    """``left``: incidents no other import held; ``restored``: back to earlier imported values.
    ``versions`` are the import's rows as they were, so that ``undo_removal`` can put them back.
    """

    record: ImportRecord
    left: int
    restored: int
    versions: pa.Table = field(repr=False, compare=False)


def file_digest(path: str | Path) -> tuple[int, str]:
    """Size and SHA-256 of the file's bytes."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def import_files(
    library: Library,
    paths: Sequence[str | Path],
    options: ReadOptions | Mapping[str, ReadOptions] = DEFAULT_OPTIONS,
    progress: Progress | None = None,
) -> list[FileOutcome]:
    """Import each file in its own transaction; the outcome of each, in order."""
    report = progress or (lambda fraction: None)
    count = max(len(paths), 1)
    outcomes = []
    for index, path in enumerate(paths):
        chosen = options if isinstance(options, ReadOptions) else options[str(path)]

        def step(fraction: float, base: float = index / count) -> None:
            report(base + fraction / count)

        outcomes.append(_import_one(library, str(Path(path).absolute()), chosen, step))
    report(1.0)
    return outcomes


def _import_one(library: Library, path: str, options: ReadOptions, step: Progress) -> FileOutcome:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return FileOutcome(path, "failed", message=CANNOT_OPEN(why=str(exc.strerror or exc)))
    digest = bytes_digest(raw)
    earlier = find_import(library, digest[1])
    if earlier is not None:
        return FileOutcome(path, "already", earlier)
    result = read_incident_files(
        [path], options, lambda f: step(f * READ_SHARE), skip_unreadable=True
    )
    if result.failed:
        return FileOutcome(path, "failed", message=result.failed[0].reason)
    findings = [f for f in result.findings if f.file == path]
    return record_import(
        library, result.files[0], options, findings, lambda: step(0.9), digest=digest, raw=raw
    )


def bytes_digest(raw: bytes) -> tuple[int, str]:
    """Size and SHA-256 of bytes already read (``file_digest`` of a file's)."""
    return len(raw), hashlib.sha256(raw).hexdigest()


def _file_bytes(path: str, digest: tuple[int, str] | None) -> tuple[bytes | None, tuple[int, str]]:
    """The file's bytes and digest; no bytes when they are no longer the ``digest`` read (the
    file changed since): the import is then recorded without them."""
    raw = Path(path).read_bytes()
    found = bytes_digest(raw)
    if digest is None or digest == found:
        return raw, found
    return None, digest


def keep_bytes(con: Connection, import_id: int, raw: bytes) -> None:
    """Keep an import's bytes, compressed, for reading it again (inside the caller's
    transaction). At most ``Limits.max_file_bytes`` (512 MiB) reach here: zlib never grows
    them by more than a few bytes per 16 KiB, within DuckDB's and PostgreSQL's 1 GiB."""
    con.run("DELETE FROM import_files WHERE import_id = ?", [import_id])
    con.run("INSERT INTO import_files VALUES (?, 'zlib', ?)", [import_id, zlib.compress(raw, 6)])


def stored_bytes(con: Connection, import_id: int) -> bytes | None:
    """The bytes kept of an import; None for one recorded before they were kept."""
    row = con.first_row(
        "SELECT compression, data FROM import_files WHERE import_id = ?", [import_id]
    )
    if row is None:
        return None
    compression, data = row
    return zlib.decompress(bytes(data)) if compression == "zlib" else bytes(data)


def record_import(
    library: Library,
    file: FileImport,
    options: ReadOptions,
    findings: list[Finding],
    written: Callable[[], None] | None = None,
    *,
    digest: tuple[int, str] | None = None,
    raw: bytes | None = None,
) -> FileOutcome:
    """Record a file already read (the GUI reads before it records), in one transaction,
    with its bytes (``raw`` when the caller has them, else read again; none when the file
    changed since ``digest``, the one it read).
    ``written()`` runs inside the transaction once every row is written, before the commit."""
    try:
        if raw is None or digest is None:
            raw, digest = _file_bytes(file.path, digest)
        size, sha = digest
    except OSError as exc:
        return FileOutcome(file.path, "failed", message=CANNOT_OPEN(why=str(exc.strerror or exc)))
    earlier = find_import(library, sha)
    if earlier is not None:
        return FileOutcome(file.path, "already", earlier)
    if file.imported == 0:
        return FileOutcome(file.path, "failed", message=_nothing_imported(file))
    with library.writing() as con:
        record = _record(con, file, size, sha, options, findings)
        if raw is not None:
            keep_bytes(con, record.id, raw)
        if written is not None:
            written()
    return FileOutcome(file.path, "imported", record)


def _nothing_imported(file: FileImport) -> Message:
    rows, rejected = file.rows, len(file.rejected)
    if file.rejected:
        return NOTHING_IMPORTED_BECAUSE(
            rows=rows, rejected=rejected, reason=file.rejected[0].reason
        )
    return NOTHING_IMPORTED(rows=rows, rejected=rejected)


def _options_json(options: ReadOptions, file: FileImport) -> dict[str, object]:
    """The options asked, the mapping used, and the unit a duration column was read in (the
    mapping's ``:unit``, else the header's; minutes when neither says)."""
    units = {
        field: split_unit(options.mapping.get(field, ""))[1] or header_unit(header) or "min"
        for field, header in file.mapping.items()
        if field == "duration"
    }
    return {
        **asdict(options),
        "mapping": dict(file.mapping),
        "asked_mapping": dict(options.mapping),
        "units": units,
    }


def _record(
    con: Connection,
    file: FileImport,
    size: int,
    sha: str,
    options: ReadOptions,
    findings: list[Finding],
) -> ImportRecord:
    """Write one file's incidents and its import row inside the caller's transaction."""
    (import_id,) = con.one("SELECT coalesce(max(id), 0) + 1 FROM imports")
    import_id = int(import_id)
    incoming = file.incidents.astype({"severity": "string", "impact": "string"})
    con.put("incoming", incoming)
    new, updated = _changes(con)
    con.run(
        "UPDATE versions SET current = false "
        "WHERE current AND incident_id IN (SELECT incident_id FROM incoming)",
    )
    # Stored by start (DuckDB keeps insertion order): a library grown month by month then
    # reads back in the order the analysis wants without sorting (see current_incidents).
    con.run(
        f"INSERT INTO versions SELECT CAST(? AS INTEGER), true, {_COLUMNS} FROM incoming "
        "ORDER BY started_at, incident_id",
        [import_id],
    )
    con.drop("incoming")
    record = ImportRecord(
        id=import_id,
        path=file.path,
        size=size,
        sha256=sha,
        imported_at=pd.Timestamp(datetime.now(UTC)),
        options=_options_json(options, file),
        encoding=file.encoding,
        delimiter=file.delimiter,
        rows=file.rows,
        imported=file.imported,
        duplicates=file.duplicates,
        rejected=list(file.rejected),
        findings=findings,
        new=new,
        updated=updated,
        unchanged=file.imported - new - updated,
    )
    _insert_record(con, record)
    return record


def _changes(
    con: Connection,
    earlier: str = "SELECT * FROM versions WHERE current",
    params: Sequence[object] = (),
) -> tuple[int, int]:
    """How many incoming incidents are new, and how many differ from the ``earlier`` values
    (by default their current ones)."""
    differs = " OR ".join(f"i.{c}::VARCHAR IS DISTINCT FROM v.{c}::VARCHAR" for c in _COMPARED)
    new, updated = con.one(
        f"""SELECT count(*) FILTER (WHERE v.incident_id IS NULL),
                   count(*) FILTER (WHERE v.incident_id IS NOT NULL AND ({differs}))
            FROM incoming i LEFT JOIN ({earlier}) v
            ON i.incident_id = v.incident_id""",
        list(params),
    )
    return int(new), int(updated)


def _insert_record(con: Connection, r: ImportRecord) -> None:
    con.run(
        "INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            r.id, r.path, r.size, r.sha256, r.imported_at.to_pydatetime(),
            json.dumps(r.options, ensure_ascii=False), r.encoding, r.delimiter,
            r.rows, r.imported, r.duplicates, rejected_json(r.rejected),
            findings_json(r.findings), r.new, r.updated, r.unchanged,
        ],
    )  # fmt: skip


_RECORD_SELECT = (
    "SELECT id, path, size, sha256, imported_at, options, encoding, delimiter, rows, imported, "
    "duplicates, rejected, findings, new, updated, unchanged FROM imports"
)


def _from_row(row: tuple[Any, ...]) -> ImportRecord:
    (id_, path, size, sha, at, options, encoding, delimiter, rows, imported, duplicates,
     rejected, findings, new, updated, unchanged) = row  # fmt: skip
    return ImportRecord(
        id=int(id_), path=path, size=int(size), sha256=sha, imported_at=pd.Timestamp(at),
        options=json.loads(options), encoding=encoding, delimiter=delimiter, rows=int(rows),
        imported=int(imported), duplicates=int(duplicates),
        rejected=rejected_from_json(rejected), findings=findings_from_json(findings),
        new=int(new), updated=int(updated), unchanged=int(unchanged),
    )  # fmt: skip


def list_imports(library: Library) -> list[ImportRecord]:
    """Every recorded import, oldest first."""
    with library.reading() as con:
        return read_imports(con)


def read_imports(con: Connection) -> list[ImportRecord]:
    """``list_imports`` on an open connection."""
    rows = con.rows(f"{_RECORD_SELECT} ORDER BY id")
    return [_from_row(row) for row in rows]


def find_import(library: Library, sha256: str) -> ImportRecord | None:
    with library.reading() as con:
        row = con.first_row(f"{_RECORD_SELECT} WHERE sha256 = ?", [sha256])
    return None if row is None else _from_row(row)


@dataclass(frozen=True)
class RemovalPreview:
    """What removing an import would do: ``leaving`` lists the incidents only it holds,
    ``restored`` counts those an earlier import holds too (they go back to its values)."""

    leaving: tuple[str, ...]
    restored: int


def preview_removal(library: Library, import_id: int) -> RemovalPreview:
    """What ``remove_import`` would take out, without changing anything (asked before it)."""
    with library.reading() as con:
        rows = con.rows(
            """SELECT v.incident_id,
                      EXISTS (SELECT 1 FROM versions o
                              WHERE o.incident_id = v.incident_id AND o.import_id <> v.import_id)
               FROM versions v WHERE v.import_id = ? AND v.current ORDER BY 1""",
            [import_id],
        )
    leaving = tuple(str(incident) for incident, held_elsewhere in rows if not held_elsewhere)
    return RemovalPreview(leaving, len(rows) - len(leaving))


def remove_import(library: Library, import_id: int) -> RemovedImport:
    """Take an import out: its incidents leave unless an earlier import holds them, whose
    values then come back. Raises ``KeyError`` for an unknown id."""
    with library.writing() as con:
        row = con.first_row(f"{_RECORD_SELECT} WHERE id = ?", [import_id])
        if row is None:
            raise KeyError(import_id)
        versions = con.arrow(_VERSIONS_OF, [import_id])
        con.run(
            "CREATE TEMP TABLE dropped AS SELECT incident_id FROM versions "
            "WHERE import_id = ? AND current",
            [import_id],
        )
        con.run("DELETE FROM versions WHERE import_id = ?", [import_id])
        con.run(
            "CREATE TEMP TABLE restored AS SELECT incident_id, max(import_id) AS latest "
            "FROM versions WHERE incident_id IN (SELECT incident_id FROM dropped) GROUP BY 1"
        )
        con.run(
            """UPDATE versions SET current = true FROM restored r
               WHERE versions.incident_id = r.incident_id AND versions.import_id = r.latest"""
        )
        (dropped,) = con.one("SELECT count(*) FROM dropped")
        (restored,) = con.one("SELECT count(*) FROM restored")
        con.run("DROP TABLE dropped")
        con.run("DROP TABLE restored")
        con.run("DELETE FROM imports WHERE id = ?", [import_id])
        con.run("DELETE FROM import_files WHERE import_id = ?", [import_id])
    return RemovedImport(_from_row(row), int(dropped) - int(restored), int(restored), versions)


_VERSIONS_OF = f"SELECT import_id, current, {_COLUMNS} FROM versions WHERE import_id = ?"


def undo_removal(library: Library, removed: RemovedImport) -> ImportRecord:
    """Put a removed import back as it was, in one transaction: its record, its rows, and each
    of its incidents' current values by the library's rule (the latest import holding an id
    gives its values, so an import made since keeps the values it brought). Edits were never
    removed with it, so they apply again. Raises ``UndoRemovalError`` when its number or its
    file has been taken by an import made since."""
    record = removed.record
    with library.writing() as con:
        if con.first_row("SELECT id FROM imports WHERE id = ?", [record.id]) is not None:
            raise UndoRemovalError(REMOVAL_NUMBER_TAKEN(id=record.id))
        again = con.first_row("SELECT id FROM imports WHERE sha256 = ?", [record.sha256])
        if again is not None:
            raise UndoRemovalError(REMOVAL_FILE_AGAIN(id=record.id, other=int(again[0])))
        _insert_record(con, record)
        con.put("put_back", removed.versions)
        con.run(f"INSERT INTO versions SELECT import_id, current, {_COLUMNS} FROM put_back")
        con.run(
            """UPDATE versions SET current = (versions.import_id = l.latest)
               FROM (SELECT incident_id, max(import_id) AS latest FROM versions
                     WHERE incident_id IN (SELECT incident_id FROM put_back) GROUP BY 1) l
               WHERE versions.incident_id = l.incident_id"""
        )
        con.drop("put_back")
    return record


def current_incidents(library: Library) -> pd.DataFrame:
    """The canonical incident table of the library: each id's latest imported values.

    Severity and impact are dictionary-encoded in Arrow first: pandas then builds the
    categoricals from a handful of distinct words instead of comparing a million strings
    (0.35 s of 0.8 s at 1M incidents). The rows come sorted by start, as the analysis wants
    them (its sort is then free: reordering a million rows of text costs seconds). They are
    stored in that order, so the sort (in Arrow) runs only when an import went back in time, or
    when a server returns its rows in another order."""
    with library.reading() as con:
        return read_current_incidents(con)


def read_current_incidents(con: Connection) -> pd.DataFrame:
    """``current_incidents`` on an open connection."""
    table = con.arrow(f"SELECT {_COLUMNS} FROM versions WHERE current")
    if not _by_start(table):
        # Sorted here, not asked again in order: a server's rows need not come as stored.
        table = table.sort_by([("started_at", "ascending"), ("incident_id", "ascending")])
    return _incident_frame(table)


def read_versions(con: Connection, chosen: Mapping[str, int]) -> pd.DataFrame:
    """The values that import ``chosen[id]`` brought for each incident ``id`` (canonical
    columns; a pair whose import was removed since is left out)."""
    if not chosen:
        return empty_incidents()
    pairs = pd.DataFrame({"incident_id": list(chosen), "import_id": list(chosen.values())})
    con.put("chosen_versions", pairs)
    table = con.arrow(
        f"SELECT {', '.join('v.' + c for c in INCIDENT_COLUMNS)} FROM versions v "
        "JOIN chosen_versions c USING (incident_id, import_id)"
    )
    con.drop("chosen_versions")
    return _incident_frame(table)


def _incident_frame(table: pa.Table) -> pd.DataFrame:
    """Stored incident rows as the canonical incident table."""
    if table.num_rows == 0:
        return empty_incidents()
    for name in ("severity", "impact"):
        index = table.schema.get_field_index(name)
        table = table.set_column(index, name, pc.dictionary_encode(table[name]))
    frame = table.to_pandas()
    for name, dtype in (("severity", SEVERITY_DTYPE), ("impact", IMPACT_DTYPE)):
        frame[name] = frame[name].cat.set_categories(dtype.categories)
    typed: pd.DataFrame = frame.astype(INCIDENT_COLUMNS)
    return typed


def _by_start(table: pa.Table) -> bool:
    starts = table["started_at"]
    if len(starts) < 2:
        return True
    later = pc.greater_equal(starts.slice(1), starts.slice(0, len(starts) - 1))
    return bool(pc.all(later).as_py())


def incident_versions(library: Library, incident_id: str) -> pd.DataFrame:
    """Every imported value of one incident, latest first, with the import that brought it."""
    with library.reading() as con:
        table = con.arrow(
            """SELECT i.path, i.imported_at, v.*
                FROM versions v JOIN imports i ON i.id = v.import_id
                WHERE v.incident_id = ? ORDER BY v.import_id DESC""",
            [incident_id],
        )
    frame: pd.DataFrame = table.to_pandas()
    return frame
