"""Exports of named tools, read without configuration (issue 11).

Each fixture in ``tests/data/formats`` was written from the tool's documented layout (source
cited per test). Each test checks the mapping, the row accounting and one figure worked out
by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.model import NO_SERVICE, ReadOptions
from desktop_app.core.reading.reader import read_incident_file

FORMATS = Path(__file__).resolve().parents[2] / "data" / "formats"
UTC = ReadOptions(tz="UTC")


def read(name: str, options: ReadOptions = UTC):
    return read_incident_file(FORMATS / name, options)


def minutes(row: pd.Series) -> float:
    return (row["resolved_at"] - row["started_at"]).total_seconds() / 60


def kinds(result) -> set[str]:
    return {f.kind for f in result.findings}


def test_zabbix_problems_export() -> None:
    """Zabbix Monitoring > Problems, Export to CSV: Time is the start, Recovery time the end
    (empty: open), Host the service, Problem the title; Duration is never an end.
    Source: https://www.zabbix.com/documentation/6.4/en/manual/web_interface/frontend_sections/monitoring/problems"""
    result = read("zabbix_problems.csv")
    assert {k: result.mapping[k] for k in ("started_at", "resolved_at", "service", "title")} == {
        "started_at": "Time",
        "resolved_at": "Recovery time",
        "service": "Host",
        "title": "Problem",
    }
    assert "duration" not in result.mapping
    assert (result.rows, result.imported, len(result.rejected)) == (4, 4, 0)
    frame = result.incidents
    assert list(frame["severity"]) == ["critical", "major", "minor", "minor"]
    # 08:04:17 PM to 08:09:07 PM (12-hour clock on ISO dates): 4 min 50 s.
    assert minutes(frame.iloc[0]) == pytest.approx(4 + 50 / 60)
    assert frame.iloc[0]["started_at"] == pd.Timestamp("2026-05-21 20:04:17", tz="UTC")
    assert pd.isna(frame.iloc[2]["resolved_at"])


def test_opsgenie_alerts_flattened() -> None:
    """Opsgenie alert API fields flattened (report.closeTime/ackTime are milliseconds after
    createdAt). Sources: https://docs.opsgenie.com/docs/alert-api and the AlertReport model,
    https://hexdocs.pm/ops_genie_restapi/OpsGenieRESTAPI.Model.AlertReport.html"""
    result = read("opsgenie_alerts.csv")
    assert result.mapping["duration"] == "report.closeTime"
    assert result.mapping["acknowledged_at"] == "report.ackTime"
    assert result.mapping["started_at"] == "createdAt"
    assert (result.rows, result.imported) == (3, 3)
    first, second, third = (result.incidents.iloc[i] for i in range(3))
    # 1,800,000 ms after 10:00:00 = 10:30; ackTime 120,000 ms = 2 minutes.
    assert minutes(first) == 30
    assert first["acknowledged_at"] - first["started_at"] == pd.Timedelta(minutes=2)
    # A closed alert without closeTime ends at its last update (08:45), with a finding.
    assert minutes(second) == 45
    assert "end_from_update" in kinds(result)
    assert pd.isna(third["resolved_at"])
    assert list(result.incidents["severity"]) == ["critical", "minor", "major"]
    assert set(result.incidents["service"]) == {"opsgenie_alerts"}
    assert "no_service_column" in kinds(result)


def test_statuspage_incidents() -> None:
    """Statuspage incidents (API fields): impact none/minor/major/critical is both the severity
    and the outage impact; start = started_at, else created_at.
    Source: https://doers.statuspage.io/api/v1/incidents/"""
    result = read("statuspage_incidents.csv")
    assert result.mapping["impact"] == result.mapping["severity"] == "impact"
    assert result.mapping["started_at"] == "started_at"
    assert result.fallbacks["started_at"] == "created_at"
    assert (result.rows, result.imported) == (3, 3)
    frame = result.incidents
    assert list(frame["severity"]) == ["major", "minor", "minor"]
    assert list(frame["impact"]) == ["full_outage", "partial_outage", "degraded"]
    assert list(frame["service"]) == ["API", "Dashboard", "API"]
    # started_at 10:00 (not created_at 10:05) to 11:00: 60 minutes.
    assert minutes(frame.iloc[0]) == 60
    # No started_at: created_at 09:00 to 09:30.
    assert minutes(frame.iloc[1]) == 30


def test_jira_rest_fields() -> None:
    """Jira REST issue fields: key, summary, created, resolutiondate, priority and components
    as objects. Source: https://developer.atlassian.com/server/jira/platform/jira-rest-api-examples/"""
    result = read("jira_rest_issues.csv")
    assert {k: result.mapping[k] for k in ("incident_id", "started_at", "resolved_at")} == {
        "incident_id": "key",
        "started_at": "created",
        "resolved_at": "resolutiondate",
    }
    assert (result.rows, result.imported) == (2, 2)
    first = result.incidents.iloc[0]
    assert (first["service"], first["severity"]) == ("Payments", "critical")
    assert minutes(first) == 45


