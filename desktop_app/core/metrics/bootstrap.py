"""A seeded 90 % percentile-bootstrap interval of the median repair time, per group.

Mean and even median MTTR move a lot by chance at the incident counts teams see in a month
(Davidovic, "Incident Metrics in SRE", 2021), so a median is shown with the range the median
of a resample (same size, drawn with replacement) falls in nine times out of ten.

Drawing ``n`` indices per resample costs ``n`` per resample. It is not needed: the indices
of a resample, sorted, are ``floor(n * U)`` for sorted uniforms ``U``, and the ``m``-th of ``n``
sorted uniforms follows Beta(m, n + 1 - m); the next one is that plus (1 - it) x Beta(1, n - m).
Sampling those two numbers gives exactly the resample median's distribution at a cost of two
draws per resample, whatever ``n``. Draws depend only on the seed and ``n``, so the same
repair times get the same interval in any selection (a service alone, or among others).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from desktop_app.core.metrics.group_stats import grouped_order
from desktop_app.core.settings import DEFAULT_LIMITS, Limits

#: Groups handled at once, so memory stays near ``_BLOCK x resamples`` floats.
_BLOCK_VALUES = 2_000_000


@lru_cache(maxsize=256)
def resample_positions(n: int, limits: Limits = DEFAULT_LIMITS) -> tuple[np.ndarray, np.ndarray]:
    """For each resample of ``n`` sorted values, the 0-based positions of its two middle
    order statistics (equal when ``n`` is odd). Seeded by ``(seed, n)``; cached (read-only)
    since every recompute asks for the same few sizes."""
    rng = np.random.default_rng([limits.bootstrap_seed, n])
    m = (n + 1) // 2
    lower = rng.beta(m, n + 1 - m, size=limits.bootstrap_resamples)
    if n % 2:
        upper = lower
    else:
        upper = lower + (1.0 - lower) * rng.beta(1, n - m, size=limits.bootstrap_resamples)

    def position(u: np.ndarray) -> np.ndarray:
        positions: np.ndarray = np.minimum(np.floor(u * n).astype(np.int64), n - 1)
        positions.setflags(write=False)
        return positions

    return position(lower), position(upper)


def grouped_median_intervals(
    values: np.ndarray,
    groups: np.ndarray,
    n_groups: int,
    values_order: np.ndarray | None = None,
    limits: Limits = DEFAULT_LIMITS,
    by_group: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Low and high ends of the interval of each group's median (NaN for an empty group);
    ``values_order`` and ``by_group`` as in ``grouped_quantiles``."""
    ordered = values[grouped_order(values, groups, values_order, by_group)]
    counts = np.bincount(groups, minlength=n_groups)
    first = np.cumsum(counts) - counts
    low, high = np.full(n_groups, np.nan), np.full(n_groups, np.nan)
    tail = (1.0 - limits.bootstrap_confidence) / 2.0
    block = max(1, _BLOCK_VALUES // limits.bootstrap_resamples)
    single = counts == 1  # every resample of one value is that value
    low[single] = high[single] = ordered[first[single]]
    for n in np.unique(counts[counts > 1]):
        lower, upper = resample_positions(int(n), limits)
        members = np.flatnonzero(counts == n)
        for part in np.array_split(members, -(-len(members) // block)):
            base = first[part][:, np.newaxis]
            medians = (ordered[base + lower] + ordered[base + upper]) / 2.0
            ends = np.quantile(medians, (tail, 1.0 - tail), axis=1)
            low[part], high[part] = ends[0], ends[1]
    return low, high
