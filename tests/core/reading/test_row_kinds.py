"""Rows that are not incidents of their own are left out with their reason (issue 22):
service requests, records closed as duplicates or merged, children of another incident."""

from __future__ import annotations

import pandas as pd

from desktop_app.core.reading.reader import read_incident_file
from tests.core.reading.conftest import WriteFile


def minutes(frame: pd.DataFrame) -> list[float]:
    return list((frame["resolved_at"] - frame["started_at"]).dt.total_seconds() / 60)


def accounted(result) -> bool:
    return result.rows == result.imported + result.duplicates + len(result.rejected)


def test_requests_and_duplicates_are_left_out(write_file: WriteFile) -> None:
    """An ITSM list of 6 tickets: 2 incidents, 2 service requests (English and Korean), one
    closed as a duplicate, one merged (병합) into INC-1."""
    path = write_file(
        "itsm.csv",
        "Number,Type,Short description,Service,Opened,Resolved,Status,Resolution\n"
        "INC-1,Incident,Checkout down,Shop,2024-03-01 10:00,2024-03-01 10:30,Closed,Fixed\n"
        "REQ-2,Service Request,New laptop,IT,2024-03-01 11:00,2024-03-02 11:00,Closed,Done\n"
        "INC-3,Incident,Checkout down again,Shop,2024-03-01 10:05,2024-03-01 10:40,Closed,"
        "Duplicate\n"
        "REQ-4,서비스 요청,계정 발급,IT,2024-03-03 09:00,2024-03-03 18:00,완료,완료\n"
        "INC-5,Incident,Search slow,Search,2024-03-04 08:00,2024-03-04 08:45,Closed,Fixed\n"
        "INC-6,Incident,결제 지연,Shop,2024-03-01 10:10,2024-03-01 10:20,병합,\n",
    )
    result = read_incident_file(path)
    # 6 rows = 2 imported + 0 merged repeats + 4 left out.
    assert (result.rows, result.imported, result.duplicates, len(result.rejected)) == (6, 2, 0, 4)
    assert accounted(result)
    assert list(result.incidents["incident_id"]) == ["INC-1", "INC-5"]
    # 10:00-10:30 and 08:00-08:45: 30 and 45 minutes; the requests' 24 h and 9 h are gone.
    assert minutes(result.incidents) == [30, 45]
    reasons = {r.line: str(r.reason) for r in result.rejected}
    assert "'Service Request' in column 'Type' marks a service request" in reasons[3]
    assert "'서비스 요청' in column 'Type' marks a service request" in reasons[5]
    assert "'Duplicate' in column 'Resolution' marks a duplicate" in reasons[4]
    assert "'병합' in column 'Status' marks a duplicate" in reasons[7]
    (finding,) = [f for f in result.findings if f.kind == "not_incidents"]
    assert str(finding.message).startswith("2 service requests and 2 duplicates")


def test_a_child_names_its_parent(write_file: WriteFile) -> None:
    """A ``Parent incident`` naming another row's id is that incident's child; a ``Duplicate
    of`` column filled is a duplicate whatever it names; a Jira ``Parent`` naming an epic that
    is not in the file is no duplicate (the issue stays)."""
    path = write_file(
        "children.csv",
        "id,title,service,start,end,Parent incident,Duplicate of\n"
        "A1,DB down,DB,2024-05-01 00:00,2024-05-01 01:00,,\n"
        "A2,DB down (app side),App,2024-05-01 00:05,2024-05-01 00:50,A1,\n"
        "A3,Cache down,Cache,2024-05-02 00:00,2024-05-02 00:20,EPIC-9,\n"
        "A4,Cache down too,Cache,2024-05-02 00:01,2024-05-02 00:21,,OLD-77\n",
    )
    result = read_incident_file(path)
    # 4 rows = 2 imported (A1, A3) + 2 left out (A2 child of A1, A4 duplicate of OLD-77).
    assert (result.rows, result.imported, len(result.rejected)) == (4, 2, 2)
    assert accounted(result)
    assert list(result.incidents["incident_id"]) == ["A1", "A3"]
    assert minutes(result.incidents) == [60, 20]
    assert [r.line for r in result.rejected] == [3, 5]
    assert "names 'A1' as the incident this row belongs to" in str(result.rejected[0].reason)


def test_a_category_column_of_business_areas_changes_nothing(write_file: WriteFile) -> None:
    """A hand-kept Korean sheet whose 업무구분 (business area) is a 구분 column: its values
    are no request words, so every row is an incident."""
    path = write_file(
        "장애.csv",
        "장애번호,업무구분,제목,발생일시,복구일시,처리상태\n"
        "1,결제,승인 지연,2024-01-02 09:00,2024-01-02 09:20,완료\n"
        "2,인증,로그인 오류,2024-01-03 10:00,2024-01-03 10:05,완료\n",
    )
    result = read_incident_file(path)
    assert (result.rows, result.imported, len(result.rejected)) == (2, 2, 0)
    assert not [f for f in result.findings if f.kind == "not_incidents"]
    assert minutes(result.incidents) == [20, 5]
