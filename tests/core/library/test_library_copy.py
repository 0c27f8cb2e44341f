"""``library copy``: a DuckDB library into PostgreSQL and back, figures, history and undo equal."""

from __future__ import annotations

import pandas as pd
import pytest

from desktop_app.cli import main
from desktop_app.core.library.copy import copy_library
from desktop_app.core.library.edits import change, history, undo
from desktop_app.core.library.imports import import_files
from desktop_app.core.library.loaded import LibraryData, load_library
from desktop_app.core.library.store import LibraryError, open_library
from desktop_app.core.metrics.compute import compute_metrics
from desktop_app.core.window import Window

JANUARY = [
    "A-1,api,Login down,major,full_outage,2024-01-10T10:00:00Z,2024-01-10T10:30:00Z",
    "A-2,web,Slow pages,minor,degraded,2024-01-11T08:00:00Z,2024-01-11T09:00:00Z",
]
# A-1 ends later in February's export; A-3 is new.
FEBRUARY = [
    "A-1,api,Login down,major,full_outage,2024-01-10T10:00:00Z,2024-01-10T11:00:00Z",
    "A-3,api,Timeouts,critical,partial_outage,2024-01-20T12:00:00Z,2024-01-20T12:20:00Z",
]
JANUARY_WINDOW = Window.from_dates("2024-01-01", "2024-01-31", "UTC")


@pytest.fixture
def source(tmp_path, write_csv):
    path = tmp_path / "team.duckdb"
    with open_library(path) as library:
        import_files(library, [write_csv("jan.csv", JANUARY), write_csv("feb.csv", FEBRUARY)])
        change(library, "incident", "A-2", "excluded", "false alarm", "monitor restarted")
        change(library, "service", "api", "slo_pct", "99.5")
    return path


def _figures(data: LibraryData) -> pd.DataFrame:
    return compute_metrics(data.reclassified, JANUARY_WINDOW).services.set_index("service")


def _same(first: LibraryData, second: LibraryData) -> None:
    pd.testing.assert_frame_equal(first.as_imported, second.as_imported)
    pd.testing.assert_frame_equal(first.reclassified, second.reclassified)
    assert first.edits == second.edits
    assert first.imports == second.imports
    assert first.version == second.version


def test_a_file_goes_to_the_server_and_back_with_equal_figures(source, server_url, tmp_path):
    back = tmp_path / "back.duckdb"
    with open_library(source, write=False) as lib, open_library(server_url) as server:
        copied = copy_library(lib, server)
        before = load_library(lib)
    assert (copied.imports, copied.rows, copied.changes) == (2, 4, 2)
    with open_library(server_url) as server, open_library(back) as returned:
        copy_library(server, returned)
        on_server = load_library(server)
    with open_library(back) as returned:
        after = load_library(returned)
        # the history came along: the exclusion is undone in the copy as in the source
        (excluded, _target) = history(returned)
        undo(returned, excluded.id)
        assert "A-2" in set(load_library(returned).reclassified["incident_id"])
    _same(before, on_server)
    _same(before, after)
    pd.testing.assert_frame_equal(_figures(before), _figures(on_server))
    pd.testing.assert_frame_equal(_figures(before), _figures(after))
    # A-2 (web) is excluded; api: A-1 down 10:00-11:00 (February's export), A-3's 20 min
    # partial outage weighs 0.3: 60 + 6 minutes
    assert list(_figures(after).index) == ["api"]
    assert _figures(after).loc["api", "downtime_minutes"] == 66.0
    assert after.targets() == (("api", 99.5),)


def test_a_copy_into_a_library_that_holds_something_is_refused(source, library, write_csv):
    import_files(library, [write_csv("other.csv", JANUARY[:1])])
    with open_library(source, write=False) as lib, pytest.raises(LibraryError) as refused:
        copy_library(lib, library)
    assert "already holds 1 imports and 0 changes" in str(refused.value)


def test_the_cli_copies_into_the_server(source, server_url, capsys):
    assert main(["library", "copy", str(source), server_url]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"copied 2 imports, 4 imported rows and 2 changes from {source} to ")
    with open_library(server_url, write=False) as server:
        assert sorted(load_library(server).as_imported["incident_id"]) == ["A-1", "A-2", "A-3"]
