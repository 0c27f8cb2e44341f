"""Header synonyms, conditional columns, durations, acknowledgements and explicit mappings."""

from __future__ import annotations

import pandas as pd
import pytest

from desktop_app.core.model import IncidentFileError, MissingColumnError, ReadOptions
from desktop_app.core.reading.header_scoring import normalise_header, unique_headers
from desktop_app.core.reading.reader import read_incident_file


def utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


def test_normalised_headers_ignore_case_space_and_punctuation() -> None:
    assert normalise_header(" Issue-Key ") == normalise_header("issue_key") == "issuekey"
    assert normalise_header("소요시간(분)") == "소요시간분"


def test_unique_headers() -> None:
    assert unique_headers(["Labels", "Labels", "", "Labels"]) == [
        "Labels",
        "Labels (2)",
        "column 3",
        "Labels (3)",
    ]


@pytest.mark.parametrize(
    ("header_line", "expected"),
    [
        (
            "Issue key,Summary,Priority,Component/s,Created,Resolved",
            {
                "incident_id": "Issue key",
                "title": "Summary",
                "severity": "Priority",
                "service": "Component/s",
                "started_at": "Created",
                "resolved_at": "Resolved",
            },
        ),
        (
            "number,short_description,urgency,cmdb_ci,opened_at,closed_at",
            {
                "incident_id": "number",
                "title": "short_description",
                "severity": "urgency",
                "service": "cmdb_ci",
                "started_at": "opened_at",
                "resolved_at": "closed_at",
            },
        ),
        (
            "장애 ID,서비스명,장애내용,심각도,장애유형,발생일시,종료일시",
            {
                "incident_id": "장애 ID",
                "service": "서비스명",
                "title": "장애내용",
                "severity": "심각도",
                "impact": "장애유형",
                "started_at": "발생일시",
                "resolved_at": "종료일시",
            },
        ),
        (
            "tinyId,message,createdAt",
            {"incident_id": "tinyId", "title": "message", "started_at": "createdAt"},
        ),
    ],
)
def test_synonyms_from_common_tools(write_file, header_line: str, expected: dict) -> None:
    path = write_file("tool.csv", header_line + "\n")
    assert read_incident_file(path).mapping == expected


def test_closed_at_counts_only_without_a_resolved_column(write_file) -> None:
    path = write_file("c.csv", "id,started_at,closed_at,resolved_at\n")
    assert read_incident_file(path).mapping["resolved_at"] == "resolved_at"


def test_impact_column_counts_only_when_it_holds_impact_words(write_file) -> None:
    words = write_file(
        "w.csv", "id,impact,started_at\nA,partial_outage,2020-03-02 08:00\nB,,2020-03-02 09:00\n"
    )
    levels = write_file("l.csv", "id,impact,started_at\nA,1 - High,2020-03-02 08:00\n")
    assert read_incident_file(words).incidents["impact"].tolist() == [
        "partial_outage",
        "full_outage",
    ]
    result = read_incident_file(levels)
    assert "impact" not in result.mapping
    assert result.incidents["impact"].tolist() == ["full_outage"]


@pytest.mark.parametrize(
    ("header", "value", "minutes"),
    [
        ("duration_minutes", "90", 90),
        ("duration (min)", "1.5", 1.5),
        ("소요시간(분)", "30", 30),
        ("seconds_to_resolve", "600", 10),
    ],
)
def test_duration_gives_the_end_when_there_is_no_end_column(
    write_file, header: str, value: str, minutes: float
) -> None:
    path = write_file("d.csv", f'id,started_at,"{header}"\nA,2020-03-02 08:00,{value}\n')
    row = read_incident_file(path).incidents.iloc[0]
    assert row["resolved_at"] - row["started_at"] == pd.Timedelta(minutes=minutes)


