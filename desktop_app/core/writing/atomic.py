"""Atomic file writes: a temporary file beside the target, fsync, then ``os.replace``.

A reader (or a crash) never sees a half-written file, and a failed write leaves whatever was
at the target before untouched. Errors are the ``OSError`` that caused them.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from desktop_app.core.messages import MessageError, MessageKind

#: Mode of a newly created file (the temporary file starts as 0600).
NEW_FILE_MODE = 0o644


def _fsync_directory(folder: Path) -> None:
    """Make the rename durable where the platform allows opening a directory (POSIX)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _through_links(path: Path) -> Path:
    """The file a symbolic link points to (followed to the end), so the link stays a link and
    the file it names gets the new content; ``path`` itself when it is not a link."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


INPUT_FILE = MessageKind("input_file", "{output} is an input file ({name}); choose another output")


class InputFileError(MessageError):
    """The output asked for is one of the inputs."""


def refuse_overwriting_inputs(output: str | Path, inputs: Sequence[str | Path]) -> None:
    """Raise ``InputFileError`` (a ``ValueError``) when ``output`` is one of ``inputs``: the
    same path, or the same file through a link (writing there would replace the data the
    output is made from)."""
    out = Path(output)
    for name in inputs:
        same = os.path.realpath(out) == os.path.realpath(name)
        if not same and out.exists():
            with contextlib.suppress(OSError):
                same = os.path.samefile(out, name)
        if same:
            raise InputFileError(INPUT_FILE(output=str(output), name=str(name)))


@contextlib.contextmanager
def atomic_writer(
    path: str | Path,
    mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Yield a file opened on a temporary file beside ``path``; on success move it into place.

    When ``path`` is a symbolic link the file it points to is replaced, not the link.

    If the body raises, or flushing or renaming fails, the temporary file is removed and the
    exception propagates; an existing file at ``path`` is left as it was.
    """
    if "w" not in mode or "+" in mode:
        raise ValueError(f"atomic_writer needs a write-only mode, not {mode!r}")
    target = _through_links(Path(path))
    folder = target.parent if str(target.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        try:
            file_mode = stat.S_IMODE(os.stat(target).st_mode)
        except FileNotFoundError:
            file_mode = NEW_FILE_MODE
        os.chmod(temp_name, file_mode)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_directory(folder)


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and return the path."""
    with atomic_writer(path, "wb") as handle:
        handle.write(data)
    return Path(path)
