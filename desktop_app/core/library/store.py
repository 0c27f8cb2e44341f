"""Opening a library: a DuckDB file (one writer, read-only for others, backups, migration,
damage) or a PostgreSQL server library (``server``), behind one ``Library``.

A connection is opened per operation and closed after it, so a second process (opened
read-only because the first holds the writer lock) can read between the first one's writes.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from desktop_app.core.library import schema
from desktop_app.core.library.lock import WriterLock
from desktop_app.core.library.paths import (
    backup_path,
    default_library_path,
    is_server_url,
    is_url,
    lock_path,
)
from desktop_app.core.library.sql import Connection, DuckDBConnection
from desktop_app.core.messages import FileMessageError, Message, MessageError, MessageKind

#: How long an operation waits for another process's short read or write to finish.
BUSY_WAIT_SECONDS = 10.0
READ_ONLY = MessageKind(
    "read_only", "another Reliability Desk is using it; it is open read-only here"
)
IN_USE_READ_ONLY = MessageKind(
    "in_use_read_only",
    "another Reliability Desk is using it (process {pid} on {host}); it is open read-only "
    "here: to change it, wait until that one closes",
)
IN_USE = MessageKind(
    "in_use",
    "the library file is in use by {program} (process {pid}); the file is healthy: close that "
    "program or wait, then open the library again",
)
IN_USE_UNKNOWN = MessageKind(
    "in_use_unknown",
    "the library file is in use by another program; the file is healthy: close that program "
    "or wait, then open the library again",
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
NOT_A_LIBRARY_URL = MessageKind(
    "not_a_library_url",
    "a library is a file or a postgresql:// address; this address is neither",
)


class LibraryError(FileMessageError):
    """The library cannot be used as asked; ``str(err)`` is ``"PATH: reason"`` in English,
    ``reason`` the coded message. ``path`` is the file, or the server's address."""

    def __init__(self, path: Path | str, reason: Message) -> None:
        self.path = path
        super().__init__(path, reason)


class LibraryInUseError(LibraryError):
    """Another program holds the file (DuckDB's own lock) longer than a moment: the file is
    healthy, nothing is offered but waiting (or closing that program)."""


class LibraryDamagedError(LibraryError):
    """The file cannot be read as a library. Nothing was changed; ``backup`` is the last good
    copy, if any. ``restore_backup`` and ``start_new`` are the user's two ways on."""

    def __init__(self, path: Path, reason: Message | str) -> None:
        backup = backup_path(path)
        self.backup: Path | None = backup if backup.exists() else None
        damaged = DAMAGED if self.backup else DAMAGED_NO_BACKUP
        super().__init__(path, damaged(reason=reason))


class Library(ABC):
    """An opened library. ``read_only`` is True when it cannot be changed from here;
    ``read_only_reason`` says why. ``path`` is the file, or the server's address shown
    without its password."""

    def __init__(self, path: Path | str, read_only_reason: Message | None) -> None:
        self.path = path
        self.read_only_reason = read_only_reason
        self.read_only = read_only_reason is not None

    def close(self) -> None:  # noqa: B027 - most libraries hold nothing between operations
        """Let go of what the library holds between operations (nothing by default)."""

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abstractmethod
    def reading(self) -> contextlib.AbstractContextManager[Connection]:
        """A connection for queries (one consistent snapshot), closed afterwards."""

    @abstractmethod
    def writing(self) -> contextlib.AbstractContextManager[Connection]:
        """One transaction: everything or nothing."""

    def refuse_if_read_only(self) -> None:
        if self.read_only_reason is not None:
            raise LibraryError(self.path, CANNOT_CHANGE(reason=self.read_only_reason))