def test_duration_is_ignored_when_there_is_an_end_column(write_file) -> None:
    path = write_file(
        "d.csv", "id,started_at,resolved_at,duration\nA,2020-03-02 08:00,2020-03-02 09:00,5\n"
    )
    result = read_incident_file(path)
    assert "duration" not in result.mapping
    assert result.incidents["resolved_at"].iloc[0] == utc("2020-03-02 09:00")


def test_unreadable_and_negative_durations_are_rejected(write_file) -> None:
    path = write_file(
        "d.csv", "id,started_at,duration\nA,2020-03-02 08:00,soon\nB,2020-03-02 08:00,-5\n"
    )
    reasons = [str(r.reason) for r in read_incident_file(path).rejected]
    assert reasons == [
        "line 2: cannot read 'soon' in column 'duration' as a duration",
        "line 3: the duration '-5' in column 'duration' is negative",
    ]


def test_acknowledged_from_a_time_or_from_seconds(write_file) -> None:
    at = write_file(
        "a.csv",
        "id,started_at,acknowledged_at\n"
        "A,2020-03-02 08:00,2020-03-02 08:05\n"
        "B,2020-03-02 08:00,earlier\n",
    )
    secs = write_file("s.csv", "id,started_at,seconds_to_first_ack\nA,2020-03-02 08:00,120\n")
    acked = read_incident_file(at).incidents["acknowledged_at"]
    assert acked.iloc[0] == utc("2020-03-02 08:05")
    assert pd.isna(acked.iloc[1])
    assert read_incident_file(secs).incidents["acknowledged_at"].iloc[0] == utc("2020-03-02 08:02")


def test_explicit_mapping_overrides_detection(write_file) -> None:
    path = write_file("m.csv", "id,started_at,When\nA,2020-01-01 00:00,2020-03-02 08:00\n")
    result = read_incident_file(path, ReadOptions(mapping={"started_at": "when"}))
    assert result.mapping["started_at"] == "When"
    assert result.incidents["started_at"].iloc[0] == utc("2020-03-02 08:00")


def test_mapping_to_a_missing_header_names_it_and_the_headers_seen(write_file) -> None:
    path = write_file("m.csv", "id,started_at\nA,2020-03-02 08:00\n")
    with pytest.raises(IncidentFileError) as caught:
        read_incident_file(path, ReadOptions(mapping={"started_at": "Opened"}))
    assert str(caught.value) == (
        f"{path}: the mapping started_at='Opened' names a column that is not in the file "
        "(headers seen: 'id', 'started_at')"
    )


def test_no_start_column_carries_what_a_mapping_dialog_needs(write_file) -> None:
    path = write_file("n.csv", "id,service,stamp\nA,web,2020-03-02 08:00\n")
    with pytest.raises(MissingColumnError) as caught:
        read_incident_file(path)
    error = caught.value
    assert error.headers == ["id", "service", "stamp"]
    assert error.preview == [["A", "web", "2020-03-02 08:00"]]
    # 'stamp' holds times: the best guess for the start, said with how to confirm it.
    assert error.detected == {"incident_id": "id", "service": "service", "started_at": "stamp"}
    assert "headers seen: 'id', 'service', 'stamp'" in str(error)
    assert 'confirm with --map started_at="stamp"' in str(error)
    assert str(error).startswith(f"{path}: ")


def test_a_missing_start_column_carries_headers_and_preview(write_file) -> None:
    rows = "".join(f"A-{i};2020-03-0{i} 08:00\n" for i in range(1, 8))
    path = write_file("p.csv", "id;stamp\n" + rows, "cp949")
    with pytest.raises(MissingColumnError) as caught:
        read_incident_file(path)
    assert caught.value.headers == ["id", "stamp"]
    assert caught.value.preview[0] == ["A-1", "2020-03-01 08:00"]
    assert len(caught.value.preview) == 5
    mapped = read_incident_file(path, ReadOptions(mapping={"started_at": "stamp"}))
    assert (mapped.encoding, mapped.delimiter) == ("utf-8", ";")
