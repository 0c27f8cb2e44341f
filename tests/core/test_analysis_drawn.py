"""What the views and the report draw comes from the analysis, computed once, at one moment.

March 2026 analysed on 11 March 00:00 (UTC): the window is 1-11 March, to date.
A web full outage 2 Mar 00:00-03:00 (3 h), B web partial outage 3 Mar 00:00-01:00 (1 h),
C api degraded 4 Mar 00:00-06:00 (6 h), E api full outage open since 10 Mar 21:00 (3 h by the
window's end), D api full outage open since 10 Mar 23:00 (1 h by the window's end).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop_app.core.analysis import Selection, analyse
from desktop_app.core.metrics.calendar import day_calendar
from desktop_app.core.model import ReadOptions
from desktop_app.core.reading.reader import read_incident_file
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window

AS_OF = pd.Timestamp("2026-03-11 00:00", tz="UTC")
CSV = (
    "id,service,impact,started_at,resolved_at\n"
    "A,web,full_outage,2026-03-02 00:00,2026-03-02 03:00\n"
    "B,web,partial_outage,2026-03-03 00:00,2026-03-03 01:00\n"
    "C,api,degraded,2026-03-04 00:00,2026-03-04 06:00\n"
    "D,api,full_outage,2026-03-10 23:00,\n"
    "E,api,full_outage,2026-03-10 21:00,\n"
)


UTC = Settings(tz="UTC")


def march(tmp_path, settings: Settings = UTC):
    path = tmp_path / "march.csv"
    path.write_text(CSV)
    frame = read_incident_file(path, ReadOptions(tz="UTC")).incidents
    window = Window.from_dates("2026-03-01", "2026-03-31", "UTC")
    return analyse(frame, Selection(window=window), settings, as_of=AS_OF)


def test_notice_flags_are_judged_at_the_moment_the_figures_are_measured_to(tmp_path) -> None:
    analysis = march(tmp_path)
    flagged = dict(zip(analysis.in_window["incident_id"], analysis.notice, strict=True))
    # A: a 3 h outage; E: open 3 h by 11 Mar 00:00; B and D 1 h; C is degraded, not an outage.
    assert flagged == {"A": True, "B": False, "C": False, "E": True, "D": False}
    assert analysis.notice.index.equals(analysis.in_window.index)
    at_one_hour = march(tmp_path, Settings(tz="UTC", notice_hours=1.0))
    assert at_one_hour.notice.sum() == 4  # B and D too; C still not


def test_the_repair_distribution_is_of_the_counted_resolved_incidents(tmp_path) -> None:
    repair = march(tmp_path).repair
    assert repair.minutes.tolist() == [60.0, 180.0, 360.0]  # B, A, C; D and E are open
    assert repair.median == 180.0
    assert int(repair.counts.sum()) == 3


def test_calendars_are_the_swept_windows_days_computed_once(tmp_path) -> None:
    analysis = march(tmp_path)
    overall = analysis.day_calendar
    assert analysis.day_calendar is overall
    assert len(overall.days) == 10 and overall.rows == ("All selected services",)
    expected = day_calendar(analysis.swept, analysis.settings, as_of=AS_OF)
    np.testing.assert_array_equal(overall.availability_pct, expected.availability_pct)
    # 2 March: A down 3 h of 24 -> 87.5 % over web and api averaged -> 93.75 %
    assert overall.availability_pct[0, 1] == 93.75
    by_service = analysis.service_calendar
    assert by_service.rows == ("api", "web")
    assert by_service.availability_pct[1, 1] == 87.5
