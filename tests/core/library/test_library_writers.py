"""Several writers: an edit made on what someone read is refused when another changed the same
field since (who and when said), other fields go through, the audit trail names the database
user, two processes at once lose nothing, and a lost connection leaves the library as it was."""

from __future__ import annotations

import getpass
import multiprocessing
from pathlib import Path

import pytest

from desktop_app.core.library.edits import (
    ConflictError,
    change,
    edits_in_force,
    history,
    use_version,
)
from desktop_app.core.library.imports import import_files, list_imports
from desktop_app.core.library.loaded import load_library
from desktop_app.core.library.store import LibraryError, open_library
from tests.postgres import admin

ROWS = [
    "A-1,api,Login down,major,full_outage,2024-01-10T10:00:00Z,2024-01-10T10:30:00Z",
    "A-2,web,Slow pages,minor,degraded,2024-01-11T08:00:00Z,2024-01-11T09:00:00Z",
]


@pytest.fixture
def filled(library, write_csv):
    import_files(library, [write_csv("jan.csv", ROWS)])
    return library


def test_a_conflicting_edit_is_refused_with_who_changed_it_and_when(filled):
    read = load_library(filled)  # both managers read the library as it is
    theirs = change(
        filled, "incident", "A-1", "excluded", "false alarm", "monitor", base=read.version
    )
    with pytest.raises(ConflictError) as refused:
        change(filled, "incident", "A-1", "excluded", "not SLA-relevant", "mine", base=read.version)
    said = str(refused.value)
    assert said.startswith("'excluded' of A-1 was changed to 'false alarm' by ")
    assert getpass.getuser() in said
    assert theirs.at.isoformat(timespec="seconds") in said
    assert refused.value.theirs == theirs
    assert [c.new for c in history(filled, "incident", "A-1")] == ["false alarm"]
    assert edits_in_force(filled).incidents["A-1"]["excluded"] == ("false alarm", "monitor")


def test_an_edit_made_on_the_latest_version_goes_through(filled):
    first = change(filled, "incident", "A-1", "note", "paged twice", base=0)
    again = change(filled, "incident", "A-1", "note", "paged three times", base=first.id)
    assert (again.old, again.new) == ("paged twice", "paged three times")


def test_edits_of_other_fields_of_the_same_incident_both_go_through(filled):
    base = load_library(filled).version
    change(filled, "incident", "A-1", "note", "customer called", base=base)
    change(filled, "incident", "A-1", "maintenance", "yes", base=base)
    assert edits_in_force(filled).incidents["A-1"] == {
        "note": ("customer called", ""),
        "maintenance": ("yes", ""),
    }


def test_choosing_earlier_values_is_checked_the_same_way(filled, write_csv):
    import_files(filled, [write_csv("feb.csv", [ROWS[0].replace("10:30", "10:45")])])
    base = load_library(filled).version
    use_version(filled, "A-1", 1, "the February end is wrong", base=base)
    with pytest.raises(ConflictError):
        use_version(filled, "A-1", 2, "the February end is right", base=base)


def test_the_audit_trail_records_the_database_user(filled):
    made = change(filled, "incident", "A-2", "note", "slow for everyone")
    (recorded,) = history(filled, "incident", "A-2")
    expected = "" if isinstance(filled.path, Path) else "postgres"  # the test server's user
    assert recorded.db_user == made.db_user == expected
    assert recorded.os_user == getpass.getuser()


def _edit_at_once(url: str, value: str, barrier, results) -> None:
    """One manager: read the library, wait for the other, then edit A-1's cause."""
    with open_library(url) as library:
        base = load_library(library).version
        barrier.wait(timeout=30)
        try:
            change(library, "incident", "A-1", "cause", value, base=base)
            results.put(("changed", value))
        except ConflictError as refused:
            results.put(("refused", str(refused)))


def _import_at_once(url: str, path: str, barrier, results) -> None:
    with open_library(url) as library:
        barrier.wait(timeout=30)
        (outcome,) = import_files(library, [path])
        results.put((outcome.status, path))


def _both(target, first: tuple, second: tuple) -> list[tuple[str, str]]:
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    workers = [spawn.Process(target=target, args=(*a, barrier, results)) for a in (first, second)]
    for worker in workers:
        worker.start()
    found = sorted(results.get(timeout=60) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    return found


def test_two_processes_editing_the_same_incident_at_once_lose_nothing(server_url, write_csv):
    with open_library(server_url) as library:
        import_files(library, [write_csv("jan.csv", ROWS)])
    (changed, refused) = _both(_edit_at_once, (server_url, "DNS"), (server_url, "disk full"))
    assert changed[0] == "changed" and refused[0] == "refused"
    assert refused[1].startswith(f"'cause' of A-1 was changed to '{changed[1]}' by ")
    assert "(postgres)" in refused[1]
    with open_library(server_url) as library:
        assert [c.new for c in history(library, "incident", "A-1")] == [changed[1]]


def test_two_processes_importing_at_once_both_land(server_url, write_csv):
    jan = write_csv("jan.csv", ROWS[:1])
    feb = write_csv("feb.csv", ROWS[1:])
    found = _both(_import_at_once, (server_url, str(jan)), (server_url, str(feb)))
    assert [status for status, _ in found] == ["imported", "imported"]
    with open_library(server_url) as library:
        assert sorted(r.id for r in list_imports(library)) == [1, 2]
        assert sorted(load_library(library).as_imported["incident_id"]) == ["A-1", "A-2"]


def test_a_connection_lost_mid_import_leaves_the_library_as_it_was(
    server_url, postgres_server, write_csv
):
    with open_library(server_url) as library:
        import_files(library, [write_csv("jan.csv", ROWS[:1])])
        before = load_library(library)

        def cut(fraction: float) -> None:
            if fraction == pytest.approx(0.9):  # every row written, not yet committed
                admin(
                    postgres_server,
                    "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                    "WHERE state = 'idle in transaction' AND pid <> pg_backend_pid()",
                )

        with pytest.raises(LibraryError, match="the library is as it was"):
            import_files(library, [write_csv("feb.csv", ROWS[1:])], progress=cut)
        after = load_library(library)
    assert [r.id for r in after.imports] == [r.id for r in before.imports] == [1]
    assert list(after.as_imported["incident_id"]) == ["A-1"]
