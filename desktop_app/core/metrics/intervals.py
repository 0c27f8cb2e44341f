"""Incident intervals swept once per window, then totalled on any grid of periods.

``cover`` sorts the intervals' starts and ends and records, per service, what holds after each
event (the weightiest active incident level, maintenance, or nothing) and how long each state
has held so far. ``Coverage.totals`` then gives the weighted downtime, maintenance and
incident time of every (service, period) cell of any periods of that window by looking the
period edges up among the events: the analysis' periods and the calendar's days share one
sweep. Intervals are nanosecond ``[start, end)`` pairs already clipped to the window, each
with a service code and a level: 0 full outage, 1 partial outage, 2 degraded, 3 maintenance.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FULL, PARTIAL, DEGRADED, MAINTENANCE = 0, 1, 2, 3
INCIDENT_LEVELS = (FULL, PARTIAL, DEGRADED)
NOTHING = 4
"""The state between incidents (and after a service's last event)."""


@dataclass(frozen=True)
class SweepTotals:
    """Nanoseconds per cell, arrays of shape (services, periods)."""

    downtime: np.ndarray
    maintenance: np.ndarray
    incident_time: np.ndarray


_CODE_BITS = 3
_END_CODE = 4  # codes 0-3: a level starts; 4-7: it ends


def _time_unit(span_ns: int, n_services: int) -> int:
    """The finest power-of-ten resolution at which (service, time, code) fits one int64."""
    unit = 1
    while n_services * (span_ns // unit + 1) >= 2 ** (62 - _CODE_BITS):
        unit *= 10
    return unit


def _sorted_keys(
    starts: np.ndarray, ends: np.ndarray, service: np.ndarray, by_start: bool
) -> np.ndarray:
    """The start and end keys in one sorted array.

    Incidents usually come ordered by start (``by_start``; the library stores them so):
    ordered by service too (a radix sort), the start keys are then one sorted run and the end
    keys nearly one, which a merge sort joins several times faster than a quicksort."""
    if by_start and len(starts) > 1 and service.max() < 2**15:
        order = np.argsort(service.astype(np.int16), kind="stable")
        keys = np.concatenate((starts[order], ends[order]))
        keys.sort(kind="stable")
    else:
        keys = np.concatenate((starts, ends))
        keys.sort()
    return keys


def _states(level: np.ndarray, delta: np.ndarray, weights: tuple[float, ...]) -> np.ndarray:
    """What holds just after each event: maintenance over any incident, else the active
    incident level of the highest weight, else ``NOTHING``. (Active counts fit int32: there
    are fewer than 2**31 intervals.)"""
    state = np.full(len(level), NOTHING, dtype=np.int8)
    by_weight = sorted(INCIDENT_LEVELS, key=lambda lvl: weights[lvl])  # weightiest last
    for lvl in [*by_weight, MAINTENANCE]:
        active = np.cumsum(np.where(level == lvl, delta, 0), dtype=np.int32) > 0
        state[active] = lvl
    return state


def _held(key: np.ndarray, slots: int, n_services: int) -> np.ndarray:
    """How long each event's state holds: until the next event of the same service (a
    service's last event holds nothing; the seams found by looking the services up)."""
    held = np.zeros(len(key), dtype=np.int64)
    held[:-1] = np.diff(key)
    seams = np.searchsorted(key, np.arange(1, n_services, dtype=np.int64) * slots)
    held[seams[(seams > 0) & (seams < len(key))] - 1] = 0
    return held


@dataclass(frozen=True)
class Coverage:
    """The swept intervals of one window: event keys (service x ``slots`` + time in ``unit``
    nanoseconds from ``origin``), sorted; the state after each event; and ``elapsed[s, i]``,
    the time spent in state ``s`` (0-3) before event ``i``, running on across services (a
    service's last event leaves ``NOTHING``, so nothing runs across the seam)."""

    key: np.ndarray
    state: np.ndarray
    elapsed: np.ndarray
    origin: int
    unit: int
    slots: int
    n_services: int
    weights: tuple[float, float, float]

    def _elapsed_at(self, edges: np.ndarray) -> np.ndarray:
        """Time spent in each state up to each edge, shape (4, services, edges)."""
        shape = (MAINTENANCE + 1, self.n_services, len(edges))
        if not len(self.key):
            return np.zeros(shape, dtype=np.int64)
        times = (edges - self.origin) // self.unit
        query = (np.arange(self.n_services, dtype=np.int64)[:, np.newaxis] * self.slots) + times
        at = np.searchsorted(self.key, query.ravel(), side="right") - 1
        before = at < 0
        at = np.maximum(at, 0)
        since = query.ravel() - self.key[at]
        states = np.arange(MAINTENANCE + 1)[:, np.newaxis]
        spent = self.elapsed[:, at] + np.where(self.state[at] == states, since, 0)
        spent[:, before] = 0
        return spent.reshape(shape)

    def totals(self, edges: np.ndarray) -> SweepTotals:
        """Per-cell weighted downtime, maintenance and incident time for periods between
        ``edges`` (UTC nanoseconds; the first and last must be this window's)."""
        per_state = np.diff(self._elapsed_at(edges), axis=2) * self.unit
        incident = per_state[list(INCIDENT_LEVELS)]
        weights = np.asarray(self.weights, dtype=np.float64)[:, np.newaxis, np.newaxis]
        return SweepTotals(
            downtime=(incident * weights).sum(axis=0),
            maintenance=per_state[MAINTENANCE].astype(np.float64),
            incident_time=incident.sum(axis=0).astype(np.float64),
        )


def cover(
    service: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    level: np.ndarray,
    window_ns: tuple[int, int],
    n_services: int,
    weights: tuple[float, float, float],
) -> Coverage:
    """Sweep the intervals of a window (``window_ns``: its UTC nanosecond start and end).

    Time under maintenance counts as maintenance only; elsewhere the highest active weight
    counts (``weights``: full outage, partial outage, degraded), overlaps once.
    """
    origin, span = window_ns[0], window_ns[1] - window_ns[0]
    unit = _time_unit(span, n_services)
    slots = span // unit + 1
    base = service.astype(np.int64) * slots
    level = level.astype(np.int64)
    keys = _sorted_keys(
        ((base + (start - origin) // unit) << _CODE_BITS) | level,
        ((base + (end - origin) // unit) << _CODE_BITS) | (level + _END_CODE),
        service,
        by_start=not (np.diff(start) < 0).any(),
    )
    code = keys & (2**_CODE_BITS - 1)
    key = keys >> _CODE_BITS
    delta = np.where(code < _END_CODE, np.int8(1), np.int8(-1))
    state = _states(code & 3, delta, weights)
    held = _held(key, slots, n_services)
    elapsed = np.zeros((MAINTENANCE + 1, len(key)), dtype=np.int64)
    for s in range(MAINTENANCE + 1):
        np.cumsum(np.where(state == s, held, 0)[:-1], out=elapsed[s, 1:])
    return Coverage(key, state, elapsed, origin, unit, slots, n_services, weights)
