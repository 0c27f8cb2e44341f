"""An end written only in the text is read from it (issue 22)."""

from __future__ import annotations

import pandas as pd

from desktop_app.core.model import ReadOptions
from desktop_app.core.reading.reader import read_incident_file
from desktop_app.core.reading.text_times import TextEnd
from tests.core.reading.conftest import WriteFile


def minutes(frame: pd.DataFrame) -> list[float]:
    return list((frame["resolved_at"] - frame["started_at"]).dt.total_seconds() / 60)


def test_ends_in_titles_and_descriptions(write_file: WriteFile) -> None:
    """No end column; the ends are in the title or the description:
    row 1 "resolved at 2024-03-02 14:10" after 13:40: 30 min;
    row 2 "between 14:02 and 15:10 UTC" from 14:02: 68 min;
    row 3 "23:50~00:20" from 23:50: past midnight, 30 min;
    row 4 "복구 완료 15:10" from 15:00: 10 min;
    row 5 says nothing of an end: open."""
    path = write_file(
        "status.csv",
        "title,service,started,description\n"
        "API errors,API,2024-03-02 13:40,Elevated errors; resolved at 2024-03-02 14:10\n"
        "Outage between 14:02 and 15:10 UTC,Web,2024-03-03 14:02,\n"
        "Batch 23:50~00:20,Batch,2024-03-04 23:50,\n"
        "결제 지연,결제,2024-03-05 15:00,원인 파악 후 복구 완료 15:10\n"
        "Search slow,Search,2024-03-06 09:00,investigating\n",
    )
    result = read_incident_file(path, ReadOptions(tz="UTC"))
    assert (result.rows, result.imported, len(result.rejected)) == (5, 5, 0)
    frame = result.incidents
    assert minutes(frame.iloc[:4]) == [30, 68, 30, 10]
    assert pd.isna(frame.iloc[4]["resolved_at"])
    (finding,) = [f for f in result.findings if f.kind == "end_from_text"]
    assert str(finding.message).startswith("4 incidents had no end time")


def test_an_empty_end_cell_takes_the_text_and_the_named_zone_counts(write_file: WriteFile) -> None:
    """Times read in Asia/Seoul; the end column is empty on row 2, whose title says
    "14:02-15:10 UTC": 15:10 UTC is 00:10 KST the next day, the start 23:02 KST (14:02 UTC),
    so 68 min. Row 1 keeps its own end (09:30 KST, 30 min)."""
    path = write_file(
        "kst.csv",
        "제목,시스템,발생일시,복구일시\n"
        "로그인 오류,인증,2024-04-01 09:00,2024-04-01 09:30\n"
        "Gateway errors 14:02-15:10 UTC,게이트웨이,2024-04-01 23:02,\n",
    )
    result = read_incident_file(path, ReadOptions(tz="Asia/Seoul"))
    assert result.imported == 2
    assert minutes(result.incidents) == [30, 68]


def test_phrases() -> None:
    """Which phrases are ends (and which are not)."""
    assert TextEnd.find("recovered at 2024-03-02 14:10 KST") == TextEnd(
        "2024-03-02", "14:10", "KST"
    )
    assert TextEnd.find("14:02~15:10") == TextEnd(None, "15:10", None)
    assert TextEnd.find("15:10에 복구") == TextEnd(None, "15:10", None)
    assert TextEnd.find("started at 14:02, investigating") is None
