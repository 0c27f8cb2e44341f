"""The mapping dialog's reading preview holds values, not English text (issue 21): times in
the reading's zone, durations, severity and impact keys, a rejected row's coded reason."""

from __future__ import annotations

import pandas as pd

from desktop_app.core.model import ReadOptions
from desktop_app.core.reading.incident_times import UNREADABLE_DATE
from desktop_app.core.reading.preview import PreviewRow, preview_reading
from desktop_app.core.reading.reader import parse_incident_file

ODD = (
    "ref,system,alpha,omega\n"
    "X-1,billing,2024-01-10T00:00:00Z,2024-01-10T01:00:00Z\n"
    "X-2,billing,someday,2024-01-11T01:00:00Z\n"
    "X-3,billing,2024-01-12T00:00:00Z,\n"
)


def test_rows_are_values_and_a_rejected_row_its_reason(tmp_path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(ODD, encoding="utf-8")
    mapping = {"started_at": "alpha", "resolved_at": "omega", "service": "system"}
    rows = preview_reading(parse_incident_file(path), ReadOptions(tz="Asia/Seoul", mapping=mapping))
    assert isinstance(rows, list)
    first, rejected, still_open = rows
    assert first.line == 2 and first.reason is None and first.incident is not None
    start = pd.Timestamp("2024-01-10 00:00", tz="UTC")
    incident = first.incident
    assert (incident["incident_id"], incident["service"], incident["title"]) == (
        "X-1",
        "billing",
        "",
    )
    assert (incident["severity"], incident["impact"]) == ("unknown", "full_outage")
    assert (incident["started_at"], incident["resolved_at"]) == (
        start,
        start + pd.Timedelta(hours=1),
    )
    assert rejected == PreviewRow(3, reason=UNREADABLE_DATE(value="someday", column="alpha"))
    assert still_open.line == 4 and pd.isna(still_open.incident["resolved_at"])


def test_nothing_readable_is_said_as_a_message(tmp_path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(ODD, encoding="utf-8")
    reason = preview_reading(parse_incident_file(path), ReadOptions(mapping={}))
    assert not isinstance(reason, list)
    assert reason.code == "missing_column_guess"
    assert str(reason).startswith("no column for 'started_at' was found")
    assert reason.params["guess"] == "omega"  # every cell of omega is a time, not of alpha
