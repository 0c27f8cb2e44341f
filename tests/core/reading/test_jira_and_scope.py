"""The exports that still failed (issue 22): Jira Cloud's empty custom start column, Jira's
``dd/MMM/yy h:mm a`` dates in the languages it ships, and scope columns (영향범위).

Jira's CSV export writes its fields under their display names (``Issue key``, ``Created``,
``Resolved``, ``Custom field (NAME)`` for custom fields), an empty field as two consecutive
delimiters (https://confluence.atlassian.com/adminjiraserver0816/data-pipeline-export-schema-1063165071.html),
and dates in the instance's "Complete Date/Time Format", by default ``dd/MMM/yy h:mm a``
(https://confluence.atlassian.com/cloud/__date-and-time-formats-686860811.html; the default
``dd/MMM/yy`` as reported in https://bitbucket.org/tempo-io/servertimesheet/issues/724), a
Java ``SimpleDateFormat`` pattern written in the user's locale: ``MMM`` is the locale's short
month (``3월``, ``3月``, ``Mär``, ``févr.``, ``ago``) and ``a`` its day half (오전/오후, 午前/午後,
AM/PM).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.model import ReadOptions
from desktop_app.core.reading.reader import read_incident_file

JIRA_CLOUD_HEADER = (
    "Summary,Issue key,Issue id,Issue Type,Status,Priority,Resolution,Assignee,Reporter,"
    "Created,Updated,Last Viewed,Resolved,Custom field (Start date),Custom field (Target start),"
    "Custom field (Target end),Custom field (Team)"
)


def read(tmp_path: Path, name: str, text: str, tz: str = "UTC") -> pd.DataFrame:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = read_incident_file(path, ReadOptions(tz=tz))
    assert not result.rejected, [str(r.reason) for r in result.rejected]
    return result.incidents


def test_an_empty_custom_start_column_is_not_taken_over_created(tmp_path):
    # Jira Cloud's all-fields export holds the (empty) Advanced Roadmaps fields Start date,
    # Target start and Target end: each names a start or end more strongly than Created.
    rows = [
        "API down,OPS-2,10002,Incident,Done,Highest,Done,kim,lee,"
        "05/Mar/24 9:15 AM,05/Mar/24 11:00 AM,,05/Mar/24 10:45 AM,,,,SRE",
        "Login slow,OPS-1,10001,Incident,Done,Medium,Done,kim,lee,"
        "01/Mar/24 2:00 PM,01/Mar/24 3:30 PM,,01/Mar/24 3:00 PM,,,,SRE",
    ]
    incidents = read(tmp_path, "jira_cloud.csv", "\n".join([JIRA_CLOUD_HEADER, *rows]) + "\n")
    by_id = incidents.set_index("incident_id")
    assert len(incidents) == 2  # before: 0 of 2, every start read from the empty column
    assert by_id.loc["OPS-2", "started_at"] == pd.Timestamp("2024-03-05 09:15", tz="UTC")
    assert by_id.loc["OPS-2", "resolved_at"] == pd.Timestamp("2024-03-05 10:45", tz="UTC")
    assert by_id.loc["OPS-1", "started_at"] == pd.Timestamp("2024-03-01 14:00", tz="UTC")
    assert by_id.loc["OPS-1", "resolved_at"] == pd.Timestamp("2024-03-01 15:00", tz="UTC")


def test_an_empty_resolved_column_is_still_the_end(tmp_path):
    # Every incident open: the empty Resolved column means open, not "use Updated".
    text = (
        "Issue key,Summary,Created,Updated,Resolved\n"
        "OPS-1,API down,05/Mar/24 9:15 AM,05/Mar/24 11:00 AM,\n"
        "OPS-2,DB slow,06/Mar/24 9:15 AM,06/Mar/24 11:00 AM,\n"
    )
    incidents = read(tmp_path, "open.csv", text)
    assert incidents["resolved_at"].isna().all()


KOREAN_JIRA = (
    "요약,이슈 키,이슈 유형,상태,우선순위,생성일,업데이트 날짜,해결됨\n"
    "결제 오류,PAY-5,장애,완료,Highest,"
    "04/3월/24 9:02 오전,04/3월/24 11:40 오전,04/3월/24 10:32 오전\n"
    "배치 지연,PAY-4,장애,완료,Low,28/2월/24 11:50 오후,29/2월/24 1:10 오전,29/2월/24 12:20 오전\n"
)


def test_korean_jira_server_dates(tmp_path):
    incidents = read(tmp_path, "jira_ko.csv", KOREAN_JIRA, tz="Asia/Seoul").set_index("incident_id")
    # 04/3월/24 9:02 오전 KST is 2024-03-04 00:02 UTC; 10:32 오전 is 01:32 UTC (90 min).
    assert incidents.loc["PAY-5", "started_at"] == pd.Timestamp("2024-03-04 00:02", tz="UTC")
    assert incidents.loc["PAY-5", "resolved_at"] == pd.Timestamp("2024-03-04 01:32", tz="UTC")
    # 28/2월/24 11:50 오후 is 23:50 KST (14:50 UTC); 29/2월/24 12:20 오전 is 00:20 KST.
    assert incidents.loc["PAY-4", "started_at"] == pd.Timestamp("2024-02-28 14:50", tz="UTC")
    assert incidents.loc["PAY-4", "resolved_at"] == pd.Timestamp("2024-02-28 15:20", tz="UTC")


@pytest.mark.parametrize(
    ("created", "resolved", "start", "end"),
    [
        ("04/3月/24 9:02 午前", "04/3月/24 1:15 午後", "2024-03-04 09:02", "2024-03-04 13:15"),
        ("04/Mär/24 9:02 AM", "04/Mär/24 9:32 PM", "2024-03-04 09:02", "2024-03-04 21:32"),
        ("04/févr./24 9:02 AM", "05/févr./24 9:02 AM", "2024-02-04 09:02", "2024-02-05 09:02"),
        ("04/juin/24 12:10 AM", "04/juil./24 12:10 PM", "2024-06-04 00:10", "2024-07-04 12:10"),
        ("04/ago/24 9:02 AM", "04/dic/24 1:02 p. m.", "2024-08-04 09:02", "2024-12-04 13:02"),
        ("04/Okt/24 9:02 AM", "04/Dez/24 9:02 AM", "2024-10-04 09:02", "2024-12-04 09:02"),
    ],
    ids=["japanese", "german", "french", "french-june-july", "spanish", "german-oct-dec"],
)
def test_jira_dates_in_the_locales_jira_ships(tmp_path, created, resolved, start, end):
    text = f"Issue key,Summary,Created,Resolved\nOPS-1,API down,{created},{resolved}\n"
    (row,) = read(tmp_path, "jira.csv", text).itertuples()
    assert row.started_at == pd.Timestamp(start, tz="UTC")
    assert row.resolved_at == pd.Timestamp(end, tz="UTC")


@pytest.mark.parametrize(
    ("header", "full", "partial"),
    [
        ("영향범위", "전체 고객", "일부 고객"),
        ("影響範囲", "全体", "一部"),
        ("Customer scope", "All customers", "Partial customers"),
    ],
)
def test_a_scope_column_says_full_or_partial_outage(tmp_path, header, full, partial):
    text = (
        f"id,service,started_at,resolved_at,{header}\n"
        f"1,pay,2024-03-04 09:00,2024-03-04 10:00,{full}\n"
        f"2,pay,2024-03-05 09:00,2024-03-05 10:00,{partial}\n"
    )
    incidents = read(tmp_path, "scope.csv", text).set_index("incident_id")
    assert incidents.loc["1", "impact"] == "full_outage"
    assert incidents.loc["2", "impact"] == "partial_outage"
    assert incidents.loc["2", "impact_raw"] == partial
