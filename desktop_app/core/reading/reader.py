"""Read incident CSV files into the canonical table (see docs/ARCHITECTURE.md, "Reading").

Decisions where the issue is silent:

- A file with a header and no data rows imports 0 rows; it is an error only when no start
  column can be found. An empty file (or only blank lines) is an ``IncidentFileError``.
- Blank lines and rows whose cells are all empty are not data rows and are not counted.
- An empty service cell, like a missing service column, means the file name without extension;
  an empty id cell means ``"<file stem>:<line>"``.
- Unreadable or implausible start/end times reject the row; an unreadable acknowledgement, or
  one before the start, is left unknown (NaT) rather than losing the incident.
- A duration column is used only when there is no end column; it counts minutes unless its
  header says seconds (``seconds_to_resolve``).
- A byte-order mark that lies about the encoding is an error, not a guess.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np
import pandas as pd

from desktop_app.core.model import (
    FileImport,
    ImportCancelled,
    ImportResult,
    IncidentFileError,
    MissingColumnError,
    ReadOptions,
    empty_incidents,
)
from desktop_app.core.reading.assemble import assemble, ids_all_distinct
from desktop_app.core.reading.columns import (
    MappingError,
    apply_mapping,
    detect_columns,
    unique_headers,
)
from desktop_app.core.reading.dialect import read_header
from desktop_app.core.reading.encoding import Decoded, UndecodableError, decode_to_utf8
from desktop_app.core.reading.normalize import are_impact_words
from desktop_app.core.reading.rawtable import RawTable, read_body
from desktop_app.core.settings import LIMITS

Progress = Callable[[float], None]
PREVIEW_ROWS = 5
DEFAULT_OPTIONS = ReadOptions()
_VISIBLE = re.compile(rb"[^\s\xef\xbb\xbf\xff\xfe\x00]")
T = TypeVar("T")


@dataclass(frozen=True)
class ParsedFile:
    """A file read and split into string columns, before any column mapping is applied.

    Kept between the two steps of an import so that a file whose columns must be mapped by
    the user is read once, not once more after the user's answer."""

    path: str
    decoded: Decoded
    delimiter: str
    headers: list[str]
    raw: RawTable
    detected: dict[str, str]

    def preview(self) -> list[list[str]]:
        head = self.raw.table.slice(0, PREVIEW_ROWS).to_pylist()
        return [[row[h] or "" for h in self.headers] for row in head]

    @property
    def needs_mapping(self) -> bool:
        """No start column was recognised; the user has to name one."""
        return "started_at" not in self.detected


def read_incident_file(
    path: str | Path, options: ReadOptions = DEFAULT_OPTIONS, progress: Progress | None = None
) -> FileImport:
    """Read one file. Raises ``IncidentFileError`` (or ``MissingColumnError``) when the file
    cannot be imported at all, ``ImportCancelled`` when ``progress`` raises it."""
    report = progress or (lambda fraction: None)
    report(0.0)
    parsed = parse_incident_file(path)
    report(0.5)
    result = import_parsed(parsed, options)
    report(1.0)
    return result


def parse_incident_file(path: str | Path) -> ParsedFile:
    """Read, decode and split one file and detect its columns (``IncidentFileError`` when it
    cannot be read at all)."""
    return _guarded(path, lambda: _parse(path, _read_bytes(path)))


def parse_incident_files(
    paths: Sequence[str | Path], progress: Progress | None = None
) -> tuple[list[ParsedFile], list[IncidentFileError]]:
    """Parse several files; those that cannot be read are returned as errors, not raised."""
    parsed: list[ParsedFile] = []
    failed: list[IncidentFileError] = []
    for index, path in enumerate(paths):
        if progress is not None:
            progress(index / max(len(paths), 1))
        try:
            parsed.append(parse_incident_file(path))
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
            files.append(read_incident_file(path, chosen, step))
        except IncidentFileError as error:
            if not skip_unreadable:
                raise
            failed.append(error)
    if progress is not None:
        progress(1.0)
    return merge_imports(files, failed)


