"""Encodings, delimiters, line endings, quoting and the seed file."""

from __future__ import annotations

import codecs

import pandas as pd
import pytest

from desktop_app.core.model import INCIDENT_COLUMNS, NO_SERVICE, ReadOptions
from desktop_app.core.reading.reader import read_incident_file

KOREAN = (
    "장애번호,서비스,제목,시작일시,복구일시\n"
    "K-1,카카오톡,메시지 지연,2020-03-02 08:58,2020-03-02 10:17\n"
)
SEOUL = ReadOptions(tz="Asia/Seoul")


def utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


def test_seed_file_imports_three_and_rejects_the_undated_row(data_dir) -> None:
    result = read_incident_file(data_dir / "seed_incidents.csv", SEOUL)
    assert (result.rows, result.imported, result.duplicates) == (4, 3, 0)
    assert [r.line for r in result.rejected] == [5]
    assert str(result.rejected[0].reason) == "line 5: no start time (column 'started_at' is empty)"
    assert result.rejected[0].values["incident_id"] == "KT-201908"
    frame = result.incidents
    assert list(frame["incident_id"]) == ["KT-20200101", "KT-20200302", "KS-20200302"]
    # 2020-03-02 08:58 +09:00 is 2020-03-01 23:58 UTC; KakaoTalk was down 79 minutes.
    talk = frame.iloc[1]
    assert talk["started_at"] == utc("2020-03-01 23:58")
    assert talk["resolved_at"] - talk["started_at"] == pd.Timedelta(minutes=79)
    assert list(frame["severity"]) == ["major", "major", "critical"]
    assert list(frame["impact"]) == ["partial_outage", "partial_outage", "full_outage"]
    assert list(frame["source_line"]) == [2, 3, 4]


def test_output_has_exactly_the_canonical_columns_and_dtypes(data_dir) -> None:
    frame = read_incident_file(data_dir / "seed_incidents.csv").incidents
    assert list(frame.columns) == list(INCIDENT_COLUMNS)
    for name, dtype in INCIDENT_COLUMNS.items():
        assert frame[name].dtype == pd.Series(dtype=dtype).dtype, name  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("encoding", "prefix", "reported"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
        ("cp949", b"", "cp949"),
        ("euc-kr", b"", "cp949"),
    ],
)
def test_encodings(write_file, encoding: str, prefix: bytes, reported: str) -> None:
    path = write_file("korean.csv", prefix + KOREAN.encode(encoding))
    result = read_incident_file(path, SEOUL)
    assert result.encoding == reported
    row = result.incidents.iloc[0]
    assert (row["incident_id"], row["service"], row["title"]) == ("K-1", "카카오톡", "메시지 지연")
    assert row["started_at"] == utc("2020-03-01 23:58")


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(write_file, delimiter: str) -> None:
    text = "id,service,started_at\nA-1,web,2020-03-02 08:00\n".replace(",", delimiter)
    result = read_incident_file(write_file("d.csv", text))
    assert result.delimiter == delimiter
    assert list(result.incidents["service"]) == ["web"]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_and_quoted_newlines_keep_physical_line_numbers(
    write_file, newline: str
) -> None:
    lines = [
        "id,title,started_at",
        'A-1,"first line',
        'second line",2020-03-02 08:00',
        "A-2,plain,2020-03-02 09:00",
        'A-3,"a',
        "b",
        'c",',
    ]
    result = read_incident_file(write_file("nl.csv", newline.join(lines) + newline))
    assert list(result.incidents["source_line"]) == [2, 4]
    assert result.incidents["title"].iloc[0] == f"first line{newline}second line"
    assert [r.line for r in result.rejected] == [5]


def test_blank_lines_are_skipped_but_keep_line_numbers(write_file) -> None:
    text = "id,started_at\n\nA-1,2020-03-02 08:00\n\n\nA-2,2020-03-02 09:00\n,\n"
    result = read_incident_file(write_file("blank.csv", text))
    assert (result.rows, result.imported) == (2, 2)
    assert list(result.incidents["source_line"]) == [3, 6]


def test_repeated_header_names_are_made_unique(write_file) -> None:
    text = "Issue key,Summary,Labels,Labels,Created\nOPS-1,DB down,db,prod,2020-03-02 08:00\n"
    result = read_incident_file(write_file("jira.csv", text))
    assert result.imported == 1
    assert result.mapping["incident_id"] == "Issue key"
    assert set(result.rejected) == set()


def test_ragged_rows_ignore_extra_cells_and_treat_missing_as_empty(write_file) -> None:
    text = (
        "id,started_at,resolved_at\n"
        "A-1,2020-03-02 08:00,2020-03-02 09:00,x,y\n"
        "A-2,2020-03-02 10:00\n"
    )
    result = read_incident_file(write_file("ragged.csv", text))
    assert list(result.incidents["incident_id"]) == ["A-1", "A-2"]
    assert result.incidents["resolved_at"].isna().tolist() == [False, True]


def test_missing_id_and_service_come_from_the_file(write_file) -> None:
    """Generated ids hold the full path (two incidents.csv never merge); an empty service cell
    is NO_SERVICE, not the file name, since the file has a service column (issue 11)."""
    text = "service,started_at\nweb,2020-03-02 08:00\n,2020-03-02 09:00\n"
    path = write_file("billing.csv", text)
    frame = read_incident_file(path).incidents
    assert list(frame["incident_id"]) == [f"{path.name}:2", f"{path.name}:3"]  # no folder
    assert list(frame["service"]) == ["web", NO_SERVICE]
    assert list(frame["title"]) == ["", ""]
    assert list(frame["impact"]) == ["full_outage", "full_outage"]
    assert list(frame["severity"]) == ["unknown", "unknown"]


def test_a_huge_cell_spanning_several_arrow_blocks(write_file) -> None:
    title = "x" * 5_000_000
    path = write_file("big.csv", f'id,title,started_at\nA-1,"{title}",2020-03-02 08:00\n')
    result = read_incident_file(path)
    assert result.imported == 1
    assert len(result.incidents["title"].iloc[0]) == 5_000_000
