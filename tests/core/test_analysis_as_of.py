"""Open incidents never last into the future (issue 11)."""

from __future__ import annotations

import pandas as pd

from desktop_app.cli.summary_table import format_summary_text
from desktop_app.core.analysis import Selection, analyse
from desktop_app.core.model import ReadOptions
from desktop_app.core.reading.reader import read_incident_file
from desktop_app.core.reporting.summary_json import summary_json
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window

AS_OF = pd.Timestamp("2026-03-11 00:00", tz="UTC")


def incidents(tmp_path, text: str) -> pd.DataFrame:
    path = tmp_path / "open.csv"
    path.write_text(text)
    return read_incident_file(path, ReadOptions(tz="UTC")).incidents


def test_an_open_incident_lasts_to_the_moment_of_the_analysis(tmp_path) -> None:
    """March 2026 analysed on 11 March 00:00: the window is 1-11 March (10 days, to date);
    the open incident from 10 March 00:00 counts 1 day, not 22."""
    frame = incidents(tmp_path, "id,service,started_at,resolved_at\nA,web,2026-03-10 00:00,\n")
    window = Window.from_dates("2026-03-01", "2026-03-31", "UTC")
    result = analyse(frame, Selection(window=window), Settings(tz="UTC"), as_of=AS_OF)
    assert result.window.to_date and result.window.end == AS_OF
    assert result.metrics.overall.downtime_minutes == 24 * 60
    # 1 day down out of 10: 90 %.
    assert result.metrics.overall.availability_pct == 90.0
    document = summary_json(empty_import(), result.metrics, [], result.as_of)
    assert document["as_of"] == AS_OF.isoformat()
    assert document["window"]["to_date"] is True
    assert "(to date)" in format_summary_text(empty_import(), result.metrics).splitlines()[0]


def test_a_past_window_ends_at_its_own_end(tmp_path) -> None:
    frame = incidents(tmp_path, "id,service,started_at,resolved_at\nA,web,2026-01-31 00:00,\n")
    window = Window.from_dates("2026-01-01", "2026-01-31", "UTC")
    result = analyse(frame, Selection(window=window), Settings(tz="UTC"), as_of=AS_OF)
    assert not result.window.to_date
    assert result.metrics.overall.downtime_minutes == 24 * 60


def test_an_old_open_incident_holding_the_downtime_is_a_finding(tmp_path) -> None:
    text = (
        "id,service,started_at,resolved_at\n"
        "OLD,web,2026-01-02 00:00,\n"
        "B,web,2026-03-02 00:00,2026-03-02 01:00\n"
    )
    frame = incidents(tmp_path, text)
    result = analyse(frame, Selection(), Settings(tz="UTC"), as_of=AS_OF)
    stale = [f for f in result.findings if f.kind == "stale_open"]
    assert [f.line for f in stale] == [2]


def empty_import():
    from desktop_app.core.model import ImportResult

    return ImportResult([], pd.DataFrame(), [])
