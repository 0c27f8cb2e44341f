"""Issue 22: "Every date in a finding is written in the display zone" ("open since
2024-03-28" for an incident that started 2024-03-28 02:00 KST, not the UTC date)."""

from __future__ import annotations

import pandas as pd

from desktop_app.core.analysis import Selection, analyse, far_off_findings
from desktop_app.core.library.records import findings_from_json, findings_json
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window
from desktop_app.text import text_for
from tests.core.metric_tables import make_incidents


def test_open_since_is_the_day_in_the_display_zone():
    # Started 2024-03-28 02:00 KST = 2024-03-27 17:00 UTC, still open; the window (March to June
    # in KST) ends more than the stale-open days after it, and it holds all the downtime.
    frame = make_incidents(
        [("db", "full_outage", "critical", "2024-03-28 02:00", None)], "Asia/Seoul"
    )
    window = Window.from_dates("2024-03-01", "2024-06-30", "Asia/Seoul")
    result = analyse(
        frame,
        Selection(window=window),
        Settings(tz="Asia/Seoul"),
        as_of=pd.Timestamp("2024-07-01T00:00:00Z"),
    )
    (stale,) = [f for f in result.findings if f.kind == "stale_open"]
    assert "open since 2024-03-28 and" in str(stale.message)
    assert "2024-03-28" in text_for("ko").message(stale.message)
    # The value is the instant: another display zone writes that zone's day.
    assert "open since 2024-03-27 and" in text_for("en").message(stale.message, tz="UTC")
    # Kept in the library as an instant too, and said the same when read back.
    (again,) = findings_from_json(findings_json([stale]))
    assert str(again.message) == str(stale.message)


def test_far_off_dates_are_days_in_the_display_zone():
    # The bulk starts 2024-01-01 00:30 KST (2023-12-31 15:30 UTC) to 2024-02-01 08:00 KST;
    # one incident is typed with the year 1924.
    frame = make_incidents(
        [
            ("web", "full_outage", "major", "2024-01-01 00:30", "2024-01-01 01:00"),
            ("web", "full_outage", "major", "2024-02-01 08:00", "2024-02-01 09:00"),
            ("web", "full_outage", "major", "1924-02-01 08:00", "1924-02-01 09:00"),
        ],
        "Asia/Seoul",
    )
    (found,) = far_off_findings(frame, tz="Asia/Seoul")
    assert "(which start from 2024-01-01 to 2024-02-01)" in str(found.message)
    assert "from 2023-12-31" in text_for("en").message(found.message, tz="UTC")
