"""Files opened while a copy writes the library are handed to it instead of shown read-only.

``SMALL_CSV`` (gui_flow_data) imports A-1, A-2 and B-2 (B-1 is rejected).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import TypeVar

import pytest
from gui_flow_data import SMALL_CSV, wait_analysed
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtNetwork import QLocalSocket

from desktop_app.core.library.imports import list_imports
from desktop_app.core.library.store import open_library
from desktop_app.ui.library.handoff import HandoffServer, channel_name, send_files

ROOT = Path(__file__).resolve().parents[2]
Owned = TypeVar("Owned", bound=QObject)


def _client(call: str, cwd: Path) -> subprocess.Popen:
    """Another app process that runs ``call`` (a ``handoff`` function) and prints its result:
    the server answers from this process's event loop, which the test keeps running."""
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from desktop_app.ui.library.handoff import hand_off, send_files\n"
        f"print({call})\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code], cwd=cwd, stdout=subprocess.PIPE, text=True
    )


def _result(qtbot, client: subprocess.Popen) -> str:
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=30_000)
    return client.stdout.read().strip()


def _unique_name(tmp_path: Path) -> str:
    return channel_name(tmp_path / f"library-{socket.gethostname()}-{os.getpid()}.duckdb")


@pytest.fixture
def owned(qapp):
    """``owned(obj)`` keeps a Qt object alive to the end of the test, then closes and deletes
    it with its children in the event loop: a socket or server left to Python's collector
    could be freed while one of its events is still queued."""
    kept: list[QObject] = []

    def own(obj: Owned) -> Owned:
        kept.append(obj)
        return obj

    yield own
    for obj in kept:
        if isinstance(obj, QLocalSocket):
            obj.abort()
        elif isinstance(obj, HandoffServer):
            obj.close()
        obj.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_a_channel_is_named_after_the_user_and_the_library(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert channel_name(Path("a.duckdb")) == channel_name(tmp_path / "a.duckdb")
    assert channel_name(tmp_path / "a.duckdb") != channel_name(tmp_path / "b.duckdb")
    assert len(channel_name(tmp_path / "a.duckdb")) < 60  # fits any OS's socket path


def test_handed_files_arrive_as_absolute_paths(qtbot, tmp_path, owned):
    server = owned(HandoffServer())
    name = _unique_name(tmp_path)
    assert server.listen(name)
    with qtbot.waitSignal(server.filesReceived, timeout=30_000) as received:
        client = _client(f"send_files({name!r}, ['jan.csv', '장애내역.csv'])", tmp_path)
    assert _result(qtbot, client) == "True"
    assert received.args[0] == [str(tmp_path / "jan.csv"), str(tmp_path / "장애내역.csv")]
    server.close()


def test_without_a_running_copy_nothing_is_handed_and_no_time_is_lost(tmp_path):
    began = time.perf_counter()
    assert send_files(_unique_name(tmp_path), ["jan.csv"]) is False
    assert time.perf_counter() - began < 1.0


def test_a_message_that_is_not_a_file_list_is_refused(qtbot, tmp_path, owned):
    server = owned(HandoffServer())
    name = _unique_name(tmp_path)
    assert server.listen(name)
    heard: list[list[str]] = []
    server.filesReceived.connect(heard.append)
    client = owned(QLocalSocket())
    client.connectToServer(name)
    assert client.waitForConnected(5_000)
    client.write(b'{"rm": "-rf"}\n')
    client.flush()
    unconnected = QLocalSocket.LocalSocketState.UnconnectedState
    qtbot.waitUntil(lambda: client.state() == unconnected, timeout=10_000)  # cut off
    assert heard == [] and bytes(client.readAll().data()) == b""  # no "ok", nothing imported
    server.close()


@pytest.fixture
def writer(open_window, tmp_path):
    path = tmp_path / "library" / "library.duckdb"
    return open_window(path), path


def test_the_copy_that_writes_the_library_imports_what_another_hands_it(
    qtbot, writer, open_window, tmp_path
):
    window, path = writer
    assert window.library.handoff.name == channel_name(path)
    csv = tmp_path / "jan.csv"
    csv.write_text(SMALL_CSV, encoding="utf-8")
    with qtbot.waitSignal(window.importer.imported, timeout=30_000):
        client = _client(f"hand_off([{str(csv)!r}], {str(path)!r})", tmp_path)
    wait_analysed(qtbot, window)
    assert _result(qtbot, client) == "True"
    assert sorted(window.state.dataset.incidents["incident_id"]) == ["A-1", "A-2", "B-2"]
    # A second copy of the same library opens it read-only and does not listen.
    second = open_window(path)
    assert second.library.session.read_only and second.library.handoff.name == ""


def test_a_second_start_with_a_file_hands_it_over_and_ends(tmp_path):
    """Two real app processes: the first writes the library; the second, started with a file
    (as a double-click in a file manager does), gives it to the first and exits at once."""
    library = tmp_path / "library.duckdb"
    csv = tmp_path / "jan.csv"
    csv.write_text(SMALL_CSV, encoding="utf-8")
    command = [sys.executable, "-m", "desktop_app", "--library", str(library)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    try:
        name = channel_name(library)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            probe = QLocalSocket()
            probe.connectToServer(name)
            if probe.waitForConnected(200):
                probe.abort()
                break
            time.sleep(0.2)
        else:
            pytest.fail("the first copy never listened")
        second = subprocess.run(
            [*command, str(csv)], cwd=ROOT, env=env, capture_output=True, timeout=60
        )
        assert second.returncode == 0, second.stderr
        deadline = time.monotonic() + 60
        imports = []
        while time.monotonic() < deadline and not imports:
            with open_library(library, write=False) as reader:
                imports = list_imports(reader)
            time.sleep(0.2)
        assert [i.path for i in imports] == [str(csv)]
    finally:
        first.kill()
        first.wait(30)
