"""The report model: figures, sentences and rows, checked against hand-worked values."""

from __future__ import annotations

from datetime import UTC, date, datetime

import numpy as np
import pandas as pd
import pytest
import report_data as data

from desktop_app.core.metrics.kpis import shortfall_bands
from desktop_app.core.reporting.report_model import (
    ImportCounts,
    ServicesVerdict,
    build_report_model,
)
from desktop_app.text import text_for
from desktop_app.text.report import Durations, ReportText, report_text

_EN = text_for("en")

GENERATED = datetime(2026, 1, 5, 0, 30, tzinfo=UTC)


def model(table: pd.DataFrame | None = None) -> ReportText:
    """The report of ``table`` in English words."""
    built = build_report_model(
        data.analysis(table),
        data.imported(table),
        title="March review",
        organisation="Kakao Ops",
        generated_at=GENERATED,
    )
    return report_text(built, text_for("en"))


def test_the_model_holds_figures_and_dates_not_words() -> None:
    built = build_report_model(
        data.analysis(), data.imported(), title="", organisation="", generated_at=GENERATED
    )
    assert built.title == "" and built.window == data.WINDOW
    assert built.generated == pd.Timestamp("2026-01-05 09:30", tz="Asia/Seoul")
    summary = built.summary
    assert (summary.met, summary.previous, summary.availability_change) == (False, None, None)
    assert summary.longest is not None and summary.longest.incident_id == "KS-1"
    assert summary.longest.duration_minutes == 180.0 and not summary.longest.is_open
    assert summary.services == ServicesVerdict(
        total=2,
        missed=1,
        lowest="KakaoStory",
        lowest_availability_pct=pytest.approx(100 * (1 - 180 / 44_640)),
        lowest_downtime_minutes=180.0,
    )
    # (100 - 99.7718) / 0.1 = 2.282 budgets spent: 100 x (1 - 2.282) = -128.2 % left
    assert summary.budget_left_pct == pytest.approx(
        100 * (1 - (100 - data.OVERALL_AVAILABILITY) / 0.1)
    )
    assert (summary.notices, summary.notice_hours, summary.reclassified) == (1, 2.0, None)
    assert [(r.incident_id, r.downtime_minutes) for r in built.worst] == [
        ("KS-1", 180.0),
        ("KT-1", pytest.approx(23.7)),
    ]
    assert (
        built.worst[0].started == "2020-03-02 12:00"
        and built.worst[0].resolved == "2020-03-02 15:00"
    )
    assert built.imports == ImportCounts(files=1, rows=5, imported=3, duplicates=0, rejected=2)
    assert built.trends.starts == [date(2020, 3, 1)]
    story = built.services[0]
    assert (story.service, story.incidents, story.mttr_n, story.band) == ("KakaoStory", 1, 1, 2)
    assert (story.mttr_low_minutes, story.mttr_high_minutes) == (180.0, 180.0)


def test_header_texts() -> None:
    report = model()
    assert report.period == "1 Mar 2020 – 31 Mar 2020"
    assert report.timezone == "Asia/Seoul (UTC+09:00)"
    assert report.generated == "2026-01-05 09:30 Asia/Seoul"
    assert report.target == "99.9 %"


def test_kpis_are_the_analysis_tiles() -> None:
    analysis = data.analysis()
    report = build_report_model(analysis, data.imported(), title="t", organisation="o")
    assert report.kpis == analysis.kpis
    assert analysis.metrics.overall.availability_pct == pytest.approx(data.OVERALL_AVAILABILITY)


def test_sentences_from_figures() -> None:
    sentences = model().sentences
    assert sentences[0] == (
        "Availability was 99.77 %, below the 99.9 % target; 2 incidents, 1 critical."
    )
    assert sentences[1] == f"The longest, KakaoStory '{data.KOREAN_TITLE}', lasted 3 h 0 min."
    assert sentences[2].startswith("No incident data was loaded for the previous period")
    assert sentences[3].startswith("1 of 2 services missed the target; the lowest, KakaoStory")
    # (100 - 99.7718) / 0.1 = 228.2 % of the budget used
    assert "228.2 % of the error budget was used, so it is exhausted" in sentences[4]
    # KS-1 is a 3 h full outage (notifiable); KT-1's 79 min and maintenance are not
    assert sentences[5] == "1 outage lasted 2 h or more and must be notified to users."
    assert len(sentences) == 6


def test_worst_incidents_by_weighted_downtime() -> None:
    worst = model().worst
    # maintenance weighs 0, so only two incidents caused downtime; 79 min x 0.3 = 23.7 min
    assert [(r.incident_id, r.downtime) for r in worst] == [
        ("KS-1", "3 h 0 min"),
        ("KT-1", "24 min"),
    ]
    assert worst[1].title == data.MARKUP_TITLE  # plain text; the PDF escapes it


