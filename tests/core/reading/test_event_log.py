"""Event logs become incidents from their down→up pairs (issue 22).

Shapes, from the tools' documentation:
- UptimeRobot's monitor logs: one row per event (down, up, started, paused) with its time,
  https://uptimerobot.com/api (getMonitors, ``logs``: type 1 down, 2 up, 98 started,
  99 paused).
- Zabbix events: ``value`` 1 PROBLEM, 0 OK, ``clock`` the time of the event,
  https://www.zabbix.com/documentation/4.2/en/manual/api/reference/event/object
- Prometheus Alertmanager: every alert has ``startsAt`` and ``endsAt``; an alert still firing
  carries an end it has not reached (the zero time ``0001-01-01T00:00:00Z`` when none was set),
  https://prometheus.io/docs/alerting/latest/alerts_api
"""

from __future__ import annotations

import pandas as pd

from desktop_app.core.reading.reader import read_incident_file
from tests.core.reading.conftest import WriteFile


def minutes(frame: pd.DataFrame) -> list[float]:
    return list((frame["resolved_at"] - frame["started_at"]).dt.total_seconds() / 60)


def accounted(result) -> bool:
    return result.rows == result.imported + result.duplicates + len(result.rejected)


def event_finding(result) -> str:
    (finding,) = [f for f in result.findings if f.kind == "event_log"]
    return str(finding.message)


def test_three_monitors_paired_down_to_up(write_file: WriteFile) -> None:
    """Three monitors, events interleaved and out of order: Web down 10:00 up 10:25 (25 min),
    down 12:00 down again 12:03 (the same outage) up 12:10 (10 min); API down 10:10 up
    11:40 (90 min); Mail started, paused, down 09:00 and no up (open)."""
    path = write_file(
        "uptime.csv",
        "Monitor,Event,Date-Time,Reason\n"
        "Web,Down,2024-03-03 10:00:00,Timeout\n"
        "API,Down,2024-03-03 10:10:00,HTTP 503\n"
        "Web,Up,2024-03-03 10:25:00,OK\n"
        "Web,Up,2024-03-03 12:10:00,OK\n"
        "Web,Down,2024-03-03 12:00:00,Timeout\n"
        "Web,Down,2024-03-03 12:03:00,Timeout\n"
        "API,Up,2024-03-03 11:40:00,OK\n"
        "Mail,Started,2024-03-03 08:00:00,Started\n"
        "Mail,Paused,2024-03-03 08:30:00,Paused\n"
        "Mail,Down,2024-03-03 09:00:00,Refused\n",
    )
    result = read_incident_file(path)
    # 10 events = 4 incidents + 6 left out (3 ups that ended one, 1 repeated down, started,
    # paused).
    assert (result.rows, result.imported, len(result.rejected)) == (10, 4, 6)
    assert accounted(result)
    frame = result.incidents.sort_values("started_at").reset_index(drop=True)
    assert list(frame["service"]) == ["Mail", "Web", "API", "Web"]
    assert pd.isna(frame.loc[0, "resolved_at"])
    assert minutes(frame.iloc[1:]) == [25, 90, 10]
    reasons = {r.line: str(r.reason) for r in result.rejected}
    assert "ends the outage that started on line 2" in reasons[4]
    assert "repeats the outage in progress since line 6" in reasons[7]
    assert "'Paused' in column 'Event' is not an outage" in reasons[10]
    assert event_finding(result).startswith("each row is an event: 10 events made 4 incidents (1 ")


def test_zabbix_events_in_a_status_column(write_file: WriteFile) -> None:
    """Zabbix events as exported (Status PROBLEM/OK, one Time column): the status column is
    the event. db01 PROBLEM 08:00 OK 08:12 (12 min); web01 PROBLEM 09:00, still open."""
    path = write_file(
        "zabbix_events.csv",
        "Time,Host,Problem,Status\n"
        "2024-06-01 08:00:00,db01,Disk full,PROBLEM\n"
        "2024-06-01 08:12:00,db01,Disk full,OK\n"
        "2024-06-01 09:00:00,web01,Web down,PROBLEM\n",
    )
    result = read_incident_file(path)
    # 3 events = 2 incidents + 1 OK that ended db01's.
    assert (result.rows, result.imported, len(result.rejected)) == (3, 2, 1)
    assert accounted(result)
    frame = result.incidents
    assert minutes(frame.iloc[:1]) == [12]
    assert pd.isna(frame.iloc[1]["resolved_at"])
    assert "3 events made 2 incidents (1 still open)" in event_finding(result)


def test_korean_outage_and_recovery_events(write_file: WriteFile) -> None:
    """장애/복구 events of one system (no monitor column: the file is one monitor): 장애 14:02,
    복구 15:10 is 68 minutes; the second 장애 at 16:00 recovers at 16:05 (5 min)."""
    path = write_file(
        "이벤트.csv",
        "이벤트,발생시각,내용\n"
        "장애,2024-02-01 14:02,응답 없음\n"
        "복구,2024-02-01 15:10,정상 응답\n"
        "장애,2024-02-01 16:00,응답 없음\n"
        "복구,2024-02-01 16:05,정상 응답\n",
    )
    result = read_incident_file(path)
    assert (result.rows, result.imported, len(result.rejected)) == (4, 2, 2)
    assert minutes(result.incidents) == [68, 5]


def test_a_firing_alert_is_open_whatever_end_it_carries(write_file: WriteFile) -> None:
    """Alertmanager alerts with both times: a resolved alert 10:00-10:40 (40 min); a firing one
    with the zero time as its end and one whose end lies ahead: both open, none rejected."""
    path = write_file(
        "alerts.csv",
        "alertname,service,status,startsAt,endsAt\n"
        "HighErrorRate,checkout,resolved,2024-07-01T10:00:00Z,2024-07-01T10:40:00Z\n"
        "HighLatency,search,firing,2024-07-02T08:00:00Z,0001-01-01T00:00:00Z\n"
        "DiskFull,db,firing,2024-07-02T09:00:00Z,2024-07-02T09:05:00Z\n"
        "Heartbeat,batch,resolved,2024-07-03T01:00:00Z,1970-01-01T00:00:00Z\n",
    )
    result = read_incident_file(path)
    assert (result.rows, result.imported, len(result.rejected)) == (4, 3, 1)
    frame = result.incidents
    assert minutes(frame.iloc[:1]) == [40]
    assert frame.iloc[1:3]["resolved_at"].isna().all()
    # A resolved alert whose end is a placeholder has no end: closed without one (rejected
    # with that reason, as any closed incident without an end).
    assert "says the incident is over" in str(result.rejected[0].reason)
