"""Small incident files for the main-window tests, with their figures worked out by hand."""

from __future__ import annotations

from pathlib import Path

#: Three incidents on two services; line 4 has no readable start and is rejected.
SMALL_CSV = (
    "incident_id,service,title,severity,impact,started_at,resolved_at\n"
    "A-1,api,API down,critical,full_outage,2024-01-10T10:00:00Z,2024-01-10T11:00:00Z\n"
    "A-2,api,Slow API,minor,partial_outage,2024-02-05T08:00:00Z,2024-02-05T10:00:00Z\n"
    "B-1,결제,결제 실패,major,full_outage,not a date,2024-02-07T12:30:00Z\n"
    "B-2,결제,결제 지연,major,degraded,2024-03-01T00:00:00Z,2024-03-01T00:45:00Z\n"
)
#: Two incidents whose start column has a name no detector knows.
ODD_HEADER_CSV = (
    "ref,system,alpha,omega\n"
    "X-1,billing,2024-01-03T00:00:00Z,2024-01-03T01:00:00Z\n"
    "X-2,billing,2024-01-04T00:00:00Z,2024-01-04T00:30:00Z\n"
)


def load_and_wait(qtbot, window, paths: list[Path], **kwargs) -> None:
    """Import ``paths`` through the window as a user would and wait until they are shown."""
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        window.importer.load([str(p) for p in paths], **kwargs)
    wait_analysed(qtbot, window)


def wait_analysed(qtbot, window) -> None:
    """Wait until the newest analysis (made on a worker) reaches the views of ``window`` (a
    ``MainWindow`` or an ``AppState``)."""
    state = getattr(window, "state", window)
    qtbot.waitUntil(lambda: not state.is_analysing, timeout=60_000)
