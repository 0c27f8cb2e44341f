"""The library part of ``--smoke``: the frozen app's DuckDB works end to end.

In a library in the smoke's temporary folder: the sample shown first is not stored; a copy of
a sample file imported as a user's file is recorded (off the UI thread, as the app does);
importing it again changes nothing; a reclassification changes the figures; the library
exports as Parquet; a file handed over by another copy of the app (a local socket) is imported.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtNetwork import QLocalSocket

from desktop_app.core.analysis import Analysis
from desktop_app.core.library.export import export_library
from desktop_app.core.library.imports import import_files, list_imports
from desktop_app.ui.library.handoff import channel_name, message
from desktop_app.ui.main_window import MainWindow

Wait = Callable[..., None]


class LibraryCheckFailed(Exception):
    """A failed library check; the message says which."""


def check_library(window: MainWindow, tmp: Path, samples: list[str], wait_for: Wait) -> str:
    """Run the checks on ``window`` (already showing the sample); a one-line summary."""
    part, session = window.library, window.library.session
    library = session.library
    if library is None or library.read_only:
        raise LibraryCheckFailed(f"the library could not be opened for writing ({part.problem})")
    if list_imports(library):
        raise LibraryCheckFailed("the sample was written into the library")
    own = tmp / "own-export.csv"
    shutil.copyfile(samples[0], own)
    importer = window.importer
    wait_for(
        "importing into the library",
        lambda: importer.load([str(own)]),
        done=importer.imported,
        failures=[window.reporter.errorReported, importer.cancelled],
    )
    (record,) = list_imports(library)
    (again,) = import_files(library, [own])
    if again.status != "already":
        raise LibraryCheckFailed("importing the same file again was not a no-op")
    window.state.wait_idle()
    before = _analysis(window).metrics.overall.downtime_minutes
    shown = _analysis(window).in_window
    first = shown.loc[shown["impact"] == "full_outage"].iloc[0]
    edit = [("excluded", "false alarm", "smoke test")]

    def reclassify() -> object:
        part.write_incident(str(first["incident_id"]), edit)
        return session.task

    wait_for(
        "reclassifying an incident",
        reclassify,
        done=session.changed,
        failures=[session.failed],
    )
    window.state.wait_idle()
    after = _analysis(window).metrics.overall
    dataset = window.state.dataset
    if session.data is None or dataset is None or not dataset.reclassifications:
        raise LibraryCheckFailed("the reclassification was not recorded")
    if not after.downtime_minutes < before:
        raise LibraryCheckFailed("excluding a full outage did not lower the downtime")
    parquet = export_library(session.data, tmp / "library.parquet", "parquet")
    if not parquet.read_bytes().startswith(b"PAR1"):
        raise LibraryCheckFailed("the library's Parquet export is not a Parquet file")
    _check_handoff(window, tmp / "handed-export.csv", samples[-1], wait_for)
    return (
        f"library: {record.imported} incidents recorded, re-import a no-op, downtime "
        f"{before:.0f} -> {after.downtime_minutes:.0f} min after one exclusion, a file handed "
        "over by another copy imported"
    )


def _analysis(window: MainWindow) -> Analysis:
    analysis = window.state.analysis
    if analysis is None:
        raise LibraryCheckFailed("the window shows no incidents")
    return analysis


def _check_handoff(window: MainWindow, handed: Path, sample: str, wait_for: Wait) -> None:
    """Another copy's message reaches the writer, which imports the file (QtNetwork is in)."""
    library = window.library.session.library
    assert library is not None
    if window.library.handoff.name != channel_name(library.path):
        raise LibraryCheckFailed("the library's writer does not listen for other copies' files")
    shutil.copyfile(sample, handed)
    client = QLocalSocket(window)

    def send() -> int:
        client.connectToServer(window.library.handoff.name)
        return client.write(message([str(handed)]))

    wait_for(
        "importing a file another copy handed over",
        send,
        done=window.importer.imported,
        failures=[window.reporter.errorReported, window.importer.cancelled],
    )
    if [r.path for r in list_imports(library)][-1] != str(handed.resolve()):
        raise LibraryCheckFailed("the file handed over was not recorded")
