"""The embedded library in use: a second process is told who holds it and where, opened
read-only or left to wait, and never told to restore a backup: the file is healthy."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from desktop_app.cli import main
from desktop_app.core.library import store
from desktop_app.core.library.imports import import_files, list_imports
from desktop_app.core.library.store import LibraryInUseError, open_library

ROWS = ["A-1,api,Login down,major,full_outage,2024-01-10T10:00:00Z,2024-01-10T10:30:00Z"]


def _healthy_words(said: str) -> None:
    assert "backup" not in said
    assert "new library" not in said


def test_a_second_copy_is_told_which_process_writes_it_and_opens_read_only(file_library):
    with open_library(file_library.path) as second:
        said = str(second.read_only_reason)
    assert second.read_only
    assert said.startswith(
        f"another Reliability Desk is using it (process {os.getpid()} on {socket.gethostname()})"
    )
    assert "wait until that one closes" in said
    _healthy_words(said)


def test_a_second_copy_that_waits_gets_the_library_once_the_first_closes(tmp_path, write_csv):
    path = tmp_path / "library.duckdb"
    first = open_library(path)
    threading.Timer(0.5, first.close).start()
    started = time.monotonic()
    with open_library(path, wait=10) as second:
        assert not second.read_only
        import_files(second, [write_csv("jan.csv", ROWS)])
        assert len(list_imports(second)) == 1
    assert 0.4 < time.monotonic() - started < 10


def test_the_cli_refuses_an_import_while_another_writes_and_offers_to_wait(
    file_library, write_csv, capsys
):
    path = str(write_csv("jan.csv", ROWS))
    assert main(["library", "import", path, "--library", str(file_library.path)]) == 1
    said = capsys.readouterr().err
    assert f"process {os.getpid()}" in said
    assert "--wait SECONDS" in said
    _healthy_words(said)


HOLDER = textwrap.dedent(
    """
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("holding", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.skipif(os.name != "posix", reason="DuckDB names the holder on POSIX")
def test_another_program_holding_the_file_is_named_and_the_file_left_as_it_is(
    tmp_path, monkeypatch
):
    path = tmp_path / "library.duckdb"
    open_library(path).close()
    before = path.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        monkeypatch.setattr(store, "BUSY_WAIT_SECONDS", 0.2)
        with pytest.raises(LibraryInUseError) as refused:
            open_library(path)
    finally:
        holder.kill()
        holder.wait()
    said = str(refused.value)
    assert f"(process {holder.pid})" in said
    assert "python" in said.lower()
    assert "the file is healthy" in said
    _healthy_words(said)
    assert path.read_bytes() == before
