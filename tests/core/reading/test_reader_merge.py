"""Several files, duplicates across files, progress and cancellation."""

from __future__ import annotations

import pytest

from desktop_app.core.model import ImportCancelled
from desktop_app.core.reading.reader import read_incident_file, read_incident_files

FIRST = "id,service,started_at\nA,web,2020-03-02 08:00\nB,web,2020-03-02 09:00\n"
SECOND = (
    "id,service,started_at\nB,web,2020-03-03 09:00\nC,db,2020-03-03 10:00\nC,db,2020-03-03 11:00\n"
)


def test_later_file_wins_and_counts_the_duplicate(write_file) -> None:
    result = read_incident_files([write_file("one.csv", FIRST), write_file("two.csv", SECOND)])
    one, two = result.files
    assert (one.rows, one.imported, one.duplicates) == (2, 2, 0)
    # two.csv: B repeats one.csv's B; C repeats itself.
    assert (two.rows, two.imported, two.duplicates) == (3, 1, 2)
    assert one.imported + two.imported == len(result.incidents) == 3
    frame = result.incidents.set_index("incident_id")
    assert str(frame.loc["B", "started_at"]) == "2020-03-03 09:00:00+00:00"
    assert str(frame.loc["C", "started_at"]) == "2020-03-03 11:00:00+00:00"
    assert result.duplicate_count == 2


def test_no_files_gives_an_empty_table() -> None:
    result = read_incident_files([])
    assert result.files == [] and result.incidents.empty


def test_progress_rises_to_one(write_file) -> None:
    seen: list[float] = []
    read_incident_files(
        [write_file("one.csv", FIRST), write_file("two.csv", SECOND)], progress=seen.append
    )
    assert seen == sorted(seen)
    assert (seen[0], seen[-1]) == (0.0, 1.0)


def test_cancelling_from_progress_propagates(write_file) -> None:
    def cancel(fraction: float) -> None:
        if fraction > 0.2:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        read_incident_files(
            [write_file("one.csv", FIRST), write_file("two.csv", SECOND)], progress=cancel
        )
    with pytest.raises(ImportCancelled):
        read_incident_file(write_file("one.csv", FIRST), progress=cancel)


def test_rows_without_an_id_get_the_file_name_and_line(write_file) -> None:
    path = write_file("zabbix.csv", "host,started_at\nweb,2020-03-02 08:00\ndb,2020-03-02 09:00\n")
    result = read_incident_file(path)
    assert list(result.incidents["incident_id"]) == ["zabbix.csv:2", "zabbix.csv:3"]
    assert str(path.parent) not in "".join(result.incidents["incident_id"])
