"""Invariants of coverage on generated incident tables and spans (issue 22).

Coverage changes only which figures exist: a covered (service, period) has the figure it had
without coverage, an uncovered one has none, and the averages are over the covered ones."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st
from test_metrics_properties import OPTIONS, ORIGIN, PROPERTY, WINDOW, _table, rows_strategy

from desktop_app.core.metrics.compute import compute_metrics
from desktop_app.core.metrics.known_spans import KnownSpans, SourceSpan

SERVICES = ["a", "b", "c"]

spans_strategy = st.lists(
    st.tuples(
        st.lists(st.sampled_from(SERVICES), min_size=1, max_size=3, unique=True),
        st.integers(-2 * 1440, 6 * 1440),
        st.integers(0, 3 * 1440),
    ),
    max_size=4,
)


def _spans(spans: list[tuple[list[str], int, int]]) -> KnownSpans:
    def at(minute: int) -> pd.Timestamp:
        return (ORIGIN + pd.Timedelta(minutes=minute)).tz_convert("UTC")

    return KnownSpans(
        tuple(
            SourceSpan(f"f{i}.csv", at(start), at(start + length), tuple(services))
            for i, (services, start, length) in enumerate(spans)
        )
    )


@PROPERTY
@given(rows_strategy)
def test_spans_covering_the_window_change_nothing(rows):
    everywhere = _spans([(SERVICES, -3 * 1440, 10 * 1440)])
    plain = compute_metrics(_table(rows), WINDOW, OPTIONS, SERVICES)
    covered = compute_metrics(_table(rows), WINDOW, OPTIONS, SERVICES, everywhere)
    pd.testing.assert_frame_equal(plain.service_periods, covered.service_periods)
    pd.testing.assert_frame_equal(plain.periods, covered.periods)
    assert plain.overall == covered.overall


@PROPERTY
@given(rows_strategy, spans_strategy)
def test_a_covered_cell_keeps_its_figure_and_averages_are_over_covered_ones(rows, spans):
    plain = compute_metrics(_table(rows), WINDOW, OPTIONS, SERVICES)
    covered = compute_metrics(_table(rows), WINDOW, OPTIONS, SERVICES, _spans(spans))
    before = plain.service_periods["availability_pct"].to_numpy()
    after = covered.service_periods["availability_pct"].to_numpy()
    known = ~np.isnan(after)
    np.testing.assert_allclose(after[known], before[known])
    grid = after.reshape(len(covered.periods), len(SERVICES))
    for period, row in zip(covered.periods["availability_pct"], grid, strict=True):
        if np.isnan(row).all():
            assert np.isnan(period)
        else:
            assert abs(period - np.nanmean(row)) < 1e-9
    services = covered.services["availability_pct"].to_numpy()
    if np.isnan(services).all():
        assert np.isnan(covered.overall.availability_pct)
    else:
        assert abs(covered.overall.availability_pct - np.nanmean(services)) < 1e-9
    # A service covered anywhere in the window counts over the whole window.
    whole = plain.services["availability_pct"].to_numpy()
    np.testing.assert_allclose(services[~np.isnan(services)], whole[~np.isnan(services)])
