"""One writer per library: an OS lock on a file beside it, released when the process ends.

The operating system drops the lock when its holder dies (even by ``kill -9``), so a crash never
leaves the library locked. A second process that cannot take it opens the library read-only,
and can say who holds it: the holder writes its process id and host into the lock file.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


@dataclass(frozen=True)
class Holder:
    """The process writing the library, as it wrote itself into the lock file."""

    pid: int
    host: str


class WriterLock:
    """Holds the writer lock on ``path`` from ``acquire()`` (True when taken) to ``release()``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        stamp = json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode()
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, stamp)
        return True

    def holder(self) -> Holder | None:
        """Who holds the lock, when it can be read (never fails: None when not known)."""
        try:
            stamp = json.loads(self.path.read_bytes() or b"null")
            return Holder(int(stamp["pid"]), str(stamp["host"]))
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
