"""The words of the views and charts, per language: the incident tally, the day calendar's
legend and months, the repair-time ticks, period titles and time-axis ticks."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd

from desktop_app.core.metrics.counting import Tally
from desktop_app.core.metrics.durations import TIME_TICKS
from desktop_app.text import text_for
from desktop_app.text.calendar import shade_words

EN, KO = text_for("en"), text_for("ko")


def test_a_tally_names_incidents_maintenance_and_rows_from_before():
    counted = Tally(1, 1, 1)
    assert EN.tally(counted) == "1 incident · 1 maintenance window · 1 started before"
    assert KO.tally(counted) == "장애 1건 · 점검 1건 · 이전 시작 1건"
    assert EN.tally(Tally(1_590, 31)) == "1,590 incidents · 31 maintenance windows"


def test_a_narrowed_tally_names_the_whole_list():
    whole, found = Tally(159, 31), Tally(1, 0)
    assert EN.tally(found, of=whole) == "1 incident of 159 · 0 maintenance windows of 31"
    assert KO.tally(found, of=whole) == "장애 159건 중 1건 · 점검 31건 중 0건"
    assert EN.tally(Tally(2, 1, 1), of=Tally(5, 2, 3)) == (
        "2 incidents of 5 · 1 maintenance window of 2 · 1 started before of 3"
    )
    # rows from before in the whole list only: still named, as none of them was found
    assert KO.tally(Tally(2, 0), of=Tally(5, 0, 3)) == (
        "장애 5건 중 2건 · 점검 0건 중 0건 · 이전 시작 3건 중 0건"
    )


def test_the_calendar_legend_names_the_target():
    assert shade_words(EN, 99.9) == (
        "no downtime",
        "target 99.90 % met",
        "below, by less than the error budget",
        "1 to 10 error budgets below",
        "10 error budgets below or more",
    )
    assert shade_words(KO, 99.5)[:2] == ("장애 없음", "목표 99.50 % 달성")
    assert shade_words(KO, 99.5)[4] == "오류 예산의 10배 이상 미달"


def test_repair_time_ticks_read_as_round_durations():
    assert [EN.duration_tick(m) for m in TIME_TICKS] == [
        "1 s", "10 s", "1 min", "5 min", "15 min", "1 h", "4 h", "1 d", "1 w", "30 d",
    ]  # fmt: skip
    assert [KO.duration_tick(m) for m in TIME_TICKS] == [
        "1초", "10초", "1분", "5분", "15분", "1시간", "4시간", "1일", "1주", "30일",
    ]  # fmt: skip


def test_months_and_days_without_their_year():
    march = date(2021, 3, 2)
    assert (EN.year(2021), EN.month_name(march), EN.month_day(march)) == ("2021", "Mar", "Mar 2")
    assert (KO.year(2021), KO.month_name(march), KO.month_day(march)) == (
        "2021년",
        "3월",
        "3월 2일",
    )
    assert KO.year_first and not EN.year_first


def test_period_titles():
    month = (date(2024, 3, 1), date(2024, 3, 31))
    assert EN.period_title(*month, "month") == "2024-03"
    assert KO.period_title(*month, "month") == "2024년 3월"
    quarter = (date(2024, 1, 1), date(2024, 3, 31))
    assert EN.period_title(*quarter, "quarter") == "2024 Q1"
    assert KO.period_title(*quarter, "quarter") == "2024년 1분기"
    week = (date(2024, 3, 4), date(2024, 3, 10))
    assert EN.period_title(*week, "week") == "2024-03-04 – 2024-03-10"
    assert KO.period_title(*week, "week") == "2024년 3월 4일 ~ 2024년 3월 10일"
    day = (date(2024, 3, 4), date(2024, 3, 4))
    assert (EN.period_title(*day, "day"), KO.period_title(*day, "day")) == (
        "2024-03-04",
        "2024년 3월 4일",
    )
    # a month cut by the window's start is named by its days
    assert EN.period_title(date(2024, 3, 15), date(2024, 3, 31), "month") == (
        "2024-03-15 – 2024-03-31"
    )


def test_time_ticks_name_the_year_where_english_and_korean_put_it():
    dec, jan = datetime(2021, 12, 1), datetime(2022, 1, 1)
    assert (EN.time_tick(dec, "month", None), EN.time_tick(jan, "month", dec)) == (
        "Dec",
        "Jan 2022",
    )
    assert (KO.time_tick(dec, "month", None), KO.time_tick(jan, "month", dec)) == (
        "2021년 12월",
        "2022년 1월",
    )
    assert EN.time_tick(jan, "day", datetime(2021, 12, 31)) == "Jan 1, 2022"
    assert KO.time_tick(jan, "day", datetime(2021, 12, 31)) == "2022년 1월 1일"
    six = datetime(2022, 1, 3, 6)
    assert EN.time_tick(six, "time", datetime(2022, 1, 3, 5)) == "06:00"
    assert KO.time_tick(datetime(2022, 1, 3), "time", None) == "2022년 1월 3일 00:00"
    assert (EN.time_tick(jan, "year", None), KO.time_tick(jan, "year", dec)) == ("2022", "2022년")


def test_severity_counts():
    assert EN.severity_count("major", 1_200) == "1,200 major"
    assert KO.severity_count("major", 1) == "주요 1건"


def test_exported_times_are_the_zones_wall_clock():
    times = pd.Series(pd.to_datetime(["2024-01-10 10:00Z", "2024-07-01 10:00Z", None], utc=True))
    # New York is UTC-5 in January and UTC-4 (daylight time) in July; Kolkata is UTC+5:30
    assert EN.local_times(times, "America/New_York").tolist() == [
        "2024-01-10 05:00",
        "2024-07-01 06:00",
        "",
    ]
    assert EN.local_times(times, "Asia/Kolkata").tolist()[0] == "2024-01-10 15:30"


def test_preview_rows_read_as_the_incident_table_writes_them():
    from desktop_app.core.reading.preview import PreviewRow
    from desktop_app.text.preview import preview_cells

    start = pd.Timestamp("2024-03-01 23:30", tz="UTC")
    incident = {
        "incident_id": "X-1",
        "service": "billing",
        "title": pd.NA,
        "severity": "major",
        "impact": "full_outage",
        "started_at": start,
        "resolved_at": start + pd.Timedelta(minutes=90),
    }
    row = PreviewRow(7, incident)
    assert preview_cells(EN, row, "Asia/Seoul") == [
        "7", "X-1", "billing", "", "Major", "Full outage",
        "2024-03-02 08:30", "2024-03-02 10:00", "1 h 30 min",
    ]  # fmt: skip
    still_open = PreviewRow(8, {**incident, "resolved_at": pd.NaT})
    assert preview_cells(KO, still_open, "UTC")[4:] == [
        "주요", "전면 장애", "2024-03-01 23:30", "", "진행 중",
    ]  # fmt: skip
    from desktop_app.core.reading.incident_times import NO_START

    rejected = preview_cells(KO, PreviewRow(9, reason=NO_START(column="opened")), "UTC")
    assert rejected == ["9", "제외됨:", "시작 시각 없음('opened' 열이 비어 있음)", *[""] * 6]
