"""How long resolved incidents took: the MTTR distribution, on log-spaced bins.

Repair times are skewed: most incidents end in minutes, a few last days. A histogram on a
log time axis shows one long incident as the outlier it is, next to the median and the p90
that the KPI tiles quote (the same incidents, the same quantile rule).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_app.core.metrics.counting import counted, counting_columns
from desktop_app.core.window import Window

#: Bin edges run through 1-2-5 steps of each decade of minutes (1, 2, 5, 10, 20, 50 ...).
STEPS: tuple[float, ...] = (1.0, 2.0, 5.0)
SHORTEST_MINUTES = 1.0 / 60.0
"""Durations below one second (and zero) are drawn in the first bin, from one second."""

#: Time ticks a manager reads at a glance, in minutes: 1 s, 10 s, 1, 5 and 15 min, 1 and
#: 4 h, 1 d, 1 week, 30 d (the text package names them).
TIME_TICKS: tuple[float, ...] = (
    1 / 60,
    10 / 60,
    1.0,
    5.0,
    15.0,
    60.0,
    240.0,
    1440.0,
    10_080.0,
    43_200.0,
)


@dataclass(frozen=True)
class RepairDistribution:
    """Resolved durations (minutes, sorted) of the incidents counted in a window.

    ``counts[i]`` incidents took from ``edges[i]`` (included) to ``edges[i + 1]`` minutes.
    ``median`` and ``p90`` are None when no counted incident was resolved.
    """

    minutes: np.ndarray
    median: float | None
    p90: float | None
    edges: np.ndarray
    counts: np.ndarray


def step_edges(low: float, high: float) -> np.ndarray:
    """1-2-5 edges from the step at or below ``low`` to the first step above ``high``."""
    decades = range(math.floor(math.log10(low)), math.floor(math.log10(high)) + 2)
    values = np.array([step * 10.0**d for d in decades for step in STEPS])
    first = int(np.searchsorted(values, low * (1 + 1e-12), side="right")) - 1
    last = int(np.searchsorted(values, high, side="right"))
    return values[first : last + 1]


def repair_minutes(incidents: pd.DataFrame, window: Window) -> np.ndarray:
    """Sorted repair times (minutes) of resolved, counted incidents starting in ``window``."""
    maintenance, start = counting_columns(incidents)
    resolved = incidents["resolved_at"].dt.tz_convert("UTC").dt.as_unit("ns")
    chosen = counted(maintenance, start, window.start.value, window.end.value)
    chosen &= resolved.notna().to_numpy() & (resolved.array.asi8 >= start)
    return np.sort((resolved.array.asi8[chosen] - start[chosen]) / 6e10)


def repair_distribution(incidents: pd.DataFrame, window: Window) -> RepairDistribution:
    """The durations, their median and p90 (as ``numpy.quantile``) and the histogram."""
    minutes = repair_minutes(incidents, window)
    if not len(minutes):
        empty = np.zeros(0)
        return RepairDistribution(minutes, None, None, empty, empty.astype(np.int64))
    drawn = np.maximum(minutes, SHORTEST_MINUTES)
    edges = step_edges(float(drawn[0]), float(drawn[-1]))
    counts, _ = np.histogram(drawn, bins=edges)
    median, p90 = np.quantile(minutes, [0.5, 0.9])
    return RepairDistribution(minutes, float(median), float(p90), edges, counts.astype(np.int64))
