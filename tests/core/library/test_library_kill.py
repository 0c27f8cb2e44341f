"""A process killed (SIGKILL) in the middle of an import leaves the library exactly as before."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from typing import IO

import pytest

from desktop_app.core.library.edits import change, history
from desktop_app.core.library.imports import import_files, list_imports
from desktop_app.core.library.loaded import load_library
from desktop_app.core.library.store import open_library

LARGE_ROWS = 200_000

# The child imports the large file and, once every row is written inside the transaction
# (progress 0.9, before the commit), says so and waits to be killed.
CHILD = textwrap.dedent(
    """
    import sys, time
    from desktop_app.core.library.imports import import_files
    from desktop_app.core.library.store import open_library

    def progress(fraction):
        if 0.9 <= fraction < 1.0:
            print("writing", flush=True)
            time.sleep(120)

    library = open_library(sys.argv[1])
    import_files(library, [sys.argv[2]], progress=progress)
    print("committed", flush=True)
    """
)


def _large_export(path, rows: int) -> None:
    lines = ["incident_id,service,title,severity,impact,started_at,resolved_at"]
    lines += [
        f"L-{i},svc-{i % 7},Outage {i},major,full_outage,"
        f"2023-{i % 12 + 1:02d}-{i % 28 + 1:02d}T{i % 24:02d}:00:00Z,"
        f"2023-{i % 12 + 1:02d}-{i % 28 + 1:02d}T{i % 24:02d}:30:00Z"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _state(library):
    data = load_library(library)
    return (
        data.as_imported.sort_values("incident_id").reset_index(drop=True),
        [(r.id, r.sha256, r.rows) for r in list_imports(library)],
        [(c.id, c.new) for c in history(library)],
    )


def _until_writing(stdout: IO[str]) -> list[str]:
    """The child's lines up to "writing" (anything else it may print first is kept, to be
    shown if "writing" never comes)."""
    said: list[str] = []
    for line in stdout:
        said.append(line.strip())
        if said[-1] == "writing":
            break
    return said


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_kill_9_in_the_middle_of_a_large_import_leaves_the_library_as_before(tmp_path, write_csv):
    path = tmp_path / "library.duckdb"
    with open_library(path) as library:
        import_files(library, [write_csv("small.csv", [
            "A-1,api,Login down,major,full_outage,2024-01-10T10:00:00Z,2024-01-10T10:30:00Z"
        ])])  # fmt: skip
        change(library, "incident", "A-1", "maintenance", "yes", "planned")
        before = _state(library)
    large = tmp_path / "large.csv"
    _large_export(large, LARGE_ROWS)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(large)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        said = _until_writing(child.stdout)
        assert said[-1:] == ["writing"], said
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()  # never left running, whatever failed above
        child.wait(timeout=60)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    with open_library(path) as library:
        assert not library.read_only
        after = _state(library)
    assert after[0].equals(before[0])
    assert after[1:] == before[1:]
