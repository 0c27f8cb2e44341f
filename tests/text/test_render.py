"""Numbers, dates, durations, terms and coded messages in English and Korean."""

from __future__ import annotations

from datetime import date

import pandas as pd

from desktop_app.core.messages import MessageKind, Term
from desktop_app.text import text_for

EN, KO = text_for("en"), text_for("ko")


def test_durations_drop_zero_tails_in_korean_only() -> None:
    assert [EN.minutes(m) for m in (0, 0.75, 12, 180, 234, 2 * 1440)] == [
        "0 min", "45 s", "12 min", "3 h 0 min", "3 h 54 min", "2 d 0 h",
    ]  # fmt: skip
    assert [KO.minutes(m) for m in (0, 0.75, 12, 180, 234, 2 * 1440, 3 * 1440 + 60 * 17)] == [
        "0분", "45초", "12분", "3시간", "3시간 54분", "2일", "3일 17시간",
    ]  # fmt: skip


def test_dates_and_periods() -> None:
    day = date(2021, 1, 1)
    assert EN.date(day) == "1 Jan 2021" and KO.date(day) == "2021년 1월 1일"
    assert EN.month(day) == "Jan 2021" and KO.month(day) == "2021년 1월"
    may = date(2021, 5, 3)
    assert EN.quarter(may) == "2021 Q2" and KO.quarter(may) == "2021년 2분기"
    assert KO.quarter(day, with_year=False) == "1분기"
    assert EN.date_range(day, date(2021, 12, 31)) == "1 Jan 2021 – 31 Dec 2021"
    assert KO.date_range(day, date(2021, 12, 31)) == "2021년 1월 1일 ~ 2021년 12월 31일"


def test_zones() -> None:
    moment = pd.Timestamp("2024-03-01 12:00", tz="UTC")
    assert EN.zone("Asia/Seoul", moment, moment) == "Asia/Seoul (UTC+09:00)"
    assert KO.zone("Asia/Seoul", moment, moment) == "KST (UTC+9)"


def test_changes_and_counts() -> None:
    assert EN.change(-0.05, "pp") == "−0.05 pp" and KO.change(-0.05, "pp") == "−0.05 %p"
    assert EN.change(0.001, "pp") == "no change" and KO.change(0.001, "pp") == "변화 없음"
    assert EN.change(-12, "min") == "−12 min" and EN.change(None) is None
    assert EN.incidents(1) == "1 incident" and EN.incidents(1234) == "1,234 incidents"
    assert KO.incidents(3) == "장애 3건"


def test_terms() -> None:
    assert (EN.severity("critical"), KO.severity("critical")) == ("Critical", "심각")
    assert (EN.impact("maintenance"), KO.impact("maintenance")) == ("Maintenance", "점검")
    assert KO.severity("P7") == "P7"  # an unknown key is shown as it is
    assert KO.granularity("quarter") == "분기"


def test_a_message_is_english_as_str_and_rendered_per_language() -> None:
    """An unknown template (not in the catalogue) falls back to English with its values."""
    kind = MessageKind("probe", "{count} row left out as {why}", "{count} rows left out as {why}")
    message = kind(count=3, why=Term("impact", "Maintenance"))
    assert message.code == "probe"
    assert str(message) == "3 rows left out as Maintenance"
    assert KO.message(message) == "3 rows left out as 점검"
    assert str(kind(count=1, why="x")) == "1 row left out as x"


def test_axis_labels_name_the_year_where_it_changes_in_korean() -> None:
    months = [date(2020, 11, 1), date(2020, 12, 1), date(2021, 1, 1), date(2021, 2, 1)]
    assert EN.axis_labels(months, "month") == ["2020-11", "2020-12", "2021-01", "2021-02"]
    assert KO.axis_labels(months, "month") == ["2020년 11월", "12월", "2021년 1월", "2월"]
    quarters = [date(2020, 10, 1), date(2021, 1, 1), date(2021, 4, 1)]
    assert EN.axis_labels(quarters, "quarter") == ["2020 Q4", "2021 Q1", "2021 Q2"]
    assert KO.axis_labels(quarters, "quarter") == ["2020년 4분기", "2021년 1분기", "2분기"]
    days = [date(2021, 3, 1), date(2021, 3, 8)]
    assert EN.axis_labels(days, "week") == ["03-01", "03-08"]
    assert KO.axis_labels(days, "week") == ["2021년 3월 1일", "3월 8일"]


def test_lists_particles_and_moments() -> None:
    assert EN.listing(["critical"]) == "critical"
    assert EN.listing(["critical", "major", "minor"]) == "critical, major and minor"
    assert KO.listing(["심각", "주요", "경미"]) == "심각, 주요, 경미"
    # 로 after a vowel or ㄹ, 으로 after another final consonant; English adds nothing
    assert (KO.with_ro("결제 장애"), KO.with_ro("'장애 발생'"), KO.with_ro("서버")) == (
        "결제 장애로",
        "'장애 발생'으로",
        "서버로",
    )
    assert EN.with_ro("a payments incident") == "a payments incident"
    moment = pd.Timestamp("2026-11-25 18:27", tz="Asia/Seoul")
    assert EN.moment(moment, "Asia/Seoul") == "2026-11-25 18:27 Asia/Seoul"
    assert KO.moment(moment, "Asia/Seoul") == "2026년 11월 25일 18:27 (UTC+9)"
