"""Atomic writes: all or nothing, the old file kept on failure, no temporary files left."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from desktop_app.core.writing import atomic
from desktop_app.core.writing.atomic import atomic_write_bytes, atomic_writer


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    assert atomic_write_bytes(target, b"first") == target
    atomic_write_bytes(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_text_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with atomic_writer(target, "w", encoding="utf-8", newline="") as handle:
        handle.write("카카오\r\n")
    assert target.read_bytes() == "카카오\r\n".encode()


def test_error_in_body_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"half")
        raise RuntimeError("boom")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_failed_replace_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")

    def read_only(src: str, dst: str) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), dst)

    monkeypatch.setattr(atomic.os, "replace", read_only)
    with pytest.raises(OSError, match="Read-only file system"):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_parent_that_is_a_file_raises(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    with pytest.raises(OSError):
        atomic_write_bytes(blocker / "out.bin", b"data")
    assert blocker.read_text() == "x"


def test_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "missing" / "out.bin", b"data")


def test_file_modes(tmp_path: Path) -> None:
    new = atomic_write_bytes(tmp_path / "new.bin", b"x")
    assert stat.S_IMODE(new.stat().st_mode) == atomic.NEW_FILE_MODE
    kept = tmp_path / "kept.bin"
    kept.write_bytes(b"old")
    kept.chmod(0o600)
    atomic_write_bytes(kept, b"new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_read_modes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="write-only"), atomic_writer(tmp_path / "x", "r+b"):
        pass
