"""Read incident files (CSV or Excel workbooks) into the canonical table (see
docs/ARCHITECTURE.md, "Reading").

Decisions where the issue is silent:

- A file with a header and no data rows imports 0 rows; it is an error only when no start
  column can be found. An empty file (or only blank lines) is an ``IncidentFileError``.
- Blank lines and rows whose cells are all empty are not data rows and are not counted.
- Without a service column the service is the file name without extension (a workbook's
  sheet name); an empty cell in a service column is ``NO_SERVICE``. An empty id cell means
  ``"<file path>:<line>"``.
- Unreadable or implausible start/end times reject the row; an unreadable acknowledgement, or
  one before the start, is left unknown (NaT) rather than losing the incident.
- A duration column is used only when there is no end column; its unit comes from the header
  or the mapping (``report.closeTime:ms``), minutes otherwise.
- A byte-order mark that lies about the encoding is an error, not a guess.
- A repeated id is one incident only within one service.
"""

from __future__ import annotations

import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import TypeVar

import numpy as np
import pandas as pd

from desktop_app.core.messages import Message, MessageKind, Term
from desktop_app.core.model import (
    FileImport,
    Finding,
    ImportCancelled,
    ImportResult,
    IncidentFileError,
    MissingColumnError,
    ReadOptions,
    empty_incidents,
)
from desktop_app.core.reading.assemble import Assembled, assemble, ids_all_distinct
from desktop_app.core.reading.column_detection import (
    TableDetection,
    column_guesses,
    detect_table,
    guess_findings,
    with_mapping,
)
from desktop_app.core.reading.incident_times import decide_order
from desktop_app.core.reading.sources import (
    EMPTY_FILE,
    SHEET_SKIPPED,
    Source,
    Table,
    load_source,
)
from desktop_app.core.settings import DEFAULT_LIMITS, Limits

Progress = Callable[[float], None]
DEFAULT_OPTIONS = ReadOptions()
#: One incident: an id is another incident in another service.
_KEY = ("incident_id", "service")
UNEXPECTED_ERROR = MessageKind(
    "unexpected_error", "unexpected error while reading (please report it): {error}"
)
NOT_A_REGULAR_FILE = MessageKind("not_a_regular_file", "it is {kind}, not a regular file")
CANNOT_OPEN = MessageKind("cannot_open", "cannot open the file ({why})")
TOO_BIG = MessageKind(
    "too_big",
    "it holds more than {size} MiB, the most one file may hold; split it or export a shorter "
    "period",
)
NO_START_COLUMN = Term("sheet skipped", "no column holds start times")
_FILE_KINDS = (
    (stat.S_ISDIR, Term("file kind", "a folder")),
    (stat.S_ISFIFO, Term("file kind", "a named pipe (FIFO)")),
    (stat.S_ISCHR, Term("file kind", "a character device")),
    (stat.S_ISBLK, Term("file kind", "a block device")),
    (stat.S_ISSOCK, Term("file kind", "a socket")),
)
_SPECIAL_FILE = Term("file kind", "a special file")

_VISIBLE = re.compile(rb"[^\s\xef\xbb\xbf\xff\xfe\x00]")
T = TypeVar("T")


@dataclass(frozen=True)
class ParsedFile:
    """A file read and split into tables of text with its columns detected, before the
    user's column mapping is applied.

    Kept between the two steps of an import so that a file whose columns must be mapped by
    the user is read once, not once more after the user's answer. A workbook holds one table
    per sheet with an incident header; the mapping dialog shows the first."""

    path: str
    source: Source
    detections: list[TableDetection]

    @property
    def headers(self) -> list[str]:
        return self.shown[0].headers

    @property
    def detected(self) -> dict[str, str]:
        return dict(self.shown[1].detection.mapping)

    def preview(self) -> list[list[str]]:
        return self.shown[1].preview

    @property
    def guesses(self) -> dict[str, str]:
        """The detection plus, when no header names a start, the columns whose values are
        times: the earliest as the start, the next as the end (for a mapping dialog)."""
        table, detection = self.shown
        return column_guesses(table, detection)

    @property
    def needs_mapping(self) -> bool:
        """No table has a recognised start column; the user has to name one."""
        return not any(d.usable for d in self.detections)

    @property
    def needs_confirmation(self) -> bool:
        """The start column is missing, or was guessed from a bare time word or the values:
        a person should confirm the columns before the figures rely on them."""
        if self.needs_mapping:
            return True
        return bool(guess_findings(self.path, self.shown[1].detection, DEFAULT_OPTIONS))

    @property
    def shown(self) -> tuple[Table, TableDetection]:
        """The table a mapping dialog shows: the first usable one, else the first."""
        pairs = list(zip(self.source.tables, self.detections, strict=True))
        return next(((t, d) for t, d in pairs if d.usable), pairs[0])


