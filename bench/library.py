"""Library benchmarks: opening a library to every view drawn, importing into a big one, size.

    QT_QPA_PLATFORM=offscreen python bench/library.py [--rows 1000000] [--add 100000]

Builds a library of ``--rows`` incidents from the generated CSV (cached in ``bench/out/``),
then times, best of three where it can be repeated: the pyarrow parse of the same rows (the
floor), opening the library to every view of the real library window drawn (for the big
library and for one of ``--add`` rows; each open in a new process, as a user starting the
app pays every first-time cost: best, median and worst of ``--opens``), importing an export
of ``--add`` new incidents into the big library (one transaction), and prints the file
sizes. Targets (issue 13): 1M open to views < 2 s, 100k < 0.5 s, 100k import into 1M < 2 s,
1M file < 60 MB.

Then both backends side by side (issue 26): the big library copied into a throwaway PostgreSQL
(``scripts/postgres_for_tests.sh``, a socket in /tmp, no network), and on each: reading it
whole through Arrow (``load_library``, best of three) and importing ``--add`` new incidents
(one transaction). Target: the server read within a few times the DuckDB one.
``--backends-only`` skips the window timings.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.generate import incident_table, write_incident_csv  # noqa: E402
from bench.run import best_of  # noqa: E402
from desktop_app.core.library.copy import copy_library  # noqa: E402
from desktop_app.core.library.imports import import_files  # noqa: E402
from desktop_app.core.library.loaded import load_library  # noqa: E402
from desktop_app.core.library.store import open_library  # noqa: E402
from desktop_app.core.model import ReadOptions  # noqa: E402

OUT = ROOT / "bench" / "out"
OPTIONS = ReadOptions(tz="Asia/Seoul")


def new_export(rows: int) -> Path:
    """``rows`` incidents whose ids the big library does not hold (a month's new export)."""
    path = OUT / f"new_incidents_{rows}.csv"
    if not path.exists():
        table = incident_table(rows, seed=1)
        ids = pc.binary_join_element_wise(pa.scalar("NEW-"), table["incident_id"], "")
        table = table.set_column(table.schema.get_field_index("incident_id"), "incident_id", ids)
        pacsv.write_csv(table, path)
    return path


def build(folder: Path, name: str, csv: Path) -> tuple[Path, float]:
    path = folder / name
    with open_library(path) as library:
        began = time.perf_counter()
        (outcome,) = import_files(library, [csv], OPTIONS)
        seconds = time.perf_counter() - began
    assert outcome.status == "imported", outcome.describe()
    return path, seconds


def open_to_views(path: Path) -> tuple[float, float]:
    """Open the library in the real window and draw every view (first run): seconds until the
    library is read, and until every view is drawn: shown in turn, each painted by the event
    loop as it is on a screen (a paint event seen on the view, not a second off-screen
    render)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.actions import VIEW_NAMES
    from desktop_app.ui.errors import ErrorReporter
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import AppSettings

    app = QApplication.instance()
    with tempfile.TemporaryDirectory() as folder:
        settings = AppSettings(QSettings(f"{folder}/bench.ini", QSettings.Format.IniFormat))
        window = MainWindow(settings, ErrorReporter())
        window.show()
        app.processEvents()
        began = time.perf_counter()
        loop = QEventLoop()
        window.library.session.opened.connect(loop.quit)
        window.library.open_library(str(path))
        loop.exec()
        read = time.perf_counter() - began
        painted: set[int] = set()

        class PaintSeen(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    painted.add(id(watched))
                return False

        seen = PaintSeen()
        app.installEventFilter(seen)
        window.library.start([])
        window.state.wait_idle()  # the analysis, made on its worker
        for name in VIEW_NAMES:
            painted.clear()
            window.show_view(name)
            app.processEvents()
            assert id(window.views[name]) in painted, f"the {name} view was not painted"
        seconds = time.perf_counter() - began
        app.removeEventFilter(seen)
        window.close()
        window.deleteLater()
        app.processEvents()
    return read, seconds


def open_in_new_process(path: Path) -> tuple[float, float]:
    """``open_to_views`` in a fresh app process (``--open``)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, __file__, "--open", str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    read, drawn = json.loads(done.stdout.strip().splitlines()[-1])
    return read, drawn


POSTGRES = ROOT / "scripts" / "postgres_for_tests.sh"


def _timed_import(location: str, csv: Path) -> float:
    with open_library(location) as library:
        began = time.perf_counter()
        (outcome,) = import_files(library, [csv], OPTIONS)
        seconds = time.perf_counter() - began
    assert outcome.status == "imported", outcome.describe()
    return seconds


def _backend_figures(location: str, add_csv: Path) -> tuple[float, float]:
    """Seconds to read the whole library (best of three), then to import ``add_csv``."""
    with open_library(location) as library:
        read = best_of(3, lambda: load_library(library))[0]
    return read, _timed_import(location, add_csv)


def compare_backends(big: Path, add_csv: Path, rows: int, add: int) -> None:
    """Print DuckDB and PostgreSQL side by side on the same library."""
    started = subprocess.run(["bash", str(POSTGRES), "start"], capture_output=True, text=True)
    if started.returncode != 0:
        print(f"PostgreSQL: not measured ({started.stderr.strip() or 'not installed'})")
        return
    url = started.stdout.strip().splitlines()[-1]
    folder = url.split("host=")[1].split("&")[0]
    try:
        with open_library(big, write=False) as source, open_library(url) as server:
            began = time.perf_counter()
            copy_library(source, server)
            copied = time.perf_counter() - began
        duck = _backend_figures(str(big), add_csv)
        server = _backend_figures(url, add_csv)
    finally:
        subprocess.run(["bash", str(POSTGRES), "stop", folder], check=False)
    print(
        f"\n{'both backends, the same library':<44} {'DuckDB':>9} {'PostgreSQL':>11} {'ratio':>6}"
    )
    for label, d, p in (
        (f"read {rows:,} incidents (Arrow)", duck[0], server[0]),
        (f"import {add:,} new into it", duck[1], server[1]),
    ):
        print(f"{label:<44} {d:8.2f}s {p:10.2f}s {p / d:5.1f}x")
    print(f"{'copy the file into the server':<44} {'':>9} {copied:10.2f}s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--add", type=int, default=100_000)
    parser.add_argument("--opens", type=int, default=3, help="fresh processes per open")
    parser.add_argument("--open", help=argparse.SUPPRESS)  # the child of open_in_new_process
    parser.add_argument(
        "--backends-only", action="store_true", help="only DuckDB beside PostgreSQL"
    )
    args = parser.parse_args()
    from desktop_app.ui.startup.app import create_application

    create_application()
    if args.open:
        print(json.dumps(open_to_views(Path(args.open))))
        return
    big_csv = write_incident_csv(OUT / f"incidents_{args.rows}.csv", args.rows)
    small_csv = write_incident_csv(OUT / f"incidents_{args.add}.csv", args.add)
    add_csv = new_export(args.add)
    folder = Path(tempfile.mkdtemp(prefix="library-bench-"))
    try:
        big, build_big = build(folder, "big.duckdb", big_csv)
        if args.backends_only:
            compare_backends(big, add_csv, args.rows, args.add)
            return
        small, _ = build(folder, "small.duckdb", small_csv)
        rows = [
            (f"pyarrow parse, {args.rows:,} rows", best_of(3, lambda: pacsv.read_csv(big_csv))[0]),
            (f"pyarrow parse, {args.add:,} rows", best_of(3, lambda: pacsv.read_csv(add_csv))[0]),
            (f"import {args.rows:,} into an empty library", build_big),
        ]
        for label, path in ((f"{args.rows:,}", big), (f"{args.add:,}", small)):
            opens = [open_in_new_process(path) for _ in range(args.opens)]
            for what, times in (
                ("read", [o[0] for o in opens]),
                ("every view drawn", [o[1] for o in opens]),
            ):
                for word, seconds in (
                    ("best", min(times)),
                    ("median", statistics.median(times)),
                    ("worst", max(times)),
                ):
                    rows.append((f"open {label} library: {what} ({word})", seconds))
        size_big, size_small = big.stat().st_size, small.stat().st_size
        shutil.copyfile(big, folder / "grown.duckdb")
        with open_library(folder / "grown.duckdb") as library:
            began = time.perf_counter()
            (outcome,) = import_files(library, [add_csv], OPTIONS)
            rows.append(
                (
                    f"import {args.add:,} new into the {args.rows:,} library",
                    time.perf_counter() - began,
                )
            )
        assert outcome.status == "imported" and outcome.record.new == args.add
        for label, seconds in rows:
            print(f"{label:<52} {seconds:8.2f} s")
        print(
            f"{'file size, ' + format(args.rows, ',') + ' incidents':<52} {size_big / 1e6:8.1f} MB"
        )
        print(
            f"{'file size, ' + format(args.add, ',') + ' incidents':<52} {size_small / 1e6:8.1f} MB"
        )
        grown = (folder / "grown.duckdb").stat().st_size
        print(f"{'file size after the import':<52} {grown / 1e6:8.1f} MB")
        compare_backends(big, add_csv, args.rows, args.add)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
