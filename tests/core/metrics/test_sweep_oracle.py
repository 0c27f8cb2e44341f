"""The sweep against the previous engine (issue 24): the same totals on random cases.

``_previous_cover`` is the engine as it was before the sweep's states were counted in int32
and its service seams looked up rather than divided out; it is kept here only as the oracle.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.metrics import intervals
from desktop_app.core.metrics.intervals import (
    INCIDENT_LEVELS,
    MAINTENANCE,
    NOTHING,
    Coverage,
    cover,
)

WINDOW_NS = (1_000, 1_000 + 10**12)


def _previous_states(level: np.ndarray, delta: np.ndarray, weights: tuple[float, ...]):
    state = np.full(len(level), NOTHING, dtype=np.int8)
    by_weight = sorted(INCIDENT_LEVELS, key=lambda lvl: weights[lvl])
    for lvl in [*by_weight, MAINTENANCE]:
        active = np.cumsum(np.where(level == lvl, delta, 0)) > 0
        state[active] = lvl
    return state


def _previous_cover(service, start, end, level, window_ns, n_services, weights) -> Coverage:
    origin, span = window_ns[0], window_ns[1] - window_ns[0]
    unit = intervals._time_unit(span, n_services)
    slots = span // unit + 1
    base = service.astype(np.int64) * slots
    level = level.astype(np.int64)
    keys = intervals._sorted_keys(
        ((base + (start - origin) // unit) << 3) | level,
        ((base + (end - origin) // unit) << 3) | (level + 4),
        service,
        by_start=not (np.diff(start) < 0).any(),
    )
    code = keys & 7
    key = keys >> 3
    state = _previous_states(code & 3, np.where(code < 4, 1, -1), weights)
    held = np.zeros(len(key), dtype=np.int64)
    held[:-1] = np.diff(key)
    held[:-1][key[1:] // slots != key[:-1] // slots] = 0
    elapsed = np.zeros((MAINTENANCE + 1, len(key)), dtype=np.int64)
    for s in range(MAINTENANCE + 1):
        np.cumsum(np.where(state == s, held, 0)[:-1], out=elapsed[s, 1:])
    return Coverage(key, state, elapsed, origin, unit, slots, n_services, weights)


def _case(draw_intervals, n_services: int, rng: np.random.Generator, sort: bool):
    lo, hi = WINDOW_NS
    starts = rng.integers(lo, hi, draw_intervals)
    ends = np.minimum(starts + rng.integers(1, (hi - lo) // 3, draw_intervals), hi)
    if sort:
        order = np.argsort(starts, kind="stable")
        starts, ends = starts[order], ends[order]
    service = rng.integers(0, n_services, draw_intervals)
    level = rng.integers(0, MAINTENANCE + 1, draw_intervals)
    return service, starts, ends, level


@settings(max_examples=150, deadline=None)
@given(
    st.integers(0, 60),
    st.integers(1, 6),
    st.integers(0, 2**32 - 1),
    st.booleans(),
    st.sampled_from([(1.0, 0.5, 0.25), (1.0, 0.3, 0.1), (0.2, 1.0, 0.6), (1.0, 1.0, 1.0)]),
    st.lists(st.integers(WINDOW_NS[0] + 1, WINDOW_NS[1] - 1), max_size=8),
)
def test_the_sweep_gives_the_previous_engine_s_totals(count, n_services, seed, sort, weights, cuts):
    rng = np.random.default_rng(seed)
    service, start, end, level = _case(count, n_services, rng, sort)
    edges = np.unique(np.array([*WINDOW_NS, *cuts], dtype=np.int64))
    args = (service, start, end, level, WINDOW_NS, n_services, weights)
    new, old = cover(*args), _previous_cover(*args)
    assert np.array_equal(new.state, old.state)
    assert np.array_equal(new.elapsed, old.elapsed)
    new_totals, old_totals = new.totals(edges), old.totals(edges)
    for name in ("downtime", "maintenance", "incident_time"):
        assert np.array_equal(getattr(new_totals, name), getattr(old_totals, name))


def test_a_hand_worked_case() -> None:
    """Service 0: full outage [100, 400), degraded [200, 700), maintenance [600, 800);
    service 1: partial [0, 50). Weights 1, 0.5, 0.25; periods [0, 500) and [500, 1000)."""
    service = np.array([0, 1, 0, 0])
    start = np.array([100, 0, 200, 600])
    end = np.array([400, 50, 700, 800])
    level = np.array([0, 1, 2, 3])
    totals = cover(service, start, end, level, (0, 1000), 2, (1.0, 0.5, 0.25)).totals(
        np.array([0, 500, 1000])
    )
    # service 0, first period: full 300 + degraded [400, 500) 100 x 0.25; second: degraded
    # [500, 600) 100 x 0.25, then maintenance [600, 800) 200 (degraded under it not counted)
    assert totals.downtime.tolist() == [[325.0, 25.0], [25.0, 0.0]]
    assert totals.maintenance.tolist() == [[0.0, 200.0], [0.0, 0.0]]
    assert totals.incident_time.tolist() == [[400.0, 100.0], [50.0, 0.0]]
