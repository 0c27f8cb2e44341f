"""Vectorised per-group quantiles (linear interpolation, as ``numpy.quantile``)."""

from __future__ import annotations

import numpy as np


def sorted_by_group(groups: np.ndarray, values_order: np.ndarray) -> np.ndarray:
    """Indices ordering by group, then value; ``values_order`` sorts by value alone."""
    group_codes = groups[values_order]
    if len(groups) and groups.max() <= np.iinfo(np.uint16).max:
        group_codes = group_codes.astype(np.uint16)  # radix sort
    return values_order[np.argsort(group_codes, kind="stable")]


def grouped_order(
    values: np.ndarray,
    groups: np.ndarray,
    values_order: np.ndarray | None,
    by_group: np.ndarray | None,
) -> np.ndarray:
    """``by_group`` when given, else the order by group, then value."""
    if by_group is not None:
        return by_group
    if values_order is None:
        values_order = np.argsort(values, kind="stable")
    return sorted_by_group(groups, values_order)


def grouped_quantiles(
    values: np.ndarray,
    groups: np.ndarray,
    n_groups: int,
    quantiles: tuple[float, ...],
    values_order: np.ndarray | None = None,
    by_group: np.ndarray | None = None,
) -> list[np.ndarray]:
    """For each quantile, an array of ``n_groups`` results (NaN for an empty group).

    ``values_order`` (``argsort(values)``) may be passed to share one sort between groupings,
    ``by_group`` (``sorted_by_group``) to share the grouped order with the median intervals.
    """
    ordered = values[grouped_order(values, groups, values_order, by_group)]
    counts = np.bincount(groups, minlength=n_groups)
    first = np.cumsum(counts) - counts
    empty = counts == 0
    results = []
    for q in quantiles:
        position = q * np.maximum(counts - 1, 0)
        low = np.floor(position).astype(np.int64)
        high = np.ceil(position).astype(np.int64)
        if len(ordered) == 0:
            results.append(np.full(n_groups, np.nan))
            continue
        at_low = ordered[np.minimum(first + low, len(ordered) - 1)]
        at_high = ordered[np.minimum(first + high, len(ordered) - 1)]
        result = at_low + (at_high - at_low) * (position - low)
        results.append(np.where(empty, np.nan, result))
    return results
