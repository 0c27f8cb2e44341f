"""The mapping dialog's reading preview holds values, not English text (issue 21): times in
the reading's zone, durations, severity and impact keys, a rejected row's coded reason."""

from __future__ import annotations

import pandas as pd

from desktop_app.core.model import ReadOptions
from desktop_app.core.reading.incident_times import UNREADABLE_DATE
from desktop_app.core.reading.preview import REJECTED, preview_reading
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
    start = pd.Timestamp("2024-01-10 09:00", tz="Asia/Seoul")
    assert first == [
        2, "X-1", "billing", "", "unknown", "full_outage",
        start, start + pd.Timedelta(hours=1), pd.Timedelta(hours=1),
    ]  # fmt: skip
    assert rejected == [3, REJECTED, UNREADABLE_DATE(value="someday", column="alpha"), *[""] * 6]
    assert still_open[0] == 4 and still_open[-2:] == [None, None]


def test_nothing_readable_is_said_as_a_message(tmp_path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(ODD, encoding="utf-8")
    reason = preview_reading(parse_incident_file(path), ReadOptions(mapping={}))
    assert not isinstance(reason, list)
    assert reason.code == "missing_column_guess"
    assert str(reason).startswith("no column for 'started_at' was found")
    assert reason.params["guess"] == "omega"  # every cell of omega is a time, not of alpha
