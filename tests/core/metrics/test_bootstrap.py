"""The median MTTR's seeded 90 % percentile-bootstrap interval, and how changes are judged."""

from __future__ import annotations

from math import comb

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.metrics.bootstrap import grouped_median_intervals
from desktop_app.core.metrics.figures import Figures
from desktop_app.core.metrics.kpis import MttrVerdict, build_kpis, mttr_kpi, mttr_trend
from desktop_app.text import text_for
from desktop_app.text.kpis import tile

TOO_FEW = "too few incidents to judge a trend"


def interval(values: list[float]) -> tuple[float, float]:
    low, high = grouped_median_intervals(
        np.array(values, dtype=float), np.zeros(len(values), dtype=np.int64), 1
    )
    return float(low[0]), float(high[0])


def test_seven_repair_times_by_hand():
    """Seven repair times 10, 20, ..., 70 min. A resample of 7 has its median at or below the
    k-th value when at least 4 of its 7 draws are among the k smallest:
    F(k) = P(Binomial(7, k/7) >= 4). F(1) = 0.010 and F(2) = 0.108, so 5 % of resample medians
    fall at 20 min; F(5) = 0.892 and F(6) = 0.990, so 95 % fall at or below 60 min."""

    def f(k: int) -> float:
        p = k / 7
        return sum(comb(7, j) * p**j * (1 - p) ** (7 - j) for j in range(4, 8))

    assert f(1) < 0.05 < f(2) and f(5) < 0.95 < f(6)
    assert interval([40, 10, 70, 30, 60, 20, 50]) == (20.0, 60.0)


def test_it_matches_resampling_the_incidents_directly():
    """The exact shortcut (two beta draws per resample) against plain resampling."""
    rng = np.random.default_rng(7)
    for n in (6, 13, 40):
        values = rng.lognormal(3.5, 1.0, size=n)
        medians = np.median(values[rng.integers(0, n, size=(200_000, n))], axis=1)
        expected = np.quantile(medians, (0.05, 0.95))
        low, high = interval(values.tolist())
        spread = values.max() - values.min()
        assert low == pytest.approx(expected[0], abs=0.03 * spread)
        assert high == pytest.approx(expected[1], abs=0.03 * spread)


def test_the_same_incidents_give_the_same_interval_in_any_company():
    """Seeded by the sample size: a service's interval does not depend on the others."""
    alone = interval([5, 9, 12, 30, 31, 47])
    values = np.array([5, 9, 12, 30, 31, 47, 1, 2, 3, 100], dtype=float)
    groups = np.array([1, 1, 1, 1, 1, 1, 0, 0, 0, 2])
    low, high = grouped_median_intervals(values, groups, 4)
    assert (low[1], high[1]) == alone == interval([47, 31, 30, 12, 9, 5])
    assert np.isnan(low[3]) and np.isnan(high[3])
    assert (low[2], high[2]) == (100.0, 100.0)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0, 1e5, allow_nan=False), min_size=1, max_size=60))
def test_the_interval_holds_the_median_and_stays_within_the_data(values: list[float]):
    low, high = interval(values)
    median = float(np.median(values))
    assert min(values) <= low <= median + 1e-9
    assert median - 1e-9 <= high <= max(values)


def figures(n: int, median: float, low: float, high: float) -> Figures:
    return Figures(
        availability_pct=99.9,
        downtime_minutes=60.0,
        maintenance_minutes=0.0,
        uptime_minutes=1000.0,
        incidents=n,
        open_incidents=0,
        mttr_minutes=median,
        mttr_median_minutes=median,
        mttr_p90_minutes=high,
        mtta_minutes=None,
        mtbf_hours=10.0,
        mttr_n=n,
        mttr_median_low_minutes=low,
        mttr_median_high_minutes=high,
    )


def mttr_change(current: Figures, before: Figures) -> tuple[str | None, bool | None, bool]:
    """The MTTR tile's change as shown, whether it is better, whether it is a difference."""
    shown = tile(text_for("en"), mttr_kpi(current, before))
    return shown.change, shown.improved, shown.versus


def test_a_change_is_judged_only_when_the_intervals_do_not_overlap():
    before = figures(6, 60.0, 40.0, 80.0)
    trend, change = mttr_trend(figures(8, 45.0, 30.0, 50.0), before)
    assert trend is not None and trend.verdict is MttrVerdict.NO_CLEAR_CHANGE
    assert (trend.n, trend.previous_n, trend.interval) == (8, 6, (30.0, 50.0))
    assert change is None
    assert mttr_change(figures(8, 45.0, 30.0, 50.0), before) == (
        "no clear change (n = 8 vs 6)",
        None,
        False,
    )
    trend, change = mttr_trend(figures(8, 30.0, 20.0, 39.0), before)
    assert trend is not None and trend.verdict is MttrVerdict.BETTER
    assert change is not None and (change.delta, change.improved) == (-30.0, True)
    assert mttr_change(figures(8, 30.0, 20.0, 39.0), before) == ("−30 min", True, True)
    assert mttr_trend(figures(8, 95.0, 81.0, 120.0), before)[0].verdict is MttrVerdict.WORSE
    assert mttr_change(figures(8, 95.0, 81.0, 120.0), before) == ("+35 min", False, True)


def test_below_five_incidents_no_trend_is_judged():
    before = figures(6, 60.0, 40.0, 80.0)
    trend, _ = mttr_trend(figures(4, 10.0, 5.0, 12.0), before)
    assert trend is not None and trend.verdict is MttrVerdict.TOO_FEW
    change, improved, versus = mttr_change(figures(4, 10.0, 5.0, 12.0), before)
    assert change == f"{TOO_FEW} (n = 4 vs 6)"
    assert (improved, versus) == (None, False)
    kpi = {k.key: k for k in build_kpis(figures(4, 10.0, 5.0, 12.0), before, 99.9)}["mttr"]
    mttr = tile(text_for("en"), kpi)
    assert mttr.detail.startswith("n = 4 · ")
    # The change line says it is too few; the note (tooltip, PDF tile) does not say it again.
    assert mttr.note == "90 % interval 5 min – 12 min"
    assert mttr.change_text == f"{TOO_FEW} (n = 4 vs 6)"
    shown = " ".join([mttr.label, mttr.value, mttr.detail, mttr.change_text, mttr.note])
    assert shown.count(TOO_FEW) == 1


def test_too_few_without_a_previous_period_is_said_in_the_note():
    """No previous period, so no change line: the note alone says n = 4 is too few."""
    mttr = tile(text_for("en"), mttr_kpi(figures(4, 10.0, 5.0, 12.0), None))
    assert mttr.change_text is None
    assert mttr.note == f"90 % interval 5 min – 12 min; {TOO_FEW}"


def test_the_verdicts_in_korean():
    before = figures(6, 60.0, 40.0, 80.0)
    korean = text_for("ko")
    few = tile(korean, mttr_kpi(figures(4, 10.0, 5.0, 12.0), before))
    assert few.change_text == "추세를 판단하기에 장애가 너무 적음 (n = 4 대 6)"
    assert few.note == "90 % 구간 5분 – 12분"  # the change line says it, once
    unclear = tile(korean, mttr_kpi(figures(8, 45.0, 30.0, 50.0), before))
    assert unclear.change_text == "뚜렷한 변화 없음 (n = 8 대 6)"
    better = tile(korean, mttr_kpi(figures(8, 30.0, 20.0, 39.0), before))
    assert (better.change_text, better.improved) == ("−30분 (직전 기간 대비)", True)
