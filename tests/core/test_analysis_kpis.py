"""The overview's tiles: figures of the selection, compared with the period before it."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from desktop_app.core.analysis import Selection, analyse
from desktop_app.core.metrics.kpis import Change, compare
from desktop_app.core.model import SEVERITIES, ReadOptions
from desktop_app.core.reading.reader import read_incident_file
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window
from desktop_app.text import text_for
from desktop_app.text.kpis import signed_change, tile

NO_CHANGE = "no change"

# Two 60-minute full outages of one service: in February and in March 2024 (UTC); a
# 10-minute one in April makes the file cover all of March (issue 22: a period no file
# covers has no figure).
CSV = """id,service,severity,started_at,resolved_at
A,api,critical,2024-02-10 10:00,2024-02-10 11:00
B,api,major,2024-03-10 10:00,2024-03-10 11:00
C,api,minor,2024-04-05 10:00,2024-04-05 10:10
"""


@pytest.fixture
def incidents(tmp_path) -> pd.DataFrame:
    path = tmp_path / "api.csv"
    path.write_text(CSV, encoding="utf-8")
    return read_incident_file(path, ReadOptions(tz="UTC")).incidents


def tiles(incidents: pd.DataFrame, first: date, last: date) -> dict:
    selection = Selection(window=Window.from_dates(first, last, "UTC"))
    analysis = analyse(incidents, selection, Settings(tz="UTC", slo_pct=99.9))
    english = text_for("en")
    return analysis, {kpi.key: tile(english, kpi) for kpi in analysis.kpis}


def test_march_is_compared_with_the_equal_period_before(incidents):
    # March has 31 days; the previous window is the 31 days before it (Jan 30 - Feb 29),
    # which holds incident A: one incident and 60 minutes of downtime, as in March.
    analysis, kpi = tiles(incidents, date(2024, 3, 1), date(2024, 3, 31))
    assert analysis.previous is not None
    assert analysis.previous.overall.incidents == 1
    assert kpi["incidents"].change == NO_CHANGE
    assert kpi["incidents"].improved is None
    assert kpi["downtime"].change == NO_CHANGE
    # 60 min of 44,640: 99.8656 %, below the target in both periods.
    assert kpi["availability"].value == "99.87 %"
    assert {k.key: k.status for k in analysis.kpis}["availability"] == "bad"
    incidents = {k.key: k for k in analysis.kpis}["incidents"].change
    assert incidents == Change(0.0, clear=False, improved=None)


def test_a_quieter_period_is_better(incidents):
    # 11-20 March holds nothing; the ten days before it (1-10 March) hold incident B.
    analysis, kpi = tiles(incidents, date(2024, 3, 11), date(2024, 3, 20))
    assert kpi["incidents"].change == "−1"
    assert kpi["incidents"].improved is True
    assert kpi["downtime"].change == "−1 h 0 min"
    assert kpi["availability"].improved is True
    assert {k.key: k.status for k in analysis.kpis}["availability"] == "good"
    downtime = {k.key: k for k in analysis.kpis}["downtime"].change
    assert downtime == Change(-60.0, clear=True, improved=True) and downtime.direction == -1


def test_no_comparison_before_the_first_loaded_incident(incidents):
    # Nothing loaded starts before February: the period before it is unknown, not perfect.
    analysis, kpi = tiles(incidents, date(2024, 2, 1), date(2024, 2, 29))
    assert analysis.previous is None
    assert all(tile.change is None and tile.improved is None for tile in kpi.values())


@pytest.mark.parametrize(
    ("current", "previous", "unit", "shown"),
    [
        (99.951, 99.949, "pp", NO_CHANGE),
        (99.96, 99.95, "pp", "+0.01 pp"),
        (120.0, 180.0, "min", "−1 h 0 min"),
        (5, 5, "", NO_CHANGE),
        (3, None, "", None),
    ],
)
def test_changes_that_round_to_nothing_are_no_change(current, previous, unit, shown):
    kind = {"pp": "pct", "min": "minutes", "": "count"}[unit]
    change = compare(current, previous, kind, higher_is_better=True)
    rendered = None if change is None else signed_change(text_for("en"), change, kind)
    assert rendered == shown


def test_a_change_is_judged_on_values_not_on_text():
    # 0.004 pp is noise (it shows as 0.00 pp); 0.006 pp is a change, shown rounded.
    assert compare(99.954, 99.95, "pct", True) == Change(pytest.approx(0.004), False, None)
    rose = compare(99.956, 99.95, "pct", True)
    assert rose is not None and rose.clear and rose.improved is True and rose.direction == 1
    assert signed_change(text_for("ko"), rose, "pct") == "+0.01 %p"
    # Fewer minutes of downtime is better; a quarter of a second is noise.
    assert compare(10.0, 12.0, "minutes", False) == Change(-2.0, True, True)
    assert compare(10.0, 10.004, "minutes", False).clear is False


def test_describe_filters() -> None:
    from desktop_app.core.analysis import FilterSummary, describe_filters
    from desktop_app.text.filters import filters

    services = ["a", "b", "c", "d", "e", "f", "g", "h"]
    english, korean = text_for("en"), text_for("ko")
    assert describe_filters(services, services, None) == FilterSummary(8, 8, None)
    assert not describe_filters(services, services, None)
    assert filters(english, describe_filters(services, services, None)) == ""
    two = describe_filters(["a", "b"], services, ("critical",))
    assert two == FilterSummary(2, 8, ("critical",), ("a", "b")) and two
    assert filters(english, two) == "a, b (2 of 8 services) · critical only"
    both = describe_filters(services, services, ("critical", "major", "minor"))
    assert filters(english, both) == "critical, major and minor only"
    # severities are listed in their order of gravity, whatever order they were chosen in
    swapped = describe_filters(services, services, ("major", "critical"))
    assert swapped.severities == ("critical", "major")
    assert filters(english, swapped) == "critical and major only"
    assert describe_filters(services, services, tuple(SEVERITIES)).severities is None
    chosen = describe_filters(["a", "b"], services, ("critical", "major"))
    assert filters(korean, chosen) == "a, b (서비스 8개 중 2개) · 심각, 주요만"
    four = describe_filters(["a", "b", "c", "d"], services, None)
    assert four.kept == () and filters(english, four) == "4 of 8 services"
    assert filters(english, FilterSummary(1, 1, ("minor",))) == "minor only"
    assert filters(english, FilterSummary(0, 1)) == "0 of 1 service"
