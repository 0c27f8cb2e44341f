"""Coverage: a period no source covers has no figure (issue 22), worked out by hand.

File A holds only service X, in January 2024; file B only service Y, in March (UTC):
- X: one full outage 2024-01-10 10:00-11:00 (60 min); A's span is 2024-01-10 10:00 - 11:00.
- Y: one full outage 2024-03-05 00:00-03:00 (180 min); B's span is 2024-03-05 00:00 - 03:00.
January has 31 days (44,640 min), March 31 (44,640 min), January-March 91 days (131,040 min).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest

from desktop_app.cli import main
from desktop_app.core.analysis import Selection, analyse
from desktop_app.core.dataset import Dataset
from desktop_app.core.metrics.calendar import NO_DATA
from desktop_app.core.model import ReadOptions
from desktop_app.core.reading.reader import read_incident_files
from desktop_app.core.reporting.report_model import build_report_model, service_rows
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window
from desktop_app.text import text_for
from desktop_app.text.kpis import tile
from desktop_app.text.report import report_text

HEADER = "id,service,severity,started_at,resolved_at\n"
FILE_A = HEADER + "A1,X,critical,2024-01-10 10:00,2024-01-10 11:00\n"
FILE_B = HEADER + "B1,Y,critical,2024-03-05 00:00,2024-03-05 03:00\n"
SETTINGS = Settings(tz="UTC", slo_pct=99.9)
QUARTER = Window.from_dates("2024-01-01", "2024-03-31", "UTC")
MARCH = Window.from_dates("2024-03-01", "2024-03-31", "UTC")


def write(tmp_path: Path, files: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def incidents(tmp_path: Path, files: dict[str, str]) -> pd.DataFrame:
    return read_incident_files(write(tmp_path, files), ReadOptions(tz="UTC")).incidents


@pytest.fixture
def two_files(tmp_path: Path) -> pd.DataFrame:
    return incidents(tmp_path, {"a.csv": FILE_A, "b.csv": FILE_B})


def test_each_source_covers_its_services_from_its_first_to_its_last_time(two_files):
    analysis = analyse(two_files, Selection(window=QUARTER), SETTINGS)
    spans = {Path(s.source).name: s for s in analysis.known.spans}
    assert spans["a.csv"].services == ("X",)
    assert spans["a.csv"].start == pd.Timestamp("2024-01-10 10:00", tz="UTC")
    assert spans["a.csv"].end == pd.Timestamp("2024-01-10 11:00", tz="UTC")
    assert spans["b.csv"].services == ("Y",)


def test_by_month_february_has_no_figure_and_march_is_y_alone(two_files):
    selection = Selection(window=QUARTER, granularity="month")
    metrics = analyse(two_files, selection, SETTINGS).metrics
    january, february, march = metrics.periods["availability_pct"]
    assert january == pytest.approx(100 * (1 - 60 / 44_640))  # X's alone
    assert math.isnan(february)
    assert math.isnan(metrics.periods["downtime_minutes"].iloc[1])
    assert march == pytest.approx(100 * (1 - 180 / 44_640))  # Y's alone
    cells = metrics.service_periods.set_index(["service", "start"])["availability_pct"]
    assert math.isnan(cells[("Y", pd.Timestamp("2024-01-01", tz="UTC"))])
    assert math.isnan(cells[("X", pd.Timestamp("2024-03-01", tz="UTC"))])
    # Over the quarter both services are covered, each in full (131,040 min).
    x, y = 100 * (1 - 60 / 131_040), 100 * (1 - 180 / 131_040)
    assert metrics.overall.availability_pct == pytest.approx((x + y) / 2)


def test_march_gives_x_no_figure_and_y_alone_overall(two_files):
    analysis = analyse(two_files, Selection(window=MARCH), SETTINGS)
    services = analysis.metrics.services.set_index("service")
    assert math.isnan(services.loc["X", "availability_pct"])
    assert analysis.metrics.overall.availability_pct == pytest.approx(100 * (1 - 180 / 44_640))
    # The previous 31 days (30 Jan - 29 Feb) hold no covered Y: nothing to compare with.
    assert analysis.previous is None
    english = text_for("en")
    assert all(tile(english, k).change is None for k in analysis.kpis)


def test_summary_json_gives_x_null_and_lists_the_spans(tmp_path, capsys):
    paths = write(tmp_path, {"a.csv": FILE_A, "b.csv": FILE_B})
    argv = ["summary", *map(str, paths), "--tz", "UTC", "--json"]
    assert main([*argv, "--from", "2024-03-01", "--to", "2024-03-31"]) == 0
    document = json.loads(capsys.readouterr().out)
    services = {row["service"]: row for row in document["services"]}
    assert services["X"]["availability_pct"] is None
    assert services["X"]["downtime_minutes"] is None
    assert services["Y"]["availability_pct"] == pytest.approx(100 * (1 - 180 / 44_640))
    coverage = {Path(c["source"]).name: c for c in document["coverage"]}
    assert coverage["a.csv"] == {
        "source": str(paths[0]),
        "start": "2024-01-10T10:00:00+00:00",
        "end": "2024-01-10T11:00:00+00:00",
        "services": ["X"],
        "stated": False,  # the span of the times in a.csv, not one a user stated
    }


def test_tables_say_no_data(two_files, capsys, tmp_path):
    analysis = analyse(two_files, Selection(window=MARCH), SETTINGS)
    rows = {row.service: row for row in service_rows(analysis.metrics.services, SETTINGS)}
    assert rows["X"].slo_met is None and rows["X"].band == 0
    assert rows["Y"].slo_met is False  # 180 min of 44,640: 99.5968 %
    model = build_report_model(analysis, Dataset(two_files), organisation="")
    lines = {line.service: line for line in report_text(model, text_for("ko")).services}
    assert lines["X"].availability == "데이터 없음" and lines["Y"].availability == "99.60 %"
    assert model.summary.services is not None and model.summary.services.total == 1
    paths = write(tmp_path, {"a.csv": FILE_A, "b.csv": FILE_B})
    argv = ["summary", *map(str, paths), "--tz", "UTC", "--from", "2024-03-01"]
    assert main([*argv, "--to", "2024-03-31"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith("X ") and "no data" in line for line in out)


def test_a_window_no_source_covers_has_no_figure_not_100(tmp_path):
    # One incident open since 2019: its file's span is that one moment, so the first quarter
    # of 2024 is not covered: no figure, no "SLO met" (it showed 0 %-25 % before).
    frame = incidents(
        tmp_path, {"old.csv": "id,service,severity,started_at\nO1,S,critical,2019-01-01 00:00\n"}
    )
    analysis = analyse(frame, Selection(window=QUARTER), SETTINGS)
    assert math.isnan(analysis.metrics.overall.availability_pct)
    kpis = {k.key: k for k in analysis.kpis}
    assert kpis["availability"].value is None and kpis["availability"].status == "neutral"
    assert kpis["error_budget"].value is None
    assert tile(text_for("en"), kpis["availability"]).value == "no data"
    assert tile(text_for("ko"), kpis["availability"]).value == "데이터 없음"
    assert tile(text_for("en"), kpis["availability"]).detail == "target 99.90 % · no data"
    assert (analysis.day_calendar.band == NO_DATA).all()


def test_a_service_first_seen_mid_window_is_not_compared(tmp_path):
    # X in January and February (file a), Y first seen in February (file b). February is
    # compared only for X: Y has no data in the 29 days before it.
    frame = incidents(
        tmp_path,
        {
            "a.csv": "id,service,started_at,resolved_at\n"
            "A1,X,2024-01-10 10:00,2024-01-10 11:00\nA2,X,2024-02-10 10:00,2024-02-10 10:30\n",
            "b.csv": "id,service,started_at,resolved_at\nB1,Y,2024-02-20 00:00,2024-02-20 02:00\n",
        },
    )
    february = Window.from_dates("2024-02-01", "2024-02-29", "UTC")
    both = analyse(frame, Selection(window=february), SETTINGS)
    assert both.previous is None
    only_x = analyse(frame, Selection(window=february, services=("X",)), SETTINGS)
    assert only_x.previous is not None
    # The previous 29 days (3-31 January) hold A1: 60 min of 41,760; February 30 of 41,760.
    assert only_x.previous.overall.downtime_minutes == pytest.approx(60.0)
    delta = 100 * (1 - 30 / 41_760) - 100 * (1 - 60 / 41_760)
    change = {k.key: k for k in only_x.kpis}["availability"].change
    assert change is not None and change.delta == pytest.approx(delta)
    only_y = analyse(frame, Selection(window=february, services=("Y",)), SETTINGS)
    assert only_y.previous is None
