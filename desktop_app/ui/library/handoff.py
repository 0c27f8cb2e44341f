"""Files opened while the app already runs go to the copy that writes the library.

Double-clicking an export while Reliability Desk is open starts a second copy, which can only
open the library read-only (one writer). Instead it hands the files to the running copy over
a local socket named after the library and the user, and ends; the running copy imports them
as if they were dropped on it. Only the same user can connect (``UserAccessOption``).

The message is one line of JSON, ``{"files": [...]}``, answered by ``ok``.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop_app.core.library.paths import default_library_path, is_url

#: How long a second copy waits for the running one, in milliseconds.
TIMEOUT_MS = 3_000
ACK = b"ok\n"


def channel_name(library_path: Path | str) -> str:
    """The socket name of the copy writing ``library_path`` (a file, or a server's address;
    short enough for any OS)."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = ""
    where = library_path if isinstance(library_path, str) else library_path.resolve()
    key = f"{user}\0{where}".encode()
    return f"reliability-desk-{hashlib.sha256(key).hexdigest()[:24]}"


class HandoffServer(QObject):
    """Listens while this copy writes the library: ``filesReceived(paths)`` per message."""

    filesReceived = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self, name: str) -> bool:
        """Listen on ``name``. Only the library's writer calls this, so a socket left by a
        copy that crashed is removed first."""
        self.close()
        QLocalServer.removeServer(name)
        return self._server.listen(name)

    def close(self) -> None:
        if self._server.isListening():
            self._server.close()

    @property
    def name(self) -> str:
        return self._server.serverName() if self._server.isListening() else ""

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            received = bytearray()
            socket.readyRead.connect(lambda s=socket, r=received: self._read(s, r))

    def _read(self, socket: QLocalSocket, received: bytearray) -> None:
        received += bytes(socket.readAll().data())
        line, newline, _rest = bytes(received).partition(b"\n")
        if not newline:
            return
        try:
            files = [str(f) for f in json.loads(line)["files"]]
        except (ValueError, KeyError, TypeError):
            socket.disconnectFromServer()
            return
        socket.write(ACK)
        socket.flush()
        self.filesReceived.emit(files)


def message(files: list[str]) -> bytes:
    """What a copy sends: ``files`` made absolute (the copies' working folders differ)."""
    paths = [str(Path(f).resolve()) for f in files]
    return json.dumps({"files": paths}, ensure_ascii=False).encode() + b"\n"


def send_files(name: str, files: list[str], timeout_ms: int = TIMEOUT_MS) -> bool:
    """Hand ``files`` (made absolute) to the copy listening on ``name``; True once it has
    them. Blocking: call it before the event loop needs to run, or off the UI thread."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(message(files))
    socket.flush()
    answer = b""
    while len(answer) < len(ACK) and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer.startswith(ACK)


def hand_off(files: list[str], library: str | None) -> bool:
    """Give ``files`` to a running copy that writes ``library`` (the default one when
    None); True when it has them, False when no copy does (then open them here)."""
    if library and is_url(library):
        return send_files(channel_name(library), files)
    path = Path(library) if library else default_library_path()
    return send_files(channel_name(path), files)
