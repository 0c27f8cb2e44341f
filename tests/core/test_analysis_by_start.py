"""``by_start``: the incidents the window runner analyses, sorted once; nothing shown changes.

Three incidents out of start order in the file: C (3 Mar), A (1 Mar), B (2 Mar), each 1 h.
"""

from __future__ import annotations

import pandas as pd

from desktop_app.core.analysis import Selection, analyse, by_start
from desktop_app.core.model import ReadOptions
from desktop_app.core.reading.reader import read_incident_file
from desktop_app.core.settings import Settings

AS_OF = pd.Timestamp("2026-04-01 00:00", tz="UTC")
CSV = (
    "id,service,started_at,resolved_at\n"
    "C,web,2026-03-03 00:00,2026-03-03 01:00\n"
    "A,api,2026-03-01 00:00,2026-03-01 01:00\n"
    "B,web,2026-03-02 00:00,2026-03-02 01:00\n"
)


def test_in_start_order_the_window_lists_and_figures_are_the_same(tmp_path) -> None:
    path = tmp_path / "march.csv"
    path.write_text(CSV)
    frame = read_incident_file(path, ReadOptions(tz="UTC")).incidents
    ordered = by_start(frame)
    assert ordered["incident_id"].tolist() == ["A", "B", "C"]
    assert ordered.index.tolist() == [1, 2, 0]  # the rows keep their labels
    assert by_start(ordered) is ordered  # already in order: not copied
    settings = Settings(tz="UTC")
    as_read = analyse(frame, Selection(), settings, as_of=AS_OF)
    sorted_once = analyse(ordered, Selection(), settings, as_of=AS_OF)
    pd.testing.assert_frame_equal(sorted_once.in_window, as_read.in_window)
    assert sorted_once.metrics.overall == as_read.metrics.overall
    assert sorted_once.metrics.overall.downtime_minutes == 180  # 3 x 1 h
    pd.testing.assert_series_equal(sorted_once.notice, as_read.notice)
