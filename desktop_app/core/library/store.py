"""Opening the library file: one writer, read-only for others, backups, migration, damage.

A connection is opened per operation and closed after it, so a second process (opened
read-only because the first holds the writer lock) can read between the first one's writes.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from desktop_app.core.library import schema
from desktop_app.core.library.lock import WriterLock
from desktop_app.core.library.paths import backup_path, default_library_path, lock_path
from desktop_app.core.library.sql import run
from desktop_app.core.messages import FileMessageError, Message, MessageError, MessageKind

#: How long an operation waits for another process's short read or write to finish.
BUSY_WAIT_SECONDS = 10.0
READ_ONLY = MessageKind(
    "read_only", "another Reliability Desk is using it; it is open read-only here"
)
CANNOT_CHANGE = MessageKind("cannot_change", "cannot change it: {reason}")
NO_LIBRARY_YET = MessageKind(
    "no_library_yet", "there is no library here yet; import files into it first"
)
NEWER_SCHEMA = MessageKind(
    "newer_schema", "it was made by a newer Reliability Desk (schema {schema}); update the app"
)
NEEDS_UPGRADE = MessageKind(
    "needs_upgrade", "it needs an upgrade, which only the app that writes it can do"
)
NO_BACKUP = MessageKind("no_backup", "there is no backup to restore")
DAMAGED = MessageKind(
    "damaged",
    "the library file cannot be read ({reason}); restore the last backup or start a new library",
)
DAMAGED_NO_BACKUP = MessageKind(
    "damaged_no_backup",
    "the library file cannot be read ({reason}); start a new library (there is no backup)",
)


class LibraryError(FileMessageError):
    """The library cannot be used as asked; ``str(err)`` is ``"PATH: reason"`` in English,
    ``reason`` the coded message."""

    def __init__(self, path: Path, reason: Message) -> None:
        self.path = path
        super().__init__(path, reason)


class LibraryDamagedError(LibraryError):
    """The file cannot be read as a library. Nothing was changed; ``backup`` is the last good
    copy, if any. ``restore_backup`` and ``start_new`` are the user's two ways on."""

    def __init__(self, path: Path, reason: Message | str) -> None:
        backup = backup_path(path)
        self.backup: Path | None = backup if backup.exists() else None
        damaged = DAMAGED if self.backup else DAMAGED_NO_BACKUP
        super().__init__(path, damaged(reason=reason))


class Library:
    """An opened library. ``read_only`` is True when another process is its writer."""

    def __init__(self, path: Path, lock: WriterLock | None) -> None:
        self.path = path
        self._lock = lock
        self.read_only = lock is None
        self.read_only_reason: Message | None = READ_ONLY() if self.read_only else None

    def close(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for queries, closed afterwards."""
        con = _connect(self.path, read_only=self.read_only)
        try:
            yield con
        finally:
            con.close()

    @contextlib.contextmanager
    def writing(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction: a backup copy first, then everything or nothing."""
        if self.read_only:
            raise LibraryError(self.path, CANNOT_CHANGE(reason=self.read_only_reason))
        copy_file(self.path, backup_path(self.path))
        con = _connect(self.path, read_only=False)
        try:
            run(con, "BEGIN TRANSACTION")
            yield con
            run(con, "COMMIT")
        except BaseException:
            with contextlib.suppress(duckdb.Error):
                run(con, "ROLLBACK")
            raise
        finally:
            con.close()


def open_library(path: str | Path | None = None, *, write: bool = True) -> Library:
    """Open (creating or upgrading when writing) the library at ``path`` or the default one.

    Takes the writer lock when ``write`` and no other process holds it, else opens read-only.
    Raises ``LibraryDamagedError`` for an unreadable file (left untouched) and
    ``LibraryError`` for a file made by a newer version or missing when only reading."""
    target = Path(path) if path is not None else default_library_path()
    lock = WriterLock(lock_path(target)) if write else None
    if lock is not None and not lock.acquire():
        lock = None
    try:
        _prepare(target, writable=lock is not None)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Library(target, lock)


def _prepare(path: Path, *, writable: bool) -> None:
    if not path.exists() and not writable:
        raise LibraryError(path, NO_LIBRARY_YET())
    path.parent.mkdir(parents=True, exist_ok=True)
    version = _checked_version(path, writable)
    if version == schema.SCHEMA_VERSION:
        return
    if version is not None and version > schema.SCHEMA_VERSION:
        raise LibraryError(path, NEWER_SCHEMA(schema=version))
    if not writable:
        raise LibraryError(path, NEEDS_UPGRADE())
    if version is not None:
        copy_file(path, _migration_backup(path, version))
    con = _connect(path, read_only=False)
    try:
        run(con, "BEGIN TRANSACTION")
        if version is None:
            schema.create(con)
        else:
            schema.migrate(con, version)
        run(con, "COMMIT")
    finally:
        con.close()


def _checked_version(path: Path, writable: bool) -> int | None:
    if not path.exists():
        return None
    try:
        con = _connect(path, read_only=not writable)
    except duckdb.Error as exc:
        raise LibraryDamagedError(path, _first_line(exc)) from None
    try:
        return schema.schema_version(con)
    except (duckdb.Error, ValueError) as exc:
        why = exc.message if isinstance(exc, MessageError) else _first_line(exc)
        raise LibraryDamagedError(path, why) from None
    finally:
        con.close()


def _migration_backup(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.schema-{version}.backup")


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _busy(exc: duckdb.Error) -> bool:
    return "lock" in str(exc).lower()


def _connect(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Connect, waiting while another process holds DuckDB's own file lock for a moment."""
    deadline = time.monotonic() + BUSY_WAIT_SECONDS
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.Error as exc:
            if not _busy(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    run(con, "SET TimeZone = 'UTC'")
    return con


def copy_file(source: Path, target: Path) -> None:
    """Copy the library file (and a write-ahead log beside it, if any) over ``target``."""
    if not source.exists():
        return
    shutil.copyfile(source, target)
    wal = source.with_name(source.name + ".wal")
    target_wal = target.with_name(target.name + ".wal")
    if wal.exists():
        shutil.copyfile(wal, target_wal)
    else:
        target_wal.unlink(missing_ok=True)


def _set_aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    path.rename(aside)
    wal = path.with_name(path.name + ".wal")
    if wal.exists():
        wal.rename(aside.with_name(aside.name + ".wal"))
    return aside


def restore_backup(path: Path) -> Path:
    """Put the damaged file aside (renamed, never deleted) and the last backup in its place.
    Returns where the damaged file went."""
    backup = backup_path(path)
    if not backup.exists():
        raise LibraryError(path, NO_BACKUP())
    aside = _set_aside(path)
    copy_file(backup, path)
    return aside


def start_new(path: Path) -> Path:
    """Put the damaged file aside (renamed, never deleted) so a new library starts there."""
    return _set_aside(path)
