"""Invariants of the metrics on generated incident tables (issue 7)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from metric_tables import make_incidents

from desktop_app.core.metrics.compute import compute_metrics, measure, sweep_window
from desktop_app.core.metrics.figures import MetricOptions
from desktop_app.core.model import IMPACTS
from desktop_app.core.window import Window

ORIGIN = pd.Timestamp("2024-03-30", tz="Europe/Berlin")  # DST change on 31 March
WINDOW = Window(ORIGIN, ORIGIN + pd.Timedelta(days=4), "Europe/Berlin")
OPTIONS = MetricOptions(partial_weight=0.3, degraded_weight=0.1, granularity="day")

Row = tuple[str, str, int, int | None]  # service, impact, start minute, duration (None: open)

rows_strategy = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c"]),
        st.sampled_from(IMPACTS),
        st.integers(-2 * 1440, 6 * 1440),
        st.one_of(st.none(), st.integers(0, 3 * 1440)),
    ),
    max_size=25,
)
PROPERTY = settings(max_examples=100, deadline=None)


def _table(rows: list[Row]) -> pd.DataFrame:
    def at(minute: int) -> pd.Timestamp:
        return ORIGIN + pd.Timedelta(minutes=minute)

    return make_incidents(
        [
            (svc, impact, "major", at(m), None if d is None else at(m + d))
            for svc, impact, m, d in rows
        ]
    )


def _metrics(rows: list[Row], window: Window = WINDOW):
    return compute_metrics(_table(rows), window, OPTIONS, services=["a", "b", "c"])


@PROPERTY
@given(rows_strategy)
def test_availability_is_a_percentage_and_downtime_fits_the_window(rows):
    result = _metrics(rows)
    for table in (result.services, result.periods, result.service_periods):
        assert table["availability_pct"].between(0, 100).all()
    services = result.services
    measured = WINDOW.minutes - services["maintenance_minutes"]
    assert (services["downtime_minutes"] <= measured + 1e-6).all()
    assert 0 <= result.overall.availability_pct <= 100


incident_strategy = st.tuples(
    st.sampled_from(["a", "b", "c"]),
    st.sampled_from([i for i in IMPACTS if i != "maintenance"]),
    st.integers(-2 * 1440, 6 * 1440),
    st.one_of(st.none(), st.integers(0, 3 * 1440)),
)


@PROPERTY
@given(rows_strategy, incident_strategy)
def test_adding_an_incident_never_raises_availability(rows, extra):
    before, after = _metrics(rows), _metrics([*rows, extra])
    assert after.overall.availability_pct <= before.overall.availability_pct + 1e-9
    assert (after.services["availability_pct"] <= before.services["availability_pct"] + 1e-9).all()


@PROPERTY
@given(rows_strategy, st.randoms(use_true_random=False))
def test_row_order_does_not_matter(rows, rng):
    shuffled = list(rows)
    rng.shuffle(shuffled)
    a, b = _metrics(rows), _metrics(shuffled)
    pd.testing.assert_frame_equal(a.services, b.services)
    pd.testing.assert_frame_equal(a.service_periods, b.service_periods)
    assert a.overall.by_severity == b.overall.by_severity


@PROPERTY
@given(rows_strategy.filter(bool), st.data())
def test_splitting_an_incident_in_two_adjacent_ones_keeps_downtime(rows, data):
    service, impact, start, duration = rows[0]
    end_cut = duration if duration is not None else 8 * 1440
    cut = data.draw(st.integers(0, end_cut))
    second = None if duration is None else duration - cut
    split = [(service, impact, start, cut), (service, impact, start + cut, second), *rows[1:]]
    whole, parts = _metrics(rows).services, _metrics(split).services
    for column in ("downtime_minutes", "maintenance_minutes", "uptime_minutes"):
        assert list(parts[column]) == pytest.approx(list(whole[column]), abs=1e-6)


@PROPERTY
@given(rows_strategy, st.integers(1, 4 * 1440 - 1))
def test_a_window_split_in_two_gives_the_same_total_downtime(rows, cut_minutes):
    cut = ORIGIN + pd.Timedelta(minutes=cut_minutes)
    first = Window(WINDOW.start, cut, WINDOW.tz)
    second = Window(cut, WINDOW.end, WINDOW.tz)
    whole = _metrics(rows).services
    halves = [_metrics(rows, w).services for w in (first, second)]
    for column in ("downtime_minutes", "maintenance_minutes", "uptime_minutes"):
        summed = halves[0][column] + halves[1][column]
        assert list(summed) == pytest.approx(list(whole[column]), abs=1e-6)


@PROPERTY
@given(rows_strategy, st.randoms(use_true_random=False))
def test_incidents_in_start_order_give_the_figures_of_any_order(rows, rng):
    """Incidents that come by start (as the library stores them) take the sweep's merge-sort
    path, any other order its quicksort: the figures are the same."""
    by_start = sorted(rows, key=lambda row: row[2])
    shuffled = list(rows)
    rng.shuffle(shuffled)
    a, b = _metrics(by_start), _metrics(shuffled)
    pd.testing.assert_frame_equal(a.service_periods, b.service_periods, check_exact=False)


@PROPERTY
@given(rows_strategy)
def test_one_sweep_adds_up_the_same_on_any_periods(rows):
    """The calendar's days and the analysis' months come from one sweep: per service, the
    days add up to the months (DST day of 23 hours included)."""
    swept = sweep_window(_table(rows), WINDOW, OPTIONS, ["a", "b", "c"])
    days = measure(swept, "day").service_periods.groupby("service")
    months = measure(swept, "month").service_periods.groupby("service")
    for column in ("downtime_minutes", "maintenance_minutes", "uptime_minutes", "incidents"):
        assert list(days[column].sum()) == pytest.approx(list(months[column].sum()), abs=1e-6)
