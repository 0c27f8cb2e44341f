"""Hostile-input costs (issue 12): a small file that spans 1990-2099 over many services.

    python bench/hostile.py [--services 500]

Runs ``summary --granularity day --json`` in a child process and prints its wall time and
peak RSS. Target: any input under 1 MB stays under 1 GB of memory.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Runs the CLI, then prints the process's own peak RSS (KiB on Linux) as the last stderr line.
_CHILD = (
    "import resource, sys\n"
    "from desktop_app.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def write_wide_csv(path: Path, services: int) -> None:
    """One 5-minute outage per service in 2020, plus one row in 1990 and one in 2099."""
    rows = ["incident_id,service,severity,impact,started_at,resolved_at"]
    rows += [
        f"S{i},service-{i:05d},minor,full_outage,2020-06-01 10:00,2020-06-01 10:05"
        for i in range(services)
    ]
    rows += ["OLD,service-00000,minor,full_outage,1990-01-02 10:00,1990-01-02 11:00"]
    rows += ["NEW,service-00001,minor,full_outage,2099-12-30 10:00,2099-12-30 11:00"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--services", type=int, nargs="+", default=[500, 1100, 5000, 15000])
    args = parser.parse_args()
    print(f"{'services':>8} {'file KB':>8} {'exit':>4} {'wall s':>7} {'peak RSS MB':>11}")
    for services in args.services:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "wide.csv"
            write_wide_csv(path, services)
            command = [sys.executable, "-c", _CHILD, "summary", str(path), "--tz", "UTC"]
            command += ["--granularity", "day", "--json"]
            started = time.perf_counter()
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
            wall = time.perf_counter() - started
            *messages, peak_kb = done.stderr.strip().splitlines()
            size = path.stat().st_size / 1024
            rss = int(peak_kb) / 1024
            print(f"{services:>8} {size:>8.0f} {done.returncode:>4} {wall:>7.2f} {rss:>11.0f}")
            for message in messages:
                print("   ", message)


if __name__ == "__main__":
    main()