def merge_imports(files: list[FileImport], failed: list[IncidentFileError]) -> ImportResult:
    """Files read together: ids repeated across files merge, later files winning."""
    return ImportResult(files, _merge(files), failed)


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
        raise IncidentFileError(
            path, f"unexpected error while reading (please report it): {type(exc).__name__}: {exc}"
        ) from exc


def _read_bytes(path: str | Path) -> bytes:
    """The file's bytes: only a regular file (a FIFO would block forever, a device never end),
    and no more than ``LIMITS.max_file_bytes`` (also when the size on disk says less)."""
    limit = LIMITS.max_file_bytes
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise IncidentFileError(path, f"it is {_file_kind(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise IncidentFileError(path, _too_big())
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise IncidentFileError(path, f"cannot open the file ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise IncidentFileError(path, _too_big())
    return data


def _too_big() -> str:
    return (
        f"it holds more than {LIMITS.max_file_bytes // (1024 * 1024)} MiB, the most one file "
        "may hold; split it or export a shorter period"
    )


def _file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "a special file")


def _parse(path: str | Path, raw: bytes) -> ParsedFile:
    if _VISIBLE.search(raw) is None:
        raise IncidentFileError(path, "the file is empty")
    try:
        decoded = decode_to_utf8(raw)
    except UndecodableError as exc:
        raise IncidentFileError(path, f"cannot read it as CSV text: {exc}") from None
    header = read_header(decoded.data)
    if header is None:
        raise IncidentFileError(path, "the file is empty")
    headers = unique_headers(header.cells)
    table = read_body(decoded.data, header, headers)

    def impact_words(name: str) -> bool:
        return are_impact_words(table.table.column(name))

    detected = _without_unused_duration(detect_columns(headers, impact_words))
    return ParsedFile(str(path), decoded, header.delimiter, headers, table, detected)


def _without_unused_duration(mapping: dict[str, str]) -> dict[str, str]:
    """A duration column counts only when there is no end column."""
    if "resolved_at" in mapping:
        return {field: header for field, header in mapping.items() if field != "duration"}
    return mapping


def _import(path: str | Path, parsed: ParsedFile, options: ReadOptions) -> FileImport:
    try:
        mapping = apply_mapping(parsed.detected, options.mapping, parsed.headers)
    except MappingError as exc:
        raise IncidentFileError(path, str(exc)) from None
    mapping = _without_unused_duration(mapping)
    if "started_at" not in mapping:
        raise MissingColumnError(
            path, "started_at", parsed.headers, parsed.preview(), parsed.detected
        )
    done = assemble(parsed.raw, mapping, options, str(path))
    imported = len(done.incidents)
    return FileImport(
        path=str(path),
        encoding=parsed.decoded.encoding,
        delimiter=parsed.delimiter,
        rows=parsed.raw.rows,
        imported=imported,
        duplicates=done.duplicates,
        mapping=mapping,
        rejected=done.rejected,
        incidents=done.incidents,
    )


def _merge(files: list[FileImport]) -> pd.DataFrame:
    """Concatenate; ids already seen in an earlier file move from imported to duplicates.
    Each file already holds one row per id, so one file, or files whose ids are all distinct,
    need no duplicate search."""
    if not files:
        return empty_incidents()
    if len(files) == 1:
        return files[0].incidents
    combined = pd.concat([f.incidents for f in files], ignore_index=True)
    canonical = empty_incidents().dtypes.to_dict()
    if ids_all_distinct(combined):
        return combined.astype(canonical)
    owner = np.repeat(np.arange(len(files)), [len(f.incidents) for f in files])
    repeated = combined["incident_id"].duplicated(keep="first").to_numpy()
    for file, count in zip(files, np.bincount(owner[repeated], minlength=len(files)), strict=True):
        file.imported -= int(count)
        file.duplicates += int(count)
    merged = combined.drop_duplicates("incident_id", keep="last")
    return merged.reset_index(drop=True).astype(canonical)
