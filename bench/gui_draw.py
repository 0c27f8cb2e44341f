"""GUI benchmark: from an import finishing to every view of the real main window drawn.

    QT_QPA_PLATFORM=offscreen python bench/gui_draw.py FILE.csv

The file is read first (that is the import, timed by bench/run.py). The clock starts when the
result is handed to the window, as the import worker's ``finished`` signal does, and stops
when every tab has been laid out and painted (``grab`` forces a full render, plot scenes
included). Prints per-run figures, then the first (coldest) run in seconds as the last line.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from desktop_app.core.dataset import Dataset  # noqa: E402
from desktop_app.core.model import ImportResult, ReadOptions  # noqa: E402
from desktop_app.core.reading.reader import read_incident_files  # noqa: E402
from desktop_app.ui.actions import VIEW_NAMES  # noqa: E402
from desktop_app.ui.errors import ErrorReporter  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.settings import AppSettings  # noqa: E402
from desktop_app.ui.startup.app import create_application  # noqa: E402

RUNS = 3


def draw_everything(window: MainWindow, result: ImportResult) -> float:
    app = QApplication.instance()
    began = time.perf_counter()
    window.state.set_dataset(Dataset.read_only(result))
    for name in VIEW_NAMES:
        window.show_view(name)
        app.processEvents()
        window.views[name].grab()
    return time.perf_counter() - began


def main() -> None:
    path = Path(sys.argv[1])
    app = create_application()
    result = read_incident_files([path], ReadOptions(tz="Asia/Seoul"))
    with tempfile.TemporaryDirectory() as folder:
        settings = AppSettings(QSettings(f"{folder}/bench.ini", QSettings.Format.IniFormat))
        window = MainWindow(settings, ErrorReporter())
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        times = []
        for run in range(RUNS):
            window.state.set_dataset(None)
            app.processEvents()
            times.append(draw_everything(window, result))
            print(f"run {run}: {len(result.incidents):,} incidents drawn in {times[-1]:.3f} s")
        window.close()
    print(f"{times[0]:.4f}")


if __name__ == "__main__":
    main()
