"""Sweep over incident intervals: weighted downtime, maintenance and incident time per cell.

A cell is one (service, period). Intervals are given as nanosecond ``[start, end)`` pairs
already clipped to the window, each with a service code and a level: 0 full outage,
1 partial outage, 2 degraded, 3 maintenance.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FULL, PARTIAL, DEGRADED, MAINTENANCE = 0, 1, 2, 3
INCIDENT_LEVELS = (FULL, PARTIAL, DEGRADED)


@dataclass(frozen=True)
class SweepTotals:
    """Nanoseconds per cell, arrays of shape (services, periods)."""

    downtime: np.ndarray
    maintenance: np.ndarray
    incident_time: np.ndarray


@dataclass(frozen=True)
class _Events:
    """Events sorted by service, then time (in ``unit`` nanoseconds from the window start)."""

    time: np.ndarray
    service: np.ndarray
    level: np.ndarray
    delta: np.ndarray
    unit: int


_CODE_BITS = 4
_END_CODE = 4  # codes 0-3: a level starts; 4-7: it ends; 8: a period edge
_EDGE_CODE = 8


def _time_unit(span_ns: int, n_services: int) -> int:
    """The finest power-of-ten resolution at which (service, time, code) fits one int64."""
    unit = 1
    while n_services * (span_ns // unit + 1) >= 2 ** (62 - _CODE_BITS):
        unit *= 10
    return unit


def _sorted_events(
    service: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    level: np.ndarray,
    n_services: int,
    edges: np.ndarray,
) -> _Events:
    """+1 at each start, -1 at each end, 0 at each inner period edge of every service.

    Sorted by service, then time: cumulative sums then count the active intervals of one
    service, and every service returns to zero before the next one begins. Each event is
    packed into one int64 key (sorting keys is much faster than an argsort).
    """
    origin, span = int(edges[0]), int(edges[-1] - edges[0])
    unit = _time_unit(span, n_services)
    slots = span // unit + 1
    inner = (edges[1:-1] - origin) // unit
    base = service.astype(np.int64) * slots
    edge_base = np.repeat(np.arange(n_services, dtype=np.int64) * slots, len(inner))
    level = level.astype(np.int64)
    keys = np.concatenate(
        (
            ((base + (start - origin) // unit) << _CODE_BITS) | level,
            ((base + (end - origin) // unit) << _CODE_BITS) | (level + _END_CODE),
            ((edge_base + np.tile(inner, n_services)) << _CODE_BITS) | _EDGE_CODE,
        )
    )
    keys.sort()
    code = keys & (2**_CODE_BITS - 1)
    slot = keys >> _CODE_BITS
    delta = np.where(code < _END_CODE, 1, np.where(code < _EDGE_CODE, -1, 0)).astype(np.int32)
    # delta 0 marks exactly the period edges
    return _Events(slot % slots, slot // slots, code & 3, delta, unit)


def _active(events: _Events, level: int) -> np.ndarray:
    """Whether an interval of ``level`` is active just after each event."""
    return np.cumsum(np.where(events.level == level, events.delta, 0)) > 0


def sweep(
    service: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    level: np.ndarray,
    edges: np.ndarray,
    n_services: int,
    weights: tuple[float, float, float],
) -> SweepTotals:
    """Per-cell weighted downtime (highest active weight), maintenance and incident-time union.

    Time under maintenance counts as maintenance only; ``weights`` are the weights of
    full outage, partial outage and degraded.
    """
    events = _sorted_events(service, start, end, level, n_services, edges)
    length = np.zeros(len(events.time), dtype=np.float64)
    same = events.service[1:] == events.service[:-1]
    length[:-1] = np.where(same, np.diff(events.time) * events.unit, 0)

    maintenance = _active(events, MAINTENANCE)
    weight = np.zeros(len(events.time), dtype=np.float64)
    incident = np.zeros(len(events.time), dtype=bool)
    for lvl in INCIDENT_LEVELS:
        active = _active(events, lvl)
        incident |= active
        weight = np.maximum(weight, np.where(active, weights[lvl], 0.0))
    outside = ~maintenance

    n_periods = len(edges) - 1
    # every service has one edge event per inner edge: edges seen so far give the period
    edges_seen = np.cumsum(events.delta == 0) - events.service * (n_periods - 1)
    cell = events.service * n_periods + edges_seen
    size = n_services * n_periods

    def total(values: np.ndarray) -> np.ndarray:
        return np.bincount(cell, weights=values, minlength=size).reshape(n_services, n_periods)

    return SweepTotals(
        downtime=total(length * weight * outside),
        maintenance=total(length * maintenance),
        incident_time=total(length * (incident & outside)),
    )