def test_downtime_is_clipped_to_the_window_and_open_lasts_to_its_end() -> None:
    extra = [
        # starts 2 h before the window: only 60 min inside
        {
            "incident_id": "KT-0",
            "service": "KakaoTalk",
            "title": "edge",
            "severity": "minor",
            "impact": "full_outage",
            "started_at": "2020-02-29T22:00",
            "resolved_at": "2020-03-01T01:00",
            "cause": "",
        },
        # open: down from 31 March 23:00 to the window's end, 60 min
        {
            "incident_id": "KS-9",
            "service": "KakaoStory",
            "title": "open",
            "severity": "major",
            "impact": "full_outage",
            "started_at": "2020-03-31T23:00",
            "resolved_at": None,
            "cause": "",
        },
    ]
    report = model(data.incidents(extra))
    rows = {r.incident_id: r for r in report.incidents}
    assert rows["KT-0"].duration == "3 h 0 min"
    assert rows["KS-9"].resolved == "open"
    assert rows["KS-9"].downtime == "1 h 0 min"
    assert [r.incident_id for r in report.worst][:1] == ["KS-1"]
    assert "3 h 0 min" in {r.downtime for r in report.worst}


def test_appendix_rejected_and_import_note() -> None:
    report = model()
    assert [r.incident_id for r in report.incidents] == ["KT-1", "KS-1", "KT-2"]
    assert [(r.file, r.line) for r in report.rejected] == [
        ("incidents.csv", 7),
        ("incidents.csv", 9),
    ]
    assert str(report.rejected[1].reason) == "<b>bad</b> & <font> row"
    assert report.import_note == "1 file, 5 rows read: 3 imported, 0 duplicates merged, 2 rejected."
    assert report.method and all(name and text for name, text in report.method)


def test_services_worst_first_with_bands() -> None:
    services = model().services
    assert [(s.service, s.availability, s.slo_met, s.band) for s in services] == [
        ("KakaoStory", "99.60 %", False, 2),  # 0.30 pp short: 3 error budgets
        ("KakaoTalk", "99.95 %", True, 0),
    ]


def test_trends_one_point_per_month() -> None:
    trends = model().trends
    assert model().trend_labels == ("2020-03",)
    assert trends.by_severity["critical"] == [1] and trends.by_severity["major"] == [1]
    assert trends.mttr_median == [pytest.approx(129.5)]  # median of 180 and 79
    assert trends.mttr_unit == "min" and trends.mttr_counts == [2]
    # Two repairs (79 and 180 min): a resample's median is 79 (1 in 4), 129.5 (2 in 4) or
    # 180 (1 in 4), so the 90 % interval runs from 79 to 180 min.
    assert (trends.mttr_low, trends.mttr_high) == ([79.0], [180.0])


def test_services_show_the_median_mttr_with_n_and_interval() -> None:
    by_name = {s.service: s for s in model().services}
    assert (by_name["KakaoTalk"].mttr_n, by_name["KakaoStory"].mttr_n) == ("1", "1")
    assert by_name["KakaoStory"].mttr_interval == "3 h 0 min – 3 h 0 min"


def test_change_against_a_previous_period_with_data() -> None:
    extra = [
        {
            "incident_id": "KT-F",
            "service": "KakaoTalk",
            "title": "february",
            "severity": "minor",
            "impact": "full_outage",
            "started_at": "2020-02-10T10:00",
            "resolved_at": "2020-02-10T11:00",
            "cause": "",
        },
    ]
    sentence = model(data.incidents(extra)).sentences[2]
    # previous window: 31 days before 1 March; KakaoTalk down 60 min of 44,640, KakaoStory none
    previous = (100 * (1 - 60 / 44_640) + 100) / 2
    delta = data.OVERALL_AVAILABILITY - previous
    assert sentence == (
        f"Availability fell by {abs(delta):.2f} pp against the previous period of equal length "
        f"({previous:.2f} %); downtime went from 1 h 0 min to 3 h 24 min and incidents from 1 to 2."
    )


def test_shortfall_bands() -> None:
    values = pd.Series([99.95, 99.9, 99.85, 99.5, 98.9, 50.0])
    assert shortfall_bands(values, 99.9).tolist() == [0, 0, 1, 2, 3, 3]


def test_durations_written_once_match_the_scalar_format() -> None:
    values = [0.0, 0.4, 0.999, 1.0, 59.4, 59.6, 60.0, 179.5, 2879.0, 2880.0, 10_000.0, np.nan]
    expected = [_EN.minutes(None if np.isnan(v) else v) for v in values]
    written = Durations(text_for("en"))
    assert [written(v) for v in values] == expected
