"""Timestamp formats, day-first decisions, time zones and the plausible range."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest

from desktop_app.core.reading.timestamps import parse_times


def parse(values: list[str | None], tz: str = "UTC", dayfirst: bool | None = None) -> list:
    return list(parse_times(pa.array(values, pa.string()), tz, dayfirst).values)


def utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-03-02T08:58:00+09:00", "2020-03-01 23:58"),
        ("2020-03-02T08:58:00Z", "2020-03-02 08:58"),
        ("2020-03-02 08:58:30", "2020-03-01 23:58:30"),
        ("2020-03-02 08:58", "2020-03-01 23:58"),
        ("2020-03-02T08:58:00.250-05:30", "2020-03-02 14:28:00.250"),
        ("2020-03-02 08:58:00 +0900", "2020-03-01 23:58"),
        ("02/Mar/20 8:58 AM", "2020-03-01 23:58"),
        ("02/Mar/20 12:30 PM", "2020-03-02 03:30"),
        ("02/Mar/20 12:05 AM", "2020-03-01 15:05"),
        ("2020. 3. 2. 오전 8:58", "2020-03-01 23:58"),
        ("2020. 3. 2. 오후 8:58", "2020-03-02 11:58"),
        ("1583107080", "2020-03-01 23:58"),
        ("1583107080500", "2020-03-01 23:58:00.500"),
        ("13/03/2020 10:00", "2020-03-13 01:00"),
        ("2020/03/02 08:58", "2020-03-01 23:58"),
    ],
)
def test_formats_in_seoul(text: str, expected: str) -> None:
    assert parse([text, "2020-03-02T00:00:00Z"], "Asia/Seoul")[0] == utc(expected)


def test_mixed_formats_and_offsets_in_one_column() -> None:
    values = ["2020-03-02T09:00:00+09:00", "2020-03-02T00:00:00Z", "2020-03-02 00:00", "1583107200"]
    assert parse(values) == [utc("2020-03-02 00:00")] * 4


def test_a_first_field_above_12_proves_day_first_for_the_column() -> None:
    assert parse(["02/03/2020", "13/03/2020"]) == [utc("2020-03-02"), utc("2020-03-13")]


def test_ambiguous_columns_follow_the_separator_or_the_option() -> None:
    assert parse(["02/03/2020"]) == [utc("2020-02-03")]
    assert parse(["02-03-2020"]) == [utc("2020-03-02")]
    assert parse(["02.03.2020 10:00"]) == [utc("2020-03-02 10:00")]
    assert parse(["02/03/2020"], dayfirst=True) == [utc("2020-03-02")]
    assert parse(["02-03-2020"], dayfirst=False) == [utc("2020-02-03")]


def test_naive_times_across_a_month_end_and_daylight_saving() -> None:
    assert parse(["2020-03-01 01:00"], "Asia/Seoul") == [utc("2020-02-29 16:00")]
    assert parse(["2020-07-01 12:00"], "Europe/Berlin") == [utc("2020-07-01 10:00")]
    assert parse(["2020-01-01 12:00"], "Europe/Berlin") == [utc("2020-01-01 11:00")]


def test_unreadable_empty_and_implausible_are_told_apart() -> None:
    values = [
        "2020-13-45",
        "2020-02-30",
        "nonsense",
        None,
        "  ",
        "1970-01-01T00:00:00Z",
        "2100-01-01T00:00:00Z",
        "2099-12-31T23:59:59Z",
    ]
    result = parse_times(pa.array(values, pa.string()), "UTC")
    assert result.unreadable.tolist() == [True, True, True, False, False, False, False, False]
    assert result.implausible.tolist() == [False] * 5 + [True, True, False]
    assert result.values.isna().tolist() == [True] * 7 + [False]
    assert str(result.values.dtype) == "datetime64[ns, UTC]"


def test_month_names_first_and_weekdays() -> None:
    """``Mar 3, 2024 10:15 AM`` (US exports) and RFC 2822 ``Mon, 04 Mar 2024 10:15:00 GMT``."""
    values = ["Mar 3, 2024 10:15 AM", "Mon, 04 Mar 2024 10:15:00 GMT", "Sep 10th, 2024 3:00 PM"]
    assert parse(values, "UTC") == [
        pd.Timestamp("2024-03-03 10:15", tz="UTC"),
        pd.Timestamp("2024-03-04 10:15", tz="UTC"),
        pd.Timestamp("2024-09-10 15:00", tz="UTC"),
    ]