class FileLibrary(Library):
    """A DuckDB file; ``read_only`` when opened for reading or another process holds its
    writer lock (``reason`` then says which, where known)."""

    path: Path

    def __init__(self, path: Path, lock: WriterLock | None, reason: Message | None) -> None:
        super().__init__(path, reason if lock is None else None)
        self._lock = lock

    def close(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        con = _connect(self.path, read_only=self.read_only)
        try:
            yield con
        finally:
            con.close()

    @contextlib.contextmanager
    def writing(self) -> Iterator[Connection]:
        """A backup copy first, then one transaction."""
        self.refuse_if_read_only()
        copy_file(self.path, backup_path(self.path))
        con = _connect(self.path, read_only=False)
        try:
            con.run("BEGIN TRANSACTION")
            yield con
            con.run("COMMIT")
        except BaseException:
            with contextlib.suppress(duckdb.Error):
                con.run("ROLLBACK")
            raise
        finally:
            con.close()


def open_library(
    location: str | Path | None = None, *, write: bool = True, wait: float = 0.0
) -> Library:
    """Open (creating or upgrading when writing) the library at ``location`` (a file, or a
    ``postgresql://`` address) or the default file.

    Takes the writer lock of a file when ``write`` and no other process holds it (waiting up
    to ``wait`` seconds for it), else opens it read-only. Raises ``LibraryDamagedError`` for
    an unreadable file (left untouched), ``LibraryInUseError`` while another program holds
    it, and ``LibraryError`` for one made by a newer version or missing when only reading."""
    if isinstance(location, str) and is_url(location):
        if not is_server_url(location):
            raise LibraryError(location, NOT_A_LIBRARY_URL())
        from desktop_app.core.library.server import open_server_library

        return open_server_library(location, write=write)
    target = Path(location) if location else default_library_path()
    lock, reason = _writer_lock(target, wait) if write else (None, READ_ONLY())
    try:
        _prepare(target, writable=lock is not None)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return FileLibrary(target, lock, reason)


def _writer_lock(path: Path, wait: float) -> tuple[WriterLock | None, Message | None]:
    """The writer lock, or why not: who holds it."""
    lock = WriterLock(lock_path(path))
    deadline = time.monotonic() + wait
    while not lock.acquire():
        if time.monotonic() >= deadline:
            holder = lock.holder()
            if holder is None:
                return None, READ_ONLY()
            return None, IN_USE_READ_ONLY(pid=holder.pid, host=holder.host)
        time.sleep(0.1)
    return lock, None


def prepare_schema(con: Connection, version: int | None) -> None:
    """Make the tables of a new library or bring an older one up to date, inside the
    caller's transaction."""
    if version is None:
        schema.create(con)
    else:
        schema.migrate(con, version)


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
        con.run("BEGIN TRANSACTION")
        prepare_schema(con, version)
        con.run("COMMIT")
    finally:
        con.close()


def _checked_version(path: Path, writable: bool) -> int | None:
    if not path.exists():
        return None
    try:
        con = _connect(path, read_only=not writable)
    except LibraryInUseError:
        raise
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


#: DuckDB names the holder: 'Conflicting lock is held in /usr/bin/python3 (PID 1234) by ...'.
_HELD_IN = re.compile(r"held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")


def _in_use(path: Path, exc: duckdb.Error) -> LibraryInUseError:
    found = _HELD_IN.search(str(exc))
    if found is None:
        return LibraryInUseError(path, IN_USE_UNKNOWN())
    return LibraryInUseError(path, IN_USE(program=found["program"], pid=int(found["pid"])))


def _connect(path: Path, *, read_only: bool) -> DuckDBConnection:
    """Connect, waiting while another process holds DuckDB's own file lock for a moment."""
    deadline = time.monotonic() + BUSY_WAIT_SECONDS
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.Error as exc:
            if not _busy(exc):
                raise
            if time.monotonic() > deadline:
                raise _in_use(path, exc) from None
            time.sleep(0.05)
    wrapped = DuckDBConnection(con)
    wrapped.run("SET TimeZone = 'UTC'")
    return wrapped


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
