"""Dates, periods, durations and counts written in English and in Korean by the renderer of
each language (``text_for``)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.text import text_for
from desktop_app.text.korean import particle_ro
from desktop_app.text.language import language_of, system_language
from desktop_app.text.report import Durations

EN, KO = text_for("en"), text_for("ko")


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
    assert EN.minutes(minutes) == english
    assert KO.minutes(minutes) == korean


@given(st.lists(st.floats(min_value=0, max_value=1e6) | st.none(), max_size=30))
def test_a_column_is_written_as_each_value_alone(values: list[float | None]) -> None:
    series = pd.Series([float("nan") if v is None else v for v in values], dtype=float)
    for lang in ("en", "ko"):
        text = text_for(lang)
        expected = [text.minutes(v) if v is not None else "–" for v in values]
        written = Durations(text)
        assert [written(v) for v in series] == expected


def test_dates_months_quarters() -> None:
    day = date(2021, 1, 1)
    assert KO.date(day) == "2021년 1월 1일"
    assert EN.date(day) == "1 Jan 2021"
    assert KO.month(date(2019, 12, 1)) == "2019년 12월"
    assert KO.quarter(date(2021, 2, 1), with_year=False) == "1분기"
    assert KO.quarter(date(2021, 11, 1)) == "2021년 4분기"
    assert EN.quarter(date(2021, 11, 1)) == "2021 Q4"
    assert KO.period(date(2020, 3, 1), "month") == "2020년 3월"
    assert KO.period(date(2020, 3, 2), "week") == "2020년 3월 2일"
    assert KO.date_range(day, date(2021, 12, 31)) == "2021년 1월 1일 ~ 2021년 12월 31일"


def test_counts_and_changes() -> None:
    assert KO.incidents(3) == "장애 3건"
    assert KO.incidents(1_250) == "장애 1,250건"
    assert EN.incidents(1) == "1 incident"
    assert EN.incidents(2) == "2 incidents"
    assert KO.change(99.96 - 99.80, "pp") == "+0.16 %p"
    assert KO.change(42 - 102, "min") == "−1시간"
    assert KO.change(5 - 5) == KO.no_change() == "변화 없음"


def test_korean_keeps_the_decimal_point() -> None:
    assert EN.pct(99.956) == KO.pct(99.956) == "99.96 %"


def _span(tz: str, first: str, last: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    return pd.Timestamp(first, tz=tz), pd.Timestamp(last, tz=tz)


def test_zones() -> None:
    assert KO.zone("Asia/Seoul", *_span("Asia/Seoul", "2021-01-01", "2021-12-31")) == (
        "KST (UTC+9)"
    )
    assert EN.zone("Asia/Seoul", *_span("Asia/Seoul", "2021-01-01", "2021-12-31")) == (
        "Asia/Seoul (UTC+09:00)"
    )
    assert KO.zone("Asia/Kolkata", *_span("Asia/Kolkata", "2021-01-01", "2021-01-02")) == (
        "IST (UTC+5:30)"
    )
    assert KO.zone("UTC", *_span("UTC", "2021-01-01", "2021-01-02")) == "UTC"
    # the offset changes inside the span: only the name
    berlin = _span("Europe/Berlin", "2021-01-01", "2021-07-01")
    assert KO.zone("Europe/Berlin", *berlin) == "Europe/Berlin"


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
