"""Outages at or over the user-notice threshold (two hours by default)."""

from __future__ import annotations

import pandas as pd

from desktop_app.core.metrics.notice import incident_durations, notice_required
from desktop_app.core.settings import DEFAULTS

AS_OF = pd.Timestamp("2025-04-01 12:00", tz="Asia/Seoul")


def test_threshold_counts_full_and_partial_outages_only(incidents_of) -> None:
    table = incidents_of(
        [
            ("story", "full_outage", "critical", "2025-04-01 00:00", "2025-04-01 02:00"),  # 2 h
            ("talk", "full_outage", "critical", "2025-04-01 00:00", "2025-04-01 01:59"),  # 1:59
            ("pay", "partial_outage", "major", "2025-04-01 00:00", "2025-04-01 03:00"),  # 3 h
            ("web", "degraded", "minor", "2025-04-01 00:00", "2025-04-01 05:00"),  # still works
            ("web", "maintenance", "minor", "2025-04-01 00:00", "2025-04-01 04:00"),  # planned
            ("map", "full_outage", "major", "2025-04-01 09:00", None),  # open 3 h at AS_OF
            ("mail", "full_outage", "major", "2025-04-01 11:00", None),  # open 1 h at AS_OF
        ],
        tz="Asia/Seoul",
    )
    flagged = notice_required(table, DEFAULTS.notice_hours, AS_OF)
    assert flagged.tolist() == [True, False, True, False, False, True, False]
    # the old four-hour rule would flag none of them
    assert not notice_required(table, 4.0, AS_OF).any()
    assert incident_durations(table, AS_OF).tolist() == [120, 119, 180, 300, 240, 180, 60]


def test_default_is_two_hours() -> None:
    assert DEFAULTS.notice_hours == 2.0
