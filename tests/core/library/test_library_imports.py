"""Imports into the library: recorded, never twice, newer exports update and keep history,
and an update can be undone for one incident."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.library.edits import (
    VERSION,
    EditError,
    change,
    history,
    undo,
    use_version,
)
from desktop_app.core.library.imports import (
    RemovalPreview,
    UndoRemovalError,
    file_digest,
    import_files,
    incident_versions,
    list_imports,
    preview_removal,
    remove_import,
    undo_removal,
)
from desktop_app.core.library.loaded import load_library
from desktop_app.core.library.store import LibraryError
from desktop_app.core.library.view import chosen_versions
from desktop_app.core.metrics.compute import compute_metrics
from desktop_app.core.model import ReadOptions
from desktop_app.core.reporting.reclassified import EditedValue, reclassified_entries
from desktop_app.core.window import Window
from desktop_app.text import text_for
from desktop_app.text.report import reclassified_line

JANUARY = [
    "A-1,api,Login down,major,full_outage,2024-01-10T10:00:00Z,2024-01-10T10:30:00Z",
    "A-2,web,Slow pages,minor,degraded,2024-01-11T08:00:00Z,2024-01-11T09:00:00Z",
    "A-3,web,,minor,degraded,,",
]
# The February export repeats A-2 unchanged, corrects A-1's end and adds A-4.
FEBRUARY = [
    "A-1,api,Login down,major,full_outage,2024-01-10T10:00:00Z,2024-01-10T10:45:00Z",
    "A-2,web,Slow pages,minor,degraded,2024-01-11T08:00:00Z,2024-01-11T09:00:00Z",
    "A-4,api,Timeouts,critical,partial_outage,2024-02-02T12:00:00Z,2024-02-02T12:20:00Z",
]


def _ends(library) -> dict[str, pd.Timestamp]:
    frame = load_library(library).as_imported
    return dict(zip(frame["incident_id"], frame["resolved_at"], strict=True))


def test_an_import_records_the_file_its_options_and_its_row_accounting(library, write_csv):
    path = write_csv("jan.csv", JANUARY)
    (outcome,) = import_files(library, [path], ReadOptions(tz="Asia/Seoul"))
    assert outcome.status == "imported"
    (record,) = list_imports(library)
    assert (record.path, record.size, record.sha256) == (str(path), *file_digest(path))
    assert record.options["tz"] == "Asia/Seoul"
    assert record.mapping["started_at"] == "started_at"
    # 3 rows: imported, A-3 rejected for its empty start.
    assert (record.rows, record.imported, record.duplicates) == (3, 2, 0)
    assert [r.line for r in record.rejected] == [4]
    assert (record.new, record.updated, record.unchanged) == (2, 0, 0)
    assert record.imported_at <= pd.Timestamp.now(tz="UTC")


def _contents(library) -> object:
    """The file's bytes; on a server, every table's rows."""
    if isinstance(library.path, Path):
        return library.path.read_bytes()
    with library.reading() as con:
        return [con.arrow(f"SELECT * FROM {t}") for t in ("meta", "imports", "versions")]


def test_importing_the_same_file_again_changes_nothing(library, write_csv, tmp_path):
    path = write_csv("jan.csv", JANUARY)
    import_files(library, [path])
    before = _contents(library)
    copy = tmp_path / "renamed copy.csv"
    copy.write_bytes(path.read_bytes())
    outcomes = import_files(library, [path, copy])
    assert [o.status for o in outcomes] == ["already", "already"]
    assert "already in the library (import 1)" in str(outcomes[1].describe())
    assert len(list_imports(library)) == 1
    assert _contents(library) == before


def test_a_newer_export_updates_by_id_and_keeps_the_earlier_values(library, write_csv):
    import_files(library, [write_csv("jan.csv", JANUARY)])
    (feb,) = import_files(library, [write_csv("feb.csv", FEBRUARY)])
    assert feb.record is not None
    assert (feb.record.new, feb.record.updated, feb.record.unchanged) == (1, 1, 1)
    ends = _ends(library)
    assert ends["A-1"] == pd.Timestamp("2024-01-10T10:45:00Z")
    assert sorted(ends) == ["A-1", "A-2", "A-4"]
    history = incident_versions(library, "A-1")
    assert list(history["import_id"]) == [2, 1]
    assert list(history["current"]) == [True, False]
    assert history["resolved_at"].iloc[1] == pd.Timestamp("2024-01-10T10:30:00Z")


def test_removing_the_newer_import_undoes_its_updates(library, write_csv):
    import_files(library, [write_csv("jan.csv", JANUARY), write_csv("feb.csv", FEBRUARY)])
    assert preview_removal(library, 2) == RemovalPreview(("A-4",), 2)  # asked first
    assert preview_removal(library, 1) == RemovalPreview((), 0)  # February holds them now
    removed = remove_import(library, 2)
    # A-4 only came with February (it leaves); go back to January's values.
    assert (removed.left, removed.restored) == (1, 2)
    ends = _ends(library)
    assert sorted(ends) == ["A-1", "A-2"]
    assert ends["A-1"] == pd.Timestamp("2024-01-10T10:30:00Z")
    assert [r.id for r in list_imports(library)] == [1]


def test_a_removal_is_undone_as_it_was_and_its_edits_apply_again(library, write_csv):
    """Removing February (import 2) took A-4 out and sent A-1 back to January's end (10:30);
    the undo brings import 2 back with its number and counts, A-4 with its note, and A-1 at
    February's 10:45 again, its earlier value kept (versions 2 current, 1 not)."""
    import_files(library, [write_csv("jan.csv", JANUARY), write_csv("feb.csv", FEBRUARY)])
    change(library, "incident", "A-4", "note", "vendor fault", "")
    before = load_library(library).reclassified.sort_values("incident_id").reset_index(drop=True)
    removed = remove_import(library, 2)
    assert sorted(_ends(library)) == ["A-1", "A-2"]
    back = undo_removal(library, removed)
    assert back == removed.record and [r.id for r in list_imports(library)] == [1, 2]
    assert list_imports(library)[1] == removed.record
    after = load_library(library)
    shown = after.reclassified.sort_values("incident_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(shown, before)
    assert after.edits.incidents["A-4"]["note"][0] == "vendor fault"
    history_a1 = incident_versions(library, "A-1")
    assert list(history_a1["import_id"]) == [2, 1]
    assert list(history_a1["current"]) == [True, False]


def test_a_removal_cannot_be_undone_once_its_file_came_back(library, write_csv):
    jan, feb = write_csv("jan.csv", JANUARY), write_csv("feb.csv", FEBRUARY)
    import_files(library, [jan, feb])
    removed = remove_import(library, 2)
    import_files(library, [feb])  # the same file again: import 2 once more (max id 1, + 1)
    with pytest.raises(UndoRemovalError, match="a later import has its number"):
        undo_removal(library, removed)
    remove_import(library, 2)
    import_files(library, [write_csv("mar.csv", JANUARY[:1]), feb])  # imports 2 and 3
    remove_import(library, 2)  # number 2 is free again, February is import 3
    with pytest.raises(UndoRemovalError, match="imported again"):
        undo_removal(library, removed)
    assert [r.id for r in list_imports(library)] == [1, 3]  # nothing changed by the refusals


def test_an_update_is_undone_for_one_incident_and_that_is_audited(library, write_csv):
    """February moved A-1's end from 10:30 to 10:45. Choosing January's values for A-1
    alone brings its full outage back to 30 minutes in the figures (45 as imported); the
    choice is a change with its reason, undone like any other."""
    import_files(library, [write_csv("jan.csv", JANUARY), write_csv("feb.csv", FEBRUARY)])
    reason = "February's export closed it late"
    choice = use_version(library, "A-1", 1, reason)
    assert (choice.field, choice.old, choice.new, choice.reason) == (VERSION, "", "1", reason)
    data = load_library(library)
    shown = data.reclassified.set_index("incident_id")
    assert shown.loc["A-1", "resolved_at"] == pd.Timestamp("2024-01-10T10:30:00Z")
    assert shown.loc["A-1", "source_file"].endswith("jan.csv")
    assert _ends(library)["A-1"] == pd.Timestamp("2024-01-10T10:45:00Z")  # as imported
    january = Window.from_dates("2024-01-01", "2024-01-31", "UTC")

    def api_downtime(incidents: pd.DataFrame) -> float:
        services = compute_metrics(incidents, january).services.set_index("service")
        return services.loc["api", "downtime_minutes"]

    assert api_downtime(data.reclassified) == 30.0
    assert api_downtime(data.as_imported) == 45.0
    (listed,) = data.reclassifications()
    assert (listed.incident_id, listed.changes) == ("A-1", ((VERSION, "1", reason),))
    (entry,) = reclassified_entries([listed], january)
    assert entry.changes == (EditedValue(VERSION, "1"),) and entry.reasons == (reason,)
    en, ko = (reclassified_line(entry, text_for(lang)) for lang in ("en", "ko"))
    assert (en.change, en.reason) == ("values of import 1 used, not the latest import's", reason)
    assert ko.change == "최신 가져오기 대신 가져오기 1번의 값 사용"
    with pytest.raises(EditError, match="already in use"):
        use_version(library, "A-1", 1, reason)
    with pytest.raises(EditError, match="holds no values"):
        use_version(library, "A-4", 1, reason)
    with pytest.raises(EditError, match="needs a reason"):
        use_version(library, "A-1", 2, " ")
    undo(library, choice.id)
    assert load_library(library).reclassified.set_index("incident_id").loc[
        "A-1", "resolved_at"
    ] == pd.Timestamp("2024-01-10T10:45:00Z")
    assert [c.new for c in history(library, "incident", "A-1")] == ["1", ""]


def test_the_latest_import_s_values_can_be_chosen_back(library, write_csv):
    import_files(library, [write_csv("jan.csv", JANUARY), write_csv("feb.csv", FEBRUARY)])
    use_version(library, "A-1", 1, "closed late")
    back = use_version(library, "A-1", 2, "it did close at 10:45")
    assert (back.old, back.new) == ("1", "")
    assert chosen_versions(load_library(library).edits) == {}


def test_a_choice_of_a_removed_import_falls_back_to_the_import_rule(library, write_csv):
    import_files(library, [write_csv("jan.csv", JANUARY), write_csv("feb.csv", FEBRUARY)])
    use_version(library, "A-1", 1, "closed late")
    remove_import(library, 1)
    ends = load_library(library).reclassified.set_index("incident_id")["resolved_at"]
    assert ends["A-1"] == pd.Timestamp("2024-01-10T10:45:00Z")


def test_removing_the_older_import_keeps_incidents_another_import_holds(library, write_csv):
    import_files(library, [write_csv("jan.csv", JANUARY), write_csv("feb.csv", FEBRUARY)])
    removed = remove_import(library, 1)
    assert (removed.left, removed.restored) == (0, 0)
    assert sorted(_ends(library)) == ["A-1", "A-2", "A-4"]
    with pytest.raises(KeyError):
        remove_import(library, 1)


def test_a_file_that_cannot_be_read_is_reported_and_not_recorded(library, tmp_path, write_csv):
    empty = write_csv("empty.csv", [])
    missing = tmp_path / "missing.csv"
    outcomes = import_files(library, [empty, missing])
    assert [o.status for o in outcomes] == ["failed", "failed"]
    assert "no incident was imported (0 rows" in str(outcomes[0].message)
    assert "cannot open the file" in str(outcomes[1].message)
    assert list_imports(library) == []


def test_an_import_is_one_transaction(library, write_csv, monkeypatch):
    import_files(library, [write_csv("jan.csv", JANUARY)])
    before = (_ends(library), list_imports(library))

    def fail(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr("desktop_app.core.library.imports._insert_record", fail)
    with pytest.raises(RuntimeError):
        import_files(library, [write_csv("feb.csv", FEBRUARY)])
    assert (_ends(library), list_imports(library)) == before


def test_a_read_only_library_refuses_changes(file_library, write_csv):
    from desktop_app.core.library.store import open_library

    import_files(file_library, [write_csv("jan.csv", JANUARY)])
    with open_library(file_library.path) as second:
        assert second.read_only
        assert "open read-only" in str(second.read_only_reason)
        assert sorted(_ends(second)) == ["A-1", "A-2"]
        with pytest.raises(LibraryError, match="cannot change it"):
            remove_import(second, 1)


def test_the_unit_of_a_duration_column_is_recorded(library, tmp_path):
    path = tmp_path / "durations.csv"
    path.write_text(
        "incident_id,service,started_at,seconds_to_resolve\nD-1,api,2024-01-10T10:00:00Z,600\n",
        encoding="utf-8",
    )
    import_files(library, [path])
    (record,) = list_imports(library)
    assert record.options["units"] == {"duration": "seconds"}
    assert record.mapping["duration"] == "seconds_to_resolve"
    ends = _ends(library)
    assert ends["D-1"] == pd.Timestamp("2024-01-10T10:10:00Z")


def test_incidents_come_sorted_by_start_even_after_an_import_back_in_time(library, write_csv):
    import_files(library, [write_csv("feb.csv", FEBRUARY)])
    import_files(library, [write_csv("jan.csv", JANUARY)])
    frame = load_library(library).as_imported
    assert frame["started_at"].is_monotonic_increasing
    # are held by both imports; the later (January) import's values are current.
    assert list(frame["incident_id"]) == ["A-1", "A-2", "A-4"]
    assert frame["resolved_at"].iloc[0] == pd.Timestamp("2024-01-10T10:30:00Z")
