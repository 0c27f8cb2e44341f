"""Issue 22, "A time zone is a property of the import, and can be corrected": an import keeps
its bytes and its reading options, and is read again with other options in one transaction,
its edits kept by incident id; and an import's covered span can be stated by its user."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from desktop_app.core.analysis import Selection, analyse
from desktop_app.core.library.coverage import StatedCoverage, set_coverage, stated_spans
from desktop_app.core.library.edits import EditError, change, history, undo
from desktop_app.core.library.imports import import_files, list_imports
from desktop_app.core.library.loaded import load_library
from desktop_app.core.library.reread import RereadError, options_of, reread_import
from desktop_app.core.metrics.compute import compute_metrics
from desktop_app.core.model import IncidentFileError, ReadOptions
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window

# Times without a zone, as a hand-kept sheet writes them.
NAIVE = [
    "B-1,api,DB down,major,full_outage,2024-03-28 02:00,2024-03-28 05:00",
    "B-2,api,Login slow,major,full_outage,2024-03-27 22:00,2024-03-28 01:00",
]


def _api_downtime(incidents: pd.DataFrame, day: str) -> float:
    """api's downtime on ``day`` in Asia/Seoul (the display zone), in minutes."""
    window = Window.from_dates(day, day, "Asia/Seoul")
    services = compute_metrics(incidents, window).services.set_index("service")
    return float(services.loc["api", "downtime_minutes"])


def _library_state(library) -> tuple[object, ...]:
    with library.reading() as con:
        versions = con.rows("SELECT * FROM versions ORDER BY import_id, incident_id")
        imports = con.rows("SELECT * FROM imports ORDER BY id")
        changes = con.rows("SELECT * FROM changes ORDER BY id")
    return versions, imports, changes


def test_an_import_keeps_its_bytes_and_its_reading_options(library, write_csv):
    path = write_csv("sheet.csv", NAIVE)
    import_files(library, [path], ReadOptions(tz="UTC", dayfirst=False))
    (record,) = list_imports(library)
    assert (record.options["tz"], record.options["dayfirst"]) == ("UTC", False)
    assert options_of(record, tz="Asia/Seoul") == ReadOptions("Asia/Seoul", False, {})
    with library.reading() as con:
        (compression, data) = con.one("SELECT compression, data FROM import_files")
    assert compression == "zlib"
    import zlib

    assert zlib.decompress(bytes(data)) == path.read_bytes()


def test_a_reread_from_utc_to_seoul_keeps_a_reclassification_and_moves_the_day(library, write_csv):
    path = write_csv("sheet.csv", NAIVE)
    import_files(library, [path], ReadOptions(tz="UTC"))
    change(library, "incident", "B-1", "maintenance", "yes", "planned switch-over")
    before = load_library(library).reclassified
    # Read as UTC and shown in KST (UTC+9): B-1 is 11:00-14:00 on the 28th (maintenance, no
    # downtime), B-2 07:00-10:00 on the 28th: 180 min on the 28th, none on the 27th.
    assert _api_downtime(before, "2024-03-28") == 180.0
    assert _api_downtime(before, "2024-03-27") == 0.0

    path.unlink()  # the library's own bytes are read, not the file
    (record,) = list_imports(library)
    done = reread_import(library, record.id, options_of(record, tz="Asia/Seoul"))

    data = load_library(library)
    assert done.after.options["tz"] == "Asia/Seoul" and not done.kept_bytes
    assert done.after.id == record.id and done.after.sha256 == record.sha256
    assert data.edits.incidents["B-1"]["maintenance"] == ("yes", "planned switch-over")
    starts = dict(zip(data.as_imported["incident_id"], data.as_imported["started_at"], strict=True))
    assert starts["B-1"] == pd.Timestamp("2024-03-27T17:00:00Z")  # 02:00 KST
    # Read as KST: B-2 is 22:00 on the 27th to 01:00 on the 28th: 120 min on the 27th and
    # 60 min on the 28th; B-1 02:00-05:00 on the 28th is still maintenance.
    assert _api_downtime(data.reclassified, "2024-03-28") == 60.0
    assert _api_downtime(data.reclassified, "2024-03-27") == 120.0
    # Both incidents were new when the import was first made; they still are.
    assert (done.after.new, done.after.updated, done.after.unchanged) == (2, 0, 0)


def test_a_reread_keeps_a_later_imports_values_in_force(library, write_csv):
    first = write_csv("jan.csv", NAIVE)
    later = write_csv("feb.csv", [NAIVE[0].replace("05:00", "06:00")])
    import_files(library, [first, later], ReadOptions(tz="UTC"))
    reread_import(library, 1, ReadOptions(tz="Asia/Seoul"))
    ends = load_library(library).as_imported.set_index("incident_id")["resolved_at"]
    # B-1 is import 2's (06:00 UTC); B-2 only import 1's, now read as KST (01:00 KST).
    assert ends["B-1"] == pd.Timestamp("2024-03-28T06:00:00Z")
    assert ends["B-2"] == pd.Timestamp("2024-03-27T16:00:00Z")


