"""The summary command's JSON shape and text table, on a hand-worked two-service window."""

from __future__ import annotations

import json

from desktop_app.cli.summary_table import format_summary_text
from desktop_app.core.library.records import STORED
from desktop_app.core.metrics.compute import compute_metrics
from desktop_app.core.metrics.figures import MetricOptions
from desktop_app.core.model import FileImport, ImportResult, RejectedRow
from desktop_app.core.reporting.summary_json import summary_json
from desktop_app.core.reporting.text_table import display_width
from desktop_app.core.window import Window

FIGURE_KEYS = {
    "availability_pct",
    "downtime_minutes",
    "maintenance_minutes",
    "incidents",
    "open_incidents",
    "mttr_minutes",
    "mttr_median_minutes",
    "mttr_p90_minutes",
    "mtbf_hours",
    "by_severity",
}


def _summary_inputs(incidents_of):
    table = incidents_of(
        [
            ("카카오톡", "full_outage", "critical", "2020-03-02 08:58", "2020-03-02 09:58"),
            ("web", "partial_outage", "minor", "2020-03-15 10:00", None),
        ],
        tz="Asia/Seoul",
    )
    file = FileImport(
        path="seed.csv",
        encoding="utf-8",
        delimiter=",",
        rows=3,
        imported=2,
        duplicates=0,
        mapping={"started_at": "시작"},
        rejected=[RejectedRow(line=4, reason=STORED(text="no start time"))],
        incidents=table,
    )
    window = Window.from_dates("2020-03-01", "2020-04-30", "Asia/Seoul")
    metrics = compute_metrics(table, window, MetricOptions(granularity="month"))
    return ImportResult(files=[file], incidents=table), metrics


def test_summary_json_has_the_documented_shape(incidents_of):
    document = summary_json(*_summary_inputs(incidents_of))
    json.dumps(document)  # plain JSON types only
    assert document["window"] == {
        "from": "2020-03-01T00:00:00+09:00",
        "to": "2020-05-01T00:00:00+09:00",
        "timezone": "Asia/Seoul",
        "to_date": False,
    }
    assert document["files"][0]["rejected"] == [{"line": 4, "reason": "no start time"}]
    assert set(document["overall"]) >= FIGURE_KEYS
    assert [s["service"] for s in document["services"]] == ["web", "카카오톡"]
    assert all(set(s) >= FIGURE_KEYS for s in document["services"])
    periods = document["periods"]
    assert [p["start"] for p in periods] == [
        "2020-03-01T00:00:00+09:00",
        "2020-04-01T00:00:00+09:00",
    ]
    assert all({"start", "end"} | FIGURE_KEYS <= set(p) for p in periods)


def test_summary_json_figures_are_rounded_and_undefined_is_none(incidents_of):
    document = summary_json(*_summary_inputs(incidents_of))
    kakao = document["services"][1]
    # 60 min down of 61 days x 1440 = 87840 min
    assert kakao["availability_pct"] == round(100 * (1 - 60 / 87840), 6)
    assert kakao["mttr_minutes"] == 60.0
    assert kakao["by_severity"] == {"critical": 1, "major": 0, "minor": 0, "unknown": 0}
    web = document["services"][0]
    assert web["mttr_minutes"] is None and web["open_incidents"] == 1
    # web: open partial outage from 15 March 10:00 to 1 May: 0.3 x (47 d x 1440 - 600)
    assert web["downtime_minutes"] == round(0.3 * (47 * 1440 - 600), 3)
    assert document["overall"]["incidents"] == 2


def test_summary_text_shows_window_overall_services_and_periods(incidents_of):
    text = format_summary_text(*_summary_inputs(incidents_of))
    lines = text.splitlines()
    # the window as the PDF writes it: both days included
    assert lines[0].startswith("Window: 1 Mar 2020 – 30 Apr 2020 · Asia/Seoul (UTC+09:00) ·")
    assert "rejected 1" in lines[1]
    overall = next(line for line in lines if line.startswith("Overall"))
    assert "1 h 0 min" in overall  # MTTR
    kakao = next(line for line in lines if line.startswith("카카오톡"))
    assert "99.932 %" in kakao
    assert any(line.startswith("Apr 2020") for line in lines)
    header = next(line for line in lines if line.startswith("Service"))
    # the double-width name keeps the right-aligned availability column aligned
    availability_end = display_width(header.split("Availability")[0]) + len("Availability")
    assert display_width(kakao.split(" %")[0] + " %") == availability_end


def test_summary_text_in_korean_has_korean_dates_and_units(incidents_of):
    text = format_summary_text(*_summary_inputs(incidents_of), lang="ko")
    lines = text.splitlines()
    assert lines[0].startswith("기간: 2020년 3월 1일 ~ 2020년 4월 30일 · KST (UTC+9) ·")
    assert lines[0].endswith("구간 단위 월")
    assert lines[1] == "파일 1개 · 3행 · 가져옴 2건 · 중복 0건 · 제외 1행"
    overall = next(line for line in lines if line.startswith("전체"))
    assert "1시간" in overall  # MTTR: the one resolved outage took 60 minutes
    assert "99.932 %" in next(line for line in lines if line.startswith("카카오톡"))
    assert any(line.startswith("2020년 4월") for line in lines)
    header = next(line for line in lines if line.startswith("서비스"))
    assert "가용성" in header and "미분류" in header