def read_incident_file(
    path: str | Path,
    options: ReadOptions = DEFAULT_OPTIONS,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> FileImport:
    """Read one file. Raises ``IncidentFileError`` (or ``MissingColumnError``) when the file
    cannot be imported at all, ``ImportCancelled`` when ``progress`` raises it."""
    report = progress or (lambda fraction: None)
    report(0.0)
    parsed = parse_incident_file(path, limits)
    report(0.5)
    result = import_parsed(parsed, options)
    report(1.0)
    return result


def parse_incident_file(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> ParsedFile:
    """Read, decode and split one file and detect its columns (``IncidentFileError`` when it
    cannot be read at all)."""
    return _guarded(path, lambda: _parse(path, _read_bytes(path, limits)))


def parse_incident_bytes(
    path: str | Path, raw: bytes, limits: Limits = DEFAULT_LIMITS
) -> ParsedFile:
    """``parse_incident_file`` on bytes kept elsewhere (an import's, in the library), named
    ``path``: ids made from the path and line come out as when the file was read."""
    if len(raw) > limits.max_file_bytes:
        raise IncidentFileError(path, _too_big(limits.max_file_bytes))
    return _guarded(path, lambda: _parse(path, raw))


def parse_incident_files(
    paths: Sequence[str | Path],
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[list[ParsedFile], list[IncidentFileError]]:
    """Parse several files; those that cannot be read are returned as errors, not raised."""
    parsed: list[ParsedFile] = []
    failed: list[IncidentFileError] = []
    for index, path in enumerate(paths):
        if progress is not None:
            progress(index / max(len(paths), 1))
        try:
            parsed.append(parse_incident_file(path, limits))
        except IncidentFileError as error:
            failed.append(error)
    if progress is not None:
        progress(1.0)
    return parsed, failed


def import_parsed(parsed: ParsedFile, options: ReadOptions = DEFAULT_OPTIONS) -> FileImport:
    """Apply the column mapping and build the canonical incidents of one parsed file."""
    return _guarded(parsed.path, lambda: _import(parsed.path, parsed, options))


def read_incident_files(
    paths: Sequence[str | Path],
    options: ReadOptions | Mapping[str, ReadOptions] = DEFAULT_OPTIONS,
    progress: Progress | None = None,
    *,
    skip_unreadable: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportResult:
    """Read several files; a later row replaces an earlier one with the same incident id and
    counts as a duplicate in its own file, so ``sum(imported) == len(incidents)``.

    ``options`` is one ``ReadOptions`` for all files or one per path (a user's column mapping
    names the headers of one file). With ``skip_unreadable`` a file that cannot be imported
    (``MissingColumnError`` included) is listed in ``ImportResult.failed`` and the others are
    still read; without it the first such error is raised."""
    count = max(len(paths), 1)
    files: list[FileImport] = []
    failed: list[IncidentFileError] = []
    for index, path in enumerate(paths):
        step = None if progress is None else _scaled(progress, index / count, 1 / count)
        chosen = options if isinstance(options, ReadOptions) else options[str(path)]
        try:
            files.append(read_incident_file(path, chosen, step, limits))
        except IncidentFileError as error:
            if not skip_unreadable:
                raise
            failed.append(error)
    if progress is not None:
        progress(1.0)
    return merge_imports(files, failed)


def merge_imports(files: list[FileImport], failed: list[IncidentFileError]) -> ImportResult:
    """Files read together: ids repeated across files merge, later files winning."""
    files = _distinct_generated_ids(files)
    findings = [finding for file in files for finding in file.findings]
    return ImportResult(files, _merge(files), failed, findings)


def _distinct_generated_ids(files: list[FileImport]) -> list[FileImport]:
    """Rows without an id are named ``file.csv:line``; two files of one name (from two
    folders) read together keep apart as ``folder/file.csv:line``."""
    names = Counter(PurePath(file.path).name for file in files)
    out = []
    for file in files:
        path = PurePath(file.path)
        incidents = file.incidents
        if names[path.name] > 1 and len(incidents):
            lines = incidents["source_line"].astype(str)
            generated = incidents["incident_id"].astype(str) == path.name + ":" + lines
            ids = (
                incidents["incident_id"]
                .astype(str)
                .where(~generated, f"{path.parent.name}/{path.name}:" + lines)
            )
            kept = ids.astype(incidents["incident_id"].dtype)
            file = replace(file, incidents=incidents.assign(incident_id=kept))
        out.append(file)
    return out


def _scaled(progress: Progress, start: float, width: float) -> Progress:
    return lambda fraction: progress(start + width * fraction)


def _guarded(path: str | Path, work: Callable[[], T]) -> T:
    """Run ``work``; anything but our own errors becomes an ``IncidentFileError`` naming the
    file, so no input can end in a traceback."""
    try:
        return work()
    except (IncidentFileError, ImportCancelled):
        raise
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
        raise IncidentFileError(path, UNEXPECTED_ERROR(error=error)) from exc


def _read_bytes(path: str | Path, limits: Limits) -> bytes:
    """The file's bytes: only a regular file (a FIFO would block forever, a device never end),
    and no more than ``limits.max_file_bytes`` (also when the size on disk says less)."""
    limit = limits.max_file_bytes
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise IncidentFileError(path, NOT_A_REGULAR_FILE(kind=_file_kind(info.st_mode)))
        if info.st_size > limit:
            raise IncidentFileError(path, _too_big(limit))
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise IncidentFileError(path, CANNOT_OPEN(why=str(exc.strerror or exc))) from None
    if len(data) > limit:
        raise IncidentFileError(path, _too_big(limit))
    return data


def _too_big(limit: int) -> Message:
    return TOO_BIG(size=limit // (1024 * 1024))


def _file_kind(mode: int) -> Term:
    return next((name for test, name in _FILE_KINDS if test(mode)), _SPECIAL_FILE)


def _parse(path: str | Path, raw: bytes) -> ParsedFile:
    if _VISIBLE.search(raw) is None:
        raise IncidentFileError(path, EMPTY_FILE())
    source = load_source(path, raw)
    return ParsedFile(str(path), source, [detect_table(str(path), t) for t in source.tables])


def _import(path: str | Path, parsed: ParsedFile, options: ReadOptions) -> FileImport:
    """Apply the mapping and read every table; a workbook's tables add up into one file's
    accounting."""
    source = parsed.source
    detections = [
        with_mapping(d, t, options, str(path))
        for t, d in zip(source.tables, parsed.detections, strict=True)
    ]
    usable = [(t, d) for t, d in zip(source.tables, detections, strict=True) if d.usable]
    if not usable:
        table, detection = source.tables[0], detections[0]
        guesses = column_guesses(table, detection)
        raise MissingColumnError(path, "started_at", table.headers, detection.preview, guesses)
    findings = list(source.findings)
    for table, detection in zip(source.tables, detections, strict=True):
        if not detection.usable and table.sheet is not None:
            findings.append(
                Finding(
                    str(path),
                    "sheet_skipped",
                    SHEET_SKIPPED(sheet=table.sheet, reason=NO_START_COLUMN),
                )
            )
    done = [_assemble(path, source, table, detection, options) for table, detection in usable]
    return _file_import(path, source, usable, done, findings)


def _assemble(
    path: str | Path, source: Source, table: Table, detection: TableDetection, options: ReadOptions
) -> Assembled:
    spec = detection.spec(str(path), table, source.damaged)
    dayfirst = options.dayfirst
    order_findings: list[Finding] = []
    if dayfirst is None:
        dayfirst, order_findings = decide_order(detection.time_columns(table), str(path))
    done = assemble(table.raw, spec, options.tz, dayfirst)
    return Assembled(
        done.incidents,
        done.rejected,
        done.duplicates,
        detection.findings + order_findings + done.findings,
    )


def _file_import(
    path: str | Path,
    source: Source,
    usable: list[tuple[Table, TableDetection]],
    done: list[Assembled],
    findings: list[Finding],
) -> FileImport:
    incidents = done[0].incidents
    if len(done) > 1:
        incidents = pd.concat([d.incidents for d in done], ignore_index=True)
        incidents = incidents.astype(empty_incidents().dtypes.to_dict())
    first = usable[0][1].detection
    for item in done:
        findings += item.findings
    return FileImport(
        path=str(path),
        encoding=source.encoding,
        delimiter=source.delimiter,
        rows=sum(t.raw.rows for t, _ in usable),
        imported=len(incidents),
        duplicates=sum(d.duplicates for d in done),
        mapping=first.mapping,
        rejected=[r for d in done for r in d.rejected],
        incidents=incidents,
        findings=_unique(findings),
        fallbacks=first.fallbacks,
    )


def _unique(findings: list[Finding]) -> list[Finding]:
    return list(dict.fromkeys(findings))


def count_repeats(files: list[FileImport]) -> bool:
    """Files read together: ids already seen in an earlier file move from imported to
    duplicates, in place; whether any did. Each file already holds one row per id, so one
    file, or files whose ids are all distinct, need no duplicate search."""
    if len(files) < 2:
        return False
    keys = pd.concat([f.incidents[list(_KEY)] for f in files], ignore_index=True)
    if ids_all_distinct(keys):
        return False
    owner = np.repeat(np.arange(len(files)), [len(f.incidents) for f in files])
    repeated = keys.duplicated(list(_KEY), keep="first").to_numpy()
    for file, count in zip(files, np.bincount(owner[repeated], minlength=len(files)), strict=True):
        file.imported -= int(count)
        file.duplicates += int(count)
    return bool(repeated.any())


def _merge(files: list[FileImport]) -> pd.DataFrame:
    """Concatenate, later files winning on an id repeated (and counted, ``count_repeats``)."""
    if not files:
        return empty_incidents()
    repeats = count_repeats(files)
    if len(files) == 1:
        return files[0].incidents
    combined = pd.concat([f.incidents for f in files], ignore_index=True)
    canonical = empty_incidents().dtypes.to_dict()
    if not repeats:
        return combined.astype(canonical)
    merged = combined.drop_duplicates(list(_KEY), keep="last")
    return merged.reset_index(drop=True).astype(canonical)
