"""Open incidents are undecided, not silently the headline (issue 22), worked out by hand.

Service S, the first quarter of 2024 (UTC, 91 days = 131,040 min), one file:
- W1: a minor warning open since 2019-06-01 (no end): undecided, not counted as downtime;
- C1: a closed critical full outage 2024-01-10 10:00-13:00 (180 min);
- M1: a major open since 2024-03-31 00:00: undecided, down to the window's end (1,440 min).
By the rule: 180 + 1,440 = 1,620 min down, 100 x (1 - 1,620 / 131,040) = 98.763736 %.
Counting every open one as down: W1 covers the whole quarter, 0.00 %.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from desktop_app.cli import main
from desktop_app.core.analysis import Selection, analyse
from desktop_app.core.dataset import Dataset
from desktop_app.core.model import ReadOptions
from desktop_app.core.reading.reader import read_incident_file
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window
from desktop_app.text import text_for
from desktop_app.text.kpis import tile

CSV = """id,service,severity,title,started_at,resolved_at
W1,S,warning,TLS certificate expires in 7 days,2019-06-01 00:00,
C1,S,critical,API down,2024-01-10 10:00,2024-01-10 13:00
M1,S,major,Login errors,2024-03-31 00:00,
"""
QUARTER = Window.from_dates("2024-01-01", "2024-03-31", "UTC")
SETTINGS = Settings(tz="UTC", slo_pct=99.9)
BY_RULE = 100 * (1 - 1_620 / 131_040)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    file = tmp_path / "s.csv"
    file.write_text(CSV, encoding="utf-8")
    return file


@pytest.fixture
def analysis(path: Path):
    incidents = read_incident_file(path, ReadOptions(tz="UTC")).incidents
    as_of = pd.Timestamp("2024-06-01", tz="UTC")
    return analyse(incidents, Selection(window=QUARTER), SETTINGS, as_of=as_of)


def test_an_open_warning_is_no_downtime_an_open_major_is_until_decided(analysis):
    overall = analysis.metrics.overall
    assert overall.downtime_minutes == pytest.approx(1_620.0)
    assert overall.availability_pct == pytest.approx(BY_RULE)
    assert overall.open_incidents == 1  # M1 starts in the window; W1 started before it
    assert analysis.open.undecided == ("W1", "M1")
    assert analysis.open.not_down == ("W1",)
    counting = analysis.open.counting_all
    assert counting is not None and counting.availability_pct == pytest.approx(0.0)


def test_the_tile_shows_both_figures_while_undecided(analysis):
    kpi = {k.key: k for k in analysis.kpis}["availability"]
    english = tile(text_for("en"), kpi)
    assert f"{english.value} · {english.detail}" == (
        "98.76 % · 0.00 % counting 2 open incidents · target 99.90 % · missed"
    )
    korean = tile(text_for("ko"), kpi)
    assert korean.detail.startswith("진행 중 장애 2건 포함 시 0.00 % · ")


def test_the_reports_lists_give_an_open_warning_no_downtime(analysis):
    # The worst-incidents list ranks by weighted downtime: M1 1,440 min, C1 180, W1 none.
    from desktop_app.core.reporting.report_model import build_report_model

    model = build_report_model(analysis, Dataset(analysis.incidents), organisation="")
    assert [row.incident_id for row in model.worst] == ["M1", "C1"]  # W1: none to rank
    downtime = {row.incident_id: row.downtime_minutes for row in model.incidents}
    assert downtime == {"W1": 0.0, "C1": 180.0, "M1": 1_440.0}


def test_an_open_warning_holding_no_downtime_is_no_stale_finding(analysis):
    # W1 (open since 2019) lasts the whole quarter but is no downtime: it holds none of the
    # 1,620 min, so it is not "open for years, holding most of the downtime".
    assert [f for f in analysis.findings if f.kind == "stale_open"] == []


def test_no_incident_is_flagged_for_notice_only_because_it_is_open(analysis):
    flagged = analysis.in_window.loc[analysis.notice, "incident_id"]
    # C1 lasted 180 min >= 2 h; M1 is counted down for 1,440 min; W1, open for years, is
    # no downtime until decided: not flagged.
    assert list(flagged) == ["C1", "M1"]


def test_summary_json_carries_both_figures_and_the_undecided(path, capsys):
    argv = ["summary", str(path), "--tz", "UTC", "--json", "--from", "2024-01-01"]
    assert main([*argv, "--to", "2024-03-31"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["overall"]["availability_pct"] == pytest.approx(BY_RULE, abs=1e-6)
    assert document["overall_counting_open"] == {
        "availability_pct": 0.0,
        "downtime_minutes": 131_040.0,
    }
    assert document["open_incidents"] == {
        "undecided": ["W1", "M1"],
        "not_counted_as_downtime": ["W1"],
    }


def test_counting_all_measures_again_only_the_services_holding_one(tmp_path):
    # S: a warning open from 31 March 00:00 (1,440 min to the window's end), nothing else;
    # T: one closed 60 min outage. By the rule S is at 100 %; counting all, S loses 1,440 min.
    file = tmp_path / "two.csv"
    file.write_text(
        "id,service,severity,started_at,resolved_at\n"
        "W2,S,warning,2024-03-31 00:00,\n"
        "T1,T,critical,2024-01-05 00:00,2024-01-05 01:00\n",
        encoding="utf-8",
    )
    incidents = read_incident_file(file, ReadOptions(tz="UTC")).incidents
    analysis = analyse(incidents, Selection(window=QUARTER), SETTINGS)
    t = 100 * (1 - 60 / 131_040)
    assert analysis.metrics.overall.availability_pct == pytest.approx((100 + t) / 2)
    counting = analysis.open.counting_all
    assert counting is not None
    assert counting.availability_pct == pytest.approx((100 * (1 - 1_440 / 131_040) + t) / 2)
    assert counting.downtime_minutes == pytest.approx(1_500.0)


def test_without_open_incidents_nothing_is_undecided(tmp_path):
    file = tmp_path / "closed.csv"
    file.write_text("\n".join(CSV.splitlines()[:1] + CSV.splitlines()[2:3]) + "\n")
    incidents = read_incident_file(file, ReadOptions(tz="UTC")).incidents
    window = Window.from_dates("2024-01-10", "2024-01-10", "UTC")
    analysis = analyse(incidents, Selection(window=window), SETTINGS)
    assert not analysis.open and analysis.open.counting_all is None
    kpi = {k.key: k for k in analysis.kpis}["availability"]
    assert tile(text_for("en"), kpi).detail == "target 99.90 % · missed"