def test_a_failing_reread_leaves_the_library_as_it_was(library, write_csv, monkeypatch):
    import_files(library, [write_csv("sheet.csv", NAIVE)], ReadOptions(tz="UTC"))
    change(library, "incident", "B-2", "note", "call the DBA")
    as_it_was = _library_state(library)

    def broken(*_args: object) -> None:
        raise RuntimeError("the connection dropped")

    # The versions are replaced, then the import's row fails: one transaction, all undone.
    monkeypatch.setattr("desktop_app.core.library.reread._update_record", broken)
    with pytest.raises(RuntimeError):
        reread_import(library, 1, ReadOptions(tz="Asia/Seoul"))
    assert _library_state(library) == as_it_was
    # A reading that imports nothing changes nothing either: its mapping has no usable start.
    monkeypatch.undo()
    with pytest.raises(RereadError, match="no incident was imported"):
        reread_import(library, 1, ReadOptions(tz="UTC", mapping={"started_at": "title"}))
    with pytest.raises(IncidentFileError, match="not in the file"):
        reread_import(library, 1, ReadOptions(tz="UTC", mapping={"started_at": "nowhere"}))
    assert _library_state(library) == as_it_was


def test_an_older_import_is_read_again_from_its_unchanged_file(library, write_csv):
    path = write_csv("sheet.csv", NAIVE)
    import_files(library, [path], ReadOptions(tz="UTC"))
    with library.writing() as con:
        con.run("DELETE FROM import_files")  # as an import made before the bytes were kept
    done = reread_import(library, 1, ReadOptions(tz="Asia/Seoul"))
    assert done.kept_bytes
    with library.writing() as con:
        con.run("DELETE FROM import_files")
    path.write_text(path.read_text() + "B-3,api,x,major,full_outage,2024-04-01 00:00,\n")
    with pytest.raises(RereadError, match="has changed since"):
        reread_import(library, 1, ReadOptions(tz="UTC"))
    path.unlink()
    with pytest.raises(RereadError, match="is gone"):
        reread_import(library, 1, ReadOptions(tz="UTC"))
    with pytest.raises(RereadError, match="there is no import 9"):
        reread_import(library, 9, ReadOptions(tz="UTC"))


def test_a_stated_coverage_gives_a_quiet_month_its_figure(library, write_csv):
    # One export holds api alone, one 30-minute outage on 10 January 2024 (UTC).
    path = write_csv(
        "api.csv", ["C-1,api,Down,major,full_outage,2024-01-10T10:00:00Z,2024-01-10T10:30:00Z"]
    )
    import_files(library, [path])
    selection = Selection(
        window=Window.from_dates("2024-01-01", "2024-03-31", "UTC"), granularity="month"
    )
    settings = Settings(tz="UTC")
    as_of = pd.Timestamp("2024-06-01T00:00:00Z")

    def monthly(data) -> list[float]:
        dataset = data.dataset()
        result = analyse(dataset.incidents, selection, settings, as_of, stated=dataset.stated)
        return result.metrics.periods["availability_pct"].round(4).tolist()

    # Its times span 10 January only: February and March have no figure.
    computed = monthly(load_library(library))
    assert computed[0] == 99.9328 and pd.isna(computed[1]) and pd.isna(computed[2])
    (record,) = list_imports(library)
    stated = StatedCoverage(date(2024, 1, 1), date(2024, 12, 31), "UTC")
    set_coverage(library, [record], record.id, stated, "the export covers all of 2024")
    data = load_library(library)
    # January: 1 - 30 / (31 days x 1440 min) = 1 - 30 / 44,640 = 99.9328 %; February and
    # March are covered now, with no outage: 100 %.
    assert monthly(data) == [99.9328, 100.0, 100.0]
    (span,) = stated_spans(data.imports, data.edits)
    assert (span.start, span.end) == (
        pd.Timestamp("2024-01-01T00:00:00Z"),
        pd.Timestamp("2024-12-31T23:59:59.999999999Z"),
    )
    (said,) = history(library, "import")
    assert (said.target, said.field, said.reason) == (
        record.sha256,
        "coverage",
        "the export covers all of 2024",
    )
    # Audited like any edit: undone, the span of the times is back.
    undo(library, said.id)
    assert pd.isna(monthly(load_library(library))[1])
    with pytest.raises(EditError, match="is after"):
        set_coverage(
            library, [record], record.id, StatedCoverage(date(2024, 2, 1), date(2024, 1, 1), "UTC")
        )
