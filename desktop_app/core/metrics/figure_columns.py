"""From per-scope totals to the ``FIGURE_COLUMNS`` of a result table."""

from __future__ import annotations

import numpy as np

from desktop_app.core.model import SEVERITIES

NS_PER_MINUTE = 60e9


def availability_pct(
    length: np.ndarray, maintenance: np.ndarray, downtime: np.ndarray
) -> np.ndarray:
    """100 x (1 - downtime / (length - maintenance)); 100 where nothing is left to measure."""
    measured = length - maintenance
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = 100.0 * (1.0 - downtime / measured)
    return np.clip(np.where(measured > 0, pct, 100.0), 0.0, 100.0)


def mean_over_services(availability: np.ndarray) -> np.ndarray:
    """Mean along the service axis (0) of the known (not NaN) figures; 100 when there is no
    service, NaN where no service's figure is known."""
    if availability.shape[0] == 0:
        return np.full(availability.shape[1:], 100.0)
    known = ~np.isnan(availability)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean: np.ndarray = np.where(known, availability, 0.0).sum(axis=0) / known.sum(axis=0)
    return mean


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denominator > 0, numerator / denominator, np.nan)


def figure_columns(
    totals: dict[str, np.ndarray],
    availability: np.ndarray,
    median: np.ndarray,
    p90: np.ndarray,
) -> dict[str, np.ndarray]:
    """Every figure column, elementwise over the scope's shape."""
    uptime = np.maximum(totals["length"] - totals["maintenance"] - totals["incident_time"], 0.0)
    uptime_minutes = uptime / NS_PER_MINUTE
    columns: dict[str, np.ndarray] = {
        "availability_pct": availability,
        "downtime_minutes": totals["downtime"] / NS_PER_MINUTE,
        "maintenance_minutes": totals["maintenance"] / NS_PER_MINUTE,
        "uptime_minutes": uptime_minutes,
        "incidents": totals["incidents"].astype(np.int64),
        "open_incidents": totals["open"].astype(np.int64),
        "mttr_minutes": _ratio(totals["repair_sum"], totals["repair_count"]),
        "mttr_median_minutes": median,
        "mttr_p90_minutes": p90,
        "mttr_n": totals["repair_count"].astype(np.int64),
        "mtta_minutes": _ratio(totals["ack_sum"], totals["ack_count"]),
        "mtbf_hours": _ratio(uptime_minutes / 60.0, totals["incidents"]),
    }
    for index, severity in enumerate(SEVERITIES):
        columns[severity] = totals["severity"][..., index].astype(np.int64)
    return columns