def test_pagerduty_rest_incidents() -> None:
    """PagerDuty REST incidents flattened: object cells become their summary; a resolved
    incident without resolved_at ends at last_status_change_at.
    Source: https://developer.pagerduty.com/api-reference/ (List incidents), field list in
    https://ifttt.com/pagerduty/queries/list_incidents"""
    result = read("pagerduty_incidents.csv")
    assert result.mapping["incident_id"] == "incident_number"
    assert result.mapping["updated_at"] == "last_status_change_at"
    assert (result.rows, result.imported) == (2, 2)
    first, second = result.incidents.iloc[0], result.incidents.iloc[1]
    assert first["service"] == "User Database"
    assert first["severity"] == "major"  # priority object summary P2
    # 04:17:06 to 05:02:06: 45 minutes.
    assert minutes(first) == 45
    assert pd.isna(second["resolved_at"])  # acknowledged: still open
    assert second["severity"] == "minor"  # no priority: urgency low


def test_servicenow_event_log() -> None:
    """ServiceNow incident event log (UCI 'Incident management process enriched event log'):
    '?' is empty, resolved_at falls back to closed_at, business_service to cmdb_ci per row.
    Source: https://archive.ics.uci.edu/dataset/498/incident+management+process+enriched+event+log"""
    result = read("servicenow_event_log.csv")
    assert result.mapping["service"] == "business_service"
    assert result.fallbacks["service"] == "cmdb_ci"
    assert result.fallbacks["resolved_at"] == "closed_at"
    assert (result.rows, result.imported, result.duplicates) == (4, 3, 1)
    frame = result.incidents.set_index("incident_id")
    # 29/2/2016 01:16 (day-first) to 11:29: 613 minutes.
    assert minutes(frame.loc["INC0000045"]) == 613
    assert frame.loc["INC0000045", "service"] == "Subcategory 174"
    assert minutes(frame.loc["INC0000047"]) == 90  # closed_at 10:00
    assert frame.loc["INC0000047", "severity"] == "critical"
    assert frame.loc["INC0000052", "service"] == NO_SERVICE
    assert "?" not in set(result.incidents["service"])
    assert "dayfirst" in kinds(result)


def test_korean_itsm_report_with_title_block_and_totals() -> None:
    """A Korean ITSM sheet as the issue describes it: a title block, 서비스복구일시 before
    장애복구일시, grades, and a 합계 row rejected as a totals row."""
    result = read("korean_itsm_report.csv", ReadOptions(tz="Asia/Seoul"))
    assert result.mapping["started_at"] == "장애발생일시"
    assert result.mapping["resolved_at"] == "서비스복구일시"
    assert result.fallbacks["resolved_at"] == "장애복구일시"
    assert result.mapping["service"] == "업무구분"
    assert (result.rows, result.imported, len(result.rejected)) == (4, 3, 1)
    assert str(result.rejected[0].reason) == "line 8: '합계' marks a totals row, not an incident"
    frame = result.incidents
    assert list(frame["severity"]) == ["critical", "minor", "major"]
    # Service restored 09:40, fault fixed 11:00: downtime ends at 09:40, 30 minutes.
    assert minutes(frame.iloc[0]) == 30
    assert minutes(frame.iloc[1]) == 20  # no 서비스복구일시: 장애복구일시
    assert frame.iloc[1]["service"] == "MAIL-02"  # empty 업무구분: 구성항목
    assert "title_block" in kinds(result)


def test_a_monitor_export_with_downtime_columns_and_an_index_column() -> None:
    """The header that was refused: downtime_start, downtime_end, duration_minutes, with
    pandas' unnamed index column and a dotted monitor name."""
    result = read("generic_downtime.csv")
    assert result.mapping["started_at"] == "downtime_start"
    assert result.mapping["resolved_at"] == "downtime_end"
    assert result.mapping["service"] == "monitor.friendly_name"
    assert "Unnamed: 0" not in result.mapping.values()
    assert (result.rows, result.imported) == (2, 2)
    assert minutes(result.incidents.iloc[0]) == 25


def test_date_and_time_split_over_two_columns_with_a_units_row() -> None:
    """OUTAGE.START.DATE + OUTAGE.START.TIME (a public outage dataset's layout) and a units
    row under the header."""
    result = read("split_date_time.csv")
    assert result.mapping["started_at"] == "OUTAGE.START.DATE OUTAGE.START.TIME"
    assert result.mapping["resolved_at"] == "OUTAGE.RESTORATION.DATE OUTAGE.RESTORATION.TIME"
    assert (result.rows, result.imported) == (2, 2)
    assert "units_row" in kinds(result)
    # 2011-07-01 17:00 to 2011-07-03 20:00: 51 hours = 3,060 minutes (the file's own figure).
    assert minutes(result.incidents.iloc[0]) == 3060


def test_a_monitor_event_log_keeps_only_down_events() -> None:
    """An uptime monitor's log (UptimeRobot: events down/up/started/paused with a duration,
    https://uptimerobot.com/api, getMonitors logs): only "down" events are outages; the others
    are rejected with that reason (an "up" event's duration is uptime)."""
    result = read("uptimerobot_logs.csv")
    assert result.mapping["event"] == "Event"
    assert result.mapping["started_at"] == "Date-Time"
    assert (result.rows, result.imported, len(result.rejected)) == (4, 2, 2)
    assert "is not an outage" in str(result.rejected[0].reason)
    # "0 hrs, 5 mins" after 10:15:00: 5 minutes; "0 hrs, 10 mins": 10.
    assert [minutes(result.incidents.iloc[i]) for i in range(2)] == [5, 10]
