"""Dates, periods, durations and counts written in English and in Korean."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.formatting import (
    NO_CHANGE,
    format_change,
    format_date,
    format_date_range,
    format_incidents,
    format_minutes,
    format_month,
    format_pct,
    format_period,
    format_quarter,
    format_zone,
)
from desktop_app.core.language import language_of, system_language
from desktop_app.text import text_for
from desktop_app.text.korean import particle_ro
from desktop_app.text.report import Durations


@pytest.mark.parametrize(
    ("minutes", "english", "korean"),
    [
        (0, "0 min", "0분"),
        (0.75, "45 s", "45초"),
        (42, "42 min", "42분"),
        (180, "3 h 0 min", "3시간"),  # Korean drops a zero tail
        (3 * 60 + 54, "3 h 54 min", "3시간 54분"),
        ((2 * 24 + 17) * 60, "2 d 17 h", "2일 17시간"),
        (2 * 24 * 60, "2 d 0 h", "2일"),
    ],
)
def test_durations(minutes: float, english: str, korean: str) -> None:
    assert format_minutes(minutes) == english
    assert format_minutes(minutes, "ko") == korean


@given(st.lists(st.floats(min_value=0, max_value=1e6) | st.none(), max_size=30))
def test_a_column_is_written_as_each_value_alone(values: list[float | None]) -> None:
    series = pd.Series([float("nan") if v is None else v for v in values], dtype=float)
    for lang in ("en", "ko"):
        expected = [format_minutes(v, lang) if v is not None else "–" for v in values]
        written = Durations(text_for(lang))
        assert [written(v) for v in series] == expected


def test_dates_months_quarters() -> None:
    day = date(2021, 1, 1)
    assert format_date(day, "ko") == "2021년 1월 1일"
    assert format_date(day) == "1 Jan 2021"
    assert format_month(date(2019, 12, 1), "ko") == "2019년 12월"
    assert format_quarter(date(2021, 2, 1), "ko", with_year=False) == "1분기"
    assert format_quarter(date(2021, 11, 1), "ko") == "2021년 4분기"
    assert format_quarter(date(2021, 11, 1)) == "2021 Q4"
    assert format_period(date(2020, 3, 1), "month", "ko") == "2020년 3월"
    assert format_period(date(2020, 3, 2), "week", "ko") == "2020년 3월 2일"
    assert format_date_range(day, date(2021, 12, 31), "ko") == "2021년 1월 1일 ~ 2021년 12월 31일"


def test_counts_and_changes() -> None:
    assert format_incidents(3, "ko") == "장애 3건"
    assert format_incidents(1_250, "ko") == "장애 1,250건"
    assert format_incidents(1) == "1 incident"
    assert format_incidents(2) == "2 incidents"
    assert format_change(99.96, 99.80, "pp", "ko") == "+0.16 %p"
    assert format_change(42, 102, "min", "ko") == "−1시간"
    assert format_change(5, 5, "", "ko") == NO_CHANGE["ko"]


def test_korean_keeps_the_decimal_point() -> None:
    assert format_pct(99.956) == "99.96 %"  # the same function in every language


def _span(tz: str, first: str, last: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    return pd.Timestamp(first, tz=tz), pd.Timestamp(last, tz=tz)


def test_zones() -> None:
    assert format_zone("Asia/Seoul", *_span("Asia/Seoul", "2021-01-01", "2021-12-31"), "ko") == (
        "KST (UTC+9)"
    )
    assert format_zone("Asia/Seoul", *_span("Asia/Seoul", "2021-01-01", "2021-12-31")) == (
        "Asia/Seoul (UTC+09:00)"
    )
    assert format_zone(
        "Asia/Kolkata", *_span("Asia/Kolkata", "2021-01-01", "2021-01-02"), "ko"
    ) == ("IST (UTC+5:30)")
    assert format_zone("UTC", *_span("UTC", "2021-01-01", "2021-01-02"), "ko") == "UTC"
    # the offset changes inside the span: only the name
    berlin = _span("Europe/Berlin", "2021-01-01", "2021-07-01")
    assert format_zone("Europe/Berlin", *berlin, "ko") == "Europe/Berlin"


@pytest.mark.parametrize(
    ("locale_name", "language"),
    [("ko_KR.UTF-8", "ko"), ("ko-KR", "ko"), ("Korean_Korea.949", "ko"), ("en_US.UTF-8", "en")],
)
def test_language_of_a_locale(locale_name: str, language: str) -> None:
    assert language_of(locale_name) == language


def test_system_language_reads_the_posix_variables_in_order() -> None:
    assert system_language({"LANG": "ko_KR.UTF-8"}) == "ko"
    assert system_language({"LC_ALL": "en_GB.UTF-8", "LANG": "ko_KR.UTF-8"}) == "en"
    assert system_language({"LC_ALL": "C", "LANG": "ko_KR.UTF-8"}) == "ko"
    assert system_language({}) == "en"


@pytest.mark.parametrize(
    ("word", "particle"),
    [
        ("결제 전면 장애", "로"),
        ("카카오톡", "으로"),
        ("서버 '정지'", "로"),
        ("'긴급 점검'", "으로"),
        ("v3", "으로"),
        ("v2", "로"),
        ("Kafka", "(으)로"),
    ],
)
def test_particle_ro_follows_the_last_sound(word: str, particle: str) -> None:
    assert particle_ro(word) == particle
