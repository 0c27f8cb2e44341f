"""GUI benchmark in the real main window (offscreen): import to views drawn, filter changes.

    QT_QPA_PLATFORM=offscreen python bench/gui_draw.py --rows 100000 [--json]

Uses bench/run.py's generated CSV (cached in ``bench/out/``), read before the clock starts.

- ``import_to_drawn_s``: from the import result handed to the window (as the import worker's
  ``finished`` does) to every tab shown and painted, the analysis included.
- ``ui_stall_max_ms``: the longest the UI thread did not get to a 5 ms timer while the filters
  changed ``--changes`` times, ``--every`` ms apart, and the last change was drawn.
- ``filter_to_drawn_s``: from one filter change to the view in sight (the Overview) drawn: the
  analysis delivered and its widgets painted by the event loop; the median of ``--changes``
  changes made one at a time (``filter_to_drawn_worst_s`` the slowest).

Targets (issue 21): ui_stall_max_ms < 50, filter_to_drawn_s < 0.3 at 1M incidents.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.generate import write_incident_csv  # noqa: E402
from desktop_app.core.analysis import Selection  # noqa: E402
from desktop_app.core.dataset import Dataset  # noqa: E402
from desktop_app.core.model import ImportResult, ReadOptions  # noqa: E402
from desktop_app.core.reading.reader import read_incident_files  # noqa: E402
from desktop_app.core.window import Window  # noqa: E402
from desktop_app.ui.actions import VIEW_NAMES  # noqa: E402
from desktop_app.ui.errors import ErrorReporter  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.settings import AppSettings  # noqa: E402
from desktop_app.ui.startup.app import create_application  # noqa: E402

OUT = ROOT / "bench" / "out"
TZ = "Asia/Seoul"
TARGETS = {"ui_stall_max_ms": 50.0, "filter_to_drawn_s": 0.3}
TICK_MS = 5


class Paints(QObject):
    """Notes when a widget inside ``view`` is painted (an event filter on the application)."""

    def __init__(self) -> None:
        super().__init__()
        self.view: QWidget | None = None
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self.view is not None
            and isinstance(watched, QWidget)
            and (watched is self.view or self.view.isAncestorOf(watched))
        ):
            self.seen = True
        return False


def selections(services: list[str], window: Window) -> list[Selection]:
    """Filter changes a user makes, each unlike the one before."""
    half = tuple(services[: len(services) // 2])
    last_quarter = Window(window.end - (window.end - window.start) / 8, window.end, TZ)
    return [
        Selection(services=half),
        Selection(severities=("critical", "major")),
        Selection(services=(services[0],)),
        Selection(window=last_quarter),
        Selection(services=half, severities=("critical",)),
        Selection(),
    ]


def drawn_after(window: MainWindow, paints: Paints, change: Callable[[], object]) -> float:
    """Seconds from ``change()`` until its analysis is shown and the view in sight painted:
    the first zero-timer after that paint (posted paint events run before timers). Nothing
    polls before the analysis arrives, so the UI thread leaves the worker alone meanwhile."""
    loop = QEventLoop()

    def probe(spins: int = 0) -> None:
        if (paints.seen and not window.state.is_analysing) or spins > 10_000:
            loop.quit()
        else:
            QTimer.singleShot(0, lambda: probe(spins + 1))

    def on_delivered(_analysis: object) -> None:
        paints.seen = False
        QTimer.singleShot(0, probe)

    window.state.analysisChanged.connect(on_delivered)
    paints.view = window.views[window.current_view_name()]
    began = time.perf_counter()
    change()
    loop.exec()
    seconds = time.perf_counter() - began
    window.state.analysisChanged.disconnect(on_delivered)
    QApplication.processEvents()
    return seconds


def import_to_drawn(window: MainWindow, result: ImportResult) -> float:
    began = time.perf_counter()
    window.state.set_dataset(Dataset.read_only(result))
    window.state.wait_idle()
    for name in VIEW_NAMES:
        window.show_view(name)
        QApplication.processEvents()
        window.views[name].grab()
    seconds = time.perf_counter() - began
    window.show_view("overview")
    QApplication.processEvents()
    return seconds


def stall_while_changing(
    window: MainWindow, paints: Paints, changes: list[Selection], every_ms: int
) -> float:
    """The longest gap between the ticks of a 5 ms timer while ``changes`` are made
    ``every_ms`` apart and the last one is drawn (milliseconds)."""
    ticks: list[float] = []
    ticker = QTimer(interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticker.start()
    pending = list(changes)

    def change_next() -> None:
        window.state.set_selection(pending.pop(0))
        if len(pending) > 1:
            QTimer.singleShot(every_ms, change_next)

    loop = QEventLoop()
    QTimer.singleShot(50, loop.quit)
    loop.exec()  # ticks before the first change
    change_next()
    last = pending.pop()
    loop = QEventLoop()
    QTimer.singleShot(every_ms * (len(changes) - 1), loop.quit)
    loop.exec()
    drawn_after(window, paints, lambda: window.state.set_selection(last))
    ticker.stop()
    gaps = [b - a for a, b in pairwise(ticks)]
    return 1000 * max(gaps)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=6)
    parser.add_argument("--every", type=int, default=100, help="ms between quick changes")
    parser.add_argument("--json", action="store_true", help="end with one JSON line")
    args = parser.parse_args()
    app = create_application()
    path = write_incident_csv(OUT / f"incidents_{args.rows}.csv", args.rows)
    result = read_incident_files([path], ReadOptions(tz=TZ))
    with tempfile.TemporaryDirectory() as folder:
        settings = AppSettings(QSettings(f"{folder}/bench.ini", QSettings.Format.IniFormat))
        window = MainWindow(settings, ErrorReporter())
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        paints = Paints()
        app.installEventFilter(paints)
        import_s = import_to_drawn(window, result)
        services = window.state.services()
        loaded = Window.covering(result.incidents["started_at"], TZ)
        options = selections(services, loaded)
        changes = [options[i % len(options)] for i in range(args.changes)]
        stall_ms = stall_while_changing(window, paints, changes, args.every)
        drawn = []
        for selection in reversed(changes):
            if selection != window.state.selection:
                change = lambda s=selection: window.state.set_selection(s)  # noqa: E731
                drawn.append(drawn_after(window, paints, change))
        app.removeEventFilter(paints)
        window.close()
    figures = {
        "rows": len(result.incidents),
        "import_to_drawn_s": round(import_s, 4),
        "ui_stall_max_ms": round(stall_ms, 1),
        "filter_to_drawn_s": round(statistics.median(drawn), 4),
        "filter_to_drawn_worst_s": round(max(drawn), 4),
    }
    for key, value in figures.items():
        target = f"   target < {TARGETS[key]:g}" if key in TARGETS else ""
        print(f"{key:<24} {value:>12,}{target}")
    if args.json:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
