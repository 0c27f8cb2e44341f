"""Timeline: one batched item per impact, bars on service lanes, tooltips; merging bars."""

from __future__ import annotations

import numpy as np
import pandas as pd
from views_data import small_incidents

from desktop_app.core.analysis import Selection, analyse
from desktop_app.core.settings import Settings
from desktop_app.ui.plots.interval_bars import merge_intervals
from desktop_app.ui.views import TimelineView
from desktop_app.ui.views.incident_details import notice_text


def epoch(text: str) -> float:
    return pd.Timestamp(text, tz="UTC").value / 1e9


def make_view(qtbot, incidents: pd.DataFrame) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    qtbot.waitExposed(view)
    view.set_analysis(analyse(incidents, Selection(), Settings(tz="Asia/Seoul")))
    return view


def test_one_item_per_impact(qtbot):
    view = make_view(qtbot, small_incidents())
    assert view.item_count() == 4
    counts = {impact: len(item) for impact, item in view.bars.items()}
    assert counts == {"full_outage": 3, "partial_outage": 1, "degraded": 0, "maintenance": 1}
    lanes = view.plot.getPlotItem().getAxis("left")._tickLevels[0]
    assert lanes == [(0, "api"), (1, "결제")]


def test_tooltip_names_the_incident_under_the_cursor(qtbot):
    view = make_view(qtbot, small_incidents())
    row = view.incident_at(epoch("2024-03-15 00:20"), 1.1)
    assert row is not None
    assert view.tooltip_text(row) == (
        "카드사 연동 장애\n결제 · Full outage\n"
        "Start: 2024-03-15 09:00\nEnd: 2024-03-15 09:45\nDuration: 45 min"
    )
    assert view.incident_at(epoch("2024-03-15 00:20"), 0.0) is None  # api's lane is empty then


def test_open_incident_runs_to_the_window_end(qtbot):
    incidents = small_incidents()
    incidents.loc[4, "resolved_at"] = pd.NaT
    view = make_view(qtbot, incidents)
    row = view.incident_at(epoch("2024-03-31 12:00"), 1.0)  # the window ends at April (Seoul)
    text = view.tooltip_text(row)
    assert "End: –\nDuration: open" in text
    # still open, so already longer than the two-hour user-notice threshold
    assert text.endswith("⚠ User notice: an outage of 2 h or more")


def test_tooltip_flags_outages_to_notify_users(qtbot):
    view = make_view(qtbot, small_incidents())
    # a partial outage of exactly 2 h, at the threshold
    row = view.incident_at(epoch("2024-02-05 01:00"), 0.0)
    assert view.tooltip_text(row).splitlines()[-1] == "⚠ User notice: an outage of 2 h or more"
    # a 1 h outage is not flagged
    row = view.incident_at(epoch("2024-01-10 10:30"), 0.0)
    assert view.tooltip_text(row).splitlines()[-1] == "Duration: 1 h 0 min"


def test_merge_joins_bars_closer_than_a_pixel():
    x0 = np.array([0.0, 5.0, 5.5, 100.0, 0.0])
    x1 = np.array([4.0, 5.2, 9.0, 101.0, 1.0])
    lane = np.array([0.0, 0.0, 0.0, 0.0, 1.0])
    start, end, lanes = merge_intervals(x0, x1, lane, gap=1.0)
    assert start.tolist() == [0.0, 100.0, 0.0]
    assert end.tolist() == [9.0, 101.0, 1.0]
    assert lanes.tolist() == [0.0, 0.0, 1.0]


def test_a_short_incident_is_a_few_pixels_wide_and_hit_anywhere_on_it(qtbot):
    view = make_view(qtbot, small_incidents())  # Jan-Mar 2024 on about 900 px
    pixel = view.plot.getPlotItem().getViewBox().viewPixelSize()[0]
    assert pixel > 60  # P-3 lasts 45 min, well under a pixel at this zoom
    start = epoch("2024-03-15 00:00")
    assert view.incident_at(start + 2.5 * pixel, 1.0) is not None  # on its 3-px bar
    assert view.incident_at(start + 5 * pixel, 1.0) is None


def test_clicking_a_bar_opens_the_incident(qtbot):
    from PySide6.QtCore import QPointF, Qt

    view = make_view(qtbot, small_incidents())
    view_box = view.plot.getPlotItem().getViewBox()
    scene = view_box.mapViewToScene(QPointF(epoch("2024-03-15 00:10"), 1.0))
    pos = view.plot.mapFromScene(scene)
    qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.details is not None
    assert view.details.windowTitle() == "Incident P-3"


def test_long_lane_labels_are_elided(qtbot):
    incidents = small_incidents()
    long_name = "Payments gateway for the Asia-Pacific region, primary cluster"
    incidents["service"] = incidents["service"].replace({"api": long_name})
    view = make_view(qtbot, incidents)
    labels = dict(view.plot.getPlotItem().getAxis("left")._tickLevels[0])
    assert labels[0].endswith("…") and len(labels[0]) < len(long_name)
    assert labels[1] == "결제"


def test_details_judge_the_notice_by_the_users_threshold(qtbot):
    view = TimelineView()
    qtbot.addWidget(view)
    settings = Settings(tz="Asia/Seoul", notice_hours=1.0)
    view.set_analysis(analyse(small_incidents(), Selection(), settings))
    # A-1 is a 1 h full outage: notifiable at a 1 h threshold, not at the default 2 h.
    row = view.incident_at(epoch("2024-01-10 10:30"), 0.0)
    details = view.open_incident(row)
    fields = dict(details.fields)
    assert fields["User notice"] == notice_text(True, 1.0) == "Yes: an outage of 1 h or more"
    view.set_analysis(analyse(small_incidents(), Selection(), Settings(tz="Asia/Seoul")))
    fields = dict(view.open_incident(row).fields)
    assert fields["User notice"] == notice_text(False, 2.0) == "No (threshold 2 h)"
