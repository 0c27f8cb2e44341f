"""Availability, downtime, MTTR, MTTA and MTBF per service, per period and overall.

Definitions are in ``docs/METHOD.md``. Everything is computed on a grid of cells, one per
(service, period): additive totals per cell are summed to services, periods and overall;
availability is averaged over services; quantiles are taken per scope from the raw durations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from desktop_app.core.metrics.bootstrap import grouped_median_intervals
from desktop_app.core.metrics.counting import counted
from desktop_app.core.metrics.figure_columns import (
    availability_pct,
    figure_columns,
    mean_over_services,
)
from desktop_app.core.metrics.figures import (
    INTERVAL_COLUMNS,
    Figures,
    MetricOptions,
    MetricsResult,
)
from desktop_app.core.metrics.group_stats import grouped_quantiles, sorted_by_group
from desktop_app.core.metrics.intervals import MAINTENANCE, Coverage, cover
from desktop_app.core.metrics.known_spans import KnownSpans
from desktop_app.core.metrics.periods import edges_to_times, period_edges_ns, resolve_granularity
from desktop_app.core.metrics.weights import impact_weights
from desktop_app.core.model import IMPACT_DTYPE, SEVERITIES, SEVERITY_DTYPE
from desktop_app.core.window import Window

_NAT = np.iinfo(np.int64).min


def filter_incidents(
    incidents: pd.DataFrame,
    services: Sequence[str] | None = None,
    severities: Sequence[str] | None = None,
) -> pd.DataFrame:
    """The incidents of the given services and severities (``None`` keeps every value).

    Maintenance has no severity: it stays whatever the severity filter, or filtering to fewer
    incidents would take planned time back into the measured time and lower availability."""
    mask = np.ones(len(incidents), dtype=bool)
    if services is not None:
        mask &= incidents["service"].isin(list(services)).to_numpy(dtype=bool, na_value=False)
    if severities is not None:
        chosen = incidents["severity"].isin(list(severities)).to_numpy(dtype=bool, na_value=False)
        maintenance = (incidents["impact"] == "maintenance").to_numpy(dtype=bool, na_value=False)
        mask &= chosen | maintenance
    return incidents if mask.all() else incidents.loc[mask]


@dataclass(frozen=True)
class _Incidents:
    """Column arrays of the incidents of the selected services (times as UTC nanoseconds)."""

    service: np.ndarray
    start: np.ndarray
    resolved: np.ndarray
    acknowledged: np.ndarray
    level: np.ndarray
    severity: np.ndarray
    down: np.ndarray
    """Whether the incident's time counts (an open one the user has not decided may not)."""


def _service_names(incidents: pd.DataFrame, services: Sequence[str] | None) -> list[str]:
    if services is None:
        return sorted(incidents["service"].dropna().unique())
    return sorted(set(services))


def _nanoseconds(column: pd.Series) -> np.ndarray:
    nanoseconds: np.ndarray = column.dt.tz_convert("UTC").dt.as_unit("ns").array.asi8
    return nanoseconds


def _codes(column: pd.Series, dtype: pd.CategoricalDtype, missing: int) -> np.ndarray:
    if column.dtype != dtype:
        column = column.astype("string").astype(dtype)
    codes = column.cat.codes.to_numpy()
    return np.where(codes < 0, missing, codes).astype(np.int8)


def service_positions(service: pd.Series, names: Sequence[str]) -> np.ndarray:
    """Each row's position in ``names`` (-1 for another service or none). Factorized first:
    looking a million names up one by one takes ten times as long."""
    codes, uniques = pd.factorize(service)
    # pandas-stubs types Index(data, dtype="string") for tuples only; any sequence of labels works
    positions = pd.Index(names, dtype="string").get_indexer(uniques)  # type: ignore[arg-type]
    return np.where(codes >= 0, positions[codes] if len(positions) else -1, -1)


def _incident_arrays(
    incidents: pd.DataFrame, names: list[str], not_down: np.ndarray | None
) -> _Incidents:
    """Factorize services against ``names``; rows of other services are dropped."""
    service = service_positions(incidents["service"], names)
    keep = service >= 0
    down = np.ones(len(incidents), dtype=bool) if not_down is None else ~not_down
    return _Incidents(
        service=service[keep].astype(np.int64),
        start=_nanoseconds(incidents["started_at"])[keep],
        resolved=_nanoseconds(incidents["resolved_at"])[keep],
        acknowledged=_nanoseconds(incidents["acknowledged_at"])[keep],
        level=_codes(incidents["impact"], IMPACT_DTYPE, 0)[keep],
        severity=_codes(incidents["severity"], SEVERITY_DTYPE, len(SEVERITIES) - 1)[keep],
        down=down[keep],
    )


def _coverage(inc: _Incidents, window: Window, n_services: int, options: MetricOptions) -> Coverage:
    """The incidents swept over the window (clipped to it; open ones last to its end)."""
    lo, hi = window.start.value, window.end.value
    start = np.maximum(inc.start, lo)
    end = np.where(inc.resolved == _NAT, hi, np.minimum(inc.resolved, hi))
    inside = (end > start) & inc.down
    full, partial, degraded, _maintenance = impact_weights(options)
    return cover(
        inc.service[inside],
        start[inside],
        end[inside],
        inc.level[inside],
        (lo, hi),
        n_services,
        (full, partial, degraded),
    )


def _time_totals(coverage: Coverage, edges: np.ndarray) -> dict[str, np.ndarray]:
    """Nanosecond totals per cell: period length, maintenance, downtime, incident time."""
    totals = coverage.totals(edges)
    length = np.broadcast_to(np.diff(edges).astype(np.float64), totals.downtime.shape)
    return {
        "length": length,
        "maintenance": totals.maintenance,
        "downtime": totals.downtime,
        "incident_time": totals.incident_time,
    }


def _started_in_window(inc: _Incidents, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions of non-maintenance incidents starting in the window, and their period."""
    chosen = np.flatnonzero(counted(inc.level == MAINTENANCE, inc.start, edges[0], edges[-1]))
    period = np.searchsorted(edges, inc.start[chosen], side="right") - 1
    return chosen, period


def _count_totals(
    inc: _Incidents, chosen: np.ndarray, cell: np.ndarray, shape: tuple[int, int]
) -> dict[str, np.ndarray]:
    """Per-cell counts and duration sums of the incidents that start in the window."""
    size = shape[0] * shape[1]
    start, resolved, ack = inc.start[chosen], inc.resolved[chosen], inc.acknowledged[chosen]
    repaired = (resolved != _NAT) & (resolved >= start)
    acked = (ack != _NAT) & (ack >= start)

    def count(mask: np.ndarray | None = None, weights: np.ndarray | None = None) -> np.ndarray:
        keys = cell if mask is None else cell[mask]
        return np.bincount(keys, weights=weights, minlength=size).reshape(shape)

    severity_key = cell * len(SEVERITIES) + inc.severity[chosen]
    severity = np.bincount(severity_key, minlength=size * len(SEVERITIES))
    return {
        "incidents": count(),
        "open": count(resolved == _NAT),
        "severity": severity.reshape(*shape, len(SEVERITIES)),
        "repair_sum": count(repaired, (resolved - start)[repaired] / 6e10),
        "repair_count": count(repaired),
        "ack_sum": count(acked, (ack - start)[acked] / 6e10),
        "ack_count": count(acked),
    }


def _repair_quantiles(
    inc: _Incidents, chosen: np.ndarray, period: np.ndarray, shape: tuple[int, int]
) -> tuple[dict[str, tuple[np.ndarray, np.ndarray]], dict[str, dict[str, np.ndarray]]]:
    """Median and p90 of full repair times (minutes) for each scope, sharing one sort, and
    the median's bootstrap interval for every scope but cells (``INTERVAL_COLUMNS``)."""
    start, resolved = inc.start[chosen], inc.resolved[chosen]
    repaired = (resolved != _NAT) & (resolved >= start)
    minutes = (resolved - start)[repaired] / 6e10
    service, period = inc.service[chosen][repaired], period[repaired]
    order = np.argsort(minutes)
    n_services, n_periods = shape
    groupings = {
        "cells": (service * n_periods + period, n_services * n_periods),
        "services": (service, n_services),
        "periods": (period, n_periods),
        "overall": (np.zeros(len(minutes), dtype=np.int64), 1),
    }
    result: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    intervals: dict[str, dict[str, np.ndarray]] = {"cells": {}}
    for scope, (groups, n_groups) in groupings.items():
        by_group = order if n_groups == 1 else sorted_by_group(groups, order)
        median, p90 = grouped_quantiles(minutes, groups, n_groups, (0.5, 0.9), by_group=by_group)
        result[scope] = (median, p90)
        if scope != "cells":
            ends = grouped_median_intervals(minutes, groups, n_groups, by_group=by_group)
            intervals[scope] = dict(zip(INTERVAL_COLUMNS, ends, strict=True))
    cells_median, cells_p90 = result["cells"]
    result["cells"] = (cells_median.reshape(shape), cells_p90.reshape(shape))
    return result, intervals


#: The cell totals of time: a period or a service the data does not cover adds none of them.
_TIME_TOTALS = ("length", "maintenance", "downtime", "incident_time")
#: The figures a scope the data does not cover has not (NaN).
_KNOWN_ONLY = (
    "availability_pct",
    "downtime_minutes",
    "maintenance_minutes",
    "uptime_minutes",
    "mtbf_hours",
)


def _known(covered: tuple[np.ndarray, np.ndarray]) -> dict[str, np.ndarray]:
    """Which cells, services, periods and overall the data covers, from the cells' coverage
    (services x periods) and each service's over the whole window. With no service at all
    nothing is missing (the engine's 100 % of nothing)."""
    cells, services = covered
    none = len(services) == 0
    return {
        "cells": cells,
        "services": services,
        "periods": np.asarray(cells.any(axis=0) | none),
        "overall": np.array([services.any() or none]),
    }


def _scope_totals(
    cells: dict[str, np.ndarray], known: dict[str, np.ndarray]
) -> dict[str, dict[str, np.ndarray]]:
    """Additive totals summed from cells (services x periods) to each scope. A period sums
    the cells the data covers; a service covered anywhere in the window counts in full."""

    def kept(key: str, values: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return np.where(mask, values, 0.0) if key in _TIME_TOTALS else values

    by_cell = {k: kept(k, v, known["cells"]) for k, v in cells.items()}
    services = {k: kept(k, v.sum(axis=1), known["services"]) for k, v in cells.items()}
    return {
        "cells": cells,
        "services": services,
        "periods": {k: v.sum(axis=0) for k, v in by_cell.items()},
        "overall": {k: v.sum(axis=0)[np.newaxis] for k, v in services.items()},
    }


def _scope_availability(
    totals: dict[str, dict[str, np.ndarray]], known: dict[str, np.ndarray]
) -> dict[str, np.ndarray]:
    def own(scope: str) -> np.ndarray:
        t = totals[scope]
        pct = availability_pct(t["length"], t["maintenance"], t["downtime"])
        return np.where(known[scope], pct, np.nan)

    cells, services = own("cells"), own("services")
    return {
        "cells": cells,
        "services": services,
        "periods": mean_over_services(cells),
        "overall": mean_over_services(services[:, np.newaxis]),
    }


def _unknown_blank(columns: dict[str, np.ndarray], known: np.ndarray) -> dict[str, np.ndarray]:
    """The scope's figures with those the data does not know set to NaN."""
    if known.all():
        return columns
    blanks = {k: np.where(known, columns[k], np.nan) for k in _KNOWN_ONLY}
    return columns | blanks


@dataclass(frozen=True)
class SweptWindow:
    """The selected incidents of one window, as arrays and swept once: ``measure`` gives
    their figures on any periods of the window (the analysis' and the calendar's days)."""

    window: Window
    options: MetricOptions
    names: list[str]
    incidents: _Incidents
    coverage: Coverage
    known: KnownSpans | None = None
    """The spans the data covers (None: it covers the whole window for every service)."""

    def covered(self, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Whether the data covers each (service, period) cell between ``edges``, and each
        service over the whole window."""
        if self.known is None:
            everywhere = np.ones((len(self.names), len(edges) - 1), dtype=bool)
            return everywhere, np.ones(len(self.names), dtype=bool)
        window = np.array([edges[0], edges[-1]], dtype=np.int64)
        return self.known.covered(self.names, edges), self.known.covered(self.names, window)[:, 0]


def sweep_window(
    incidents: pd.DataFrame,
    window: Window,
    options: MetricOptions = MetricOptions(),  # noqa: B008 - frozen dataclass
    services: Sequence[str] | None = None,
    known: KnownSpans | None = None,
    not_down: np.ndarray | None = None,
) -> SweptWindow:
    """The incidents of ``window`` as arrays, swept once for ``measure``.

    ``services`` fixes the services reported and averaged (default: all in ``incidents``);
    incidents of other services are ignored. ``options`` gives the weights and the default
    periods. ``known``: the spans the data covers (``known_spans``); a period of a service
    outside them has no figure and is left out of every average and total. None: the data
    covers the whole window. ``not_down``: booleans, one per row of ``incidents``, True for
    an incident still counted (and open) but whose time is no downtime (``open_incidents``)."""
    names = _service_names(incidents, services)
    inc = _incident_arrays(incidents, names, not_down)
    coverage = _coverage(inc, window, len(names), options)
    return SweptWindow(window, options, names, inc, coverage, known)


def with_every_incident_down(swept: SweptWindow) -> SweptWindow:
    """The same incidents swept again with each one's time counted (``not_down`` undone)."""
    inc = replace(swept.incidents, down=np.ones(len(swept.incidents.down), dtype=bool))
    coverage = _coverage(inc, swept.window, len(swept.names), swept.options)
    return replace(swept, incidents=inc, coverage=coverage)


def _no_quantiles(
    shape: tuple[int, int],
) -> tuple[dict[str, tuple[np.ndarray, np.ndarray]], dict[str, dict[str, np.ndarray]]]:
    """``_repair_quantiles``' shapes, all NaN."""
    sizes = {"cells": shape, "services": shape[0], "periods": shape[1], "overall": 1}
    unknown = {scope: np.full(size, np.nan) for scope, size in sizes.items()}
    intervals = {s: dict.fromkeys(INTERVAL_COLUMNS, v) for s, v in unknown.items() if s != "cells"}
    return {s: (v, v) for s, v in unknown.items()}, intervals | {"cells": {}}


def measure(
    swept: SweptWindow, granularity: str | None = None, *, quantiles: bool = True
) -> MetricsResult:
    """Figures of the swept window per service, per period, per (period, service) and
    overall, by ``granularity`` (default: the sweep's options'). Without ``quantiles`` the
    MTTR median, p90 and their intervals are left out (NaN): the calendar needs none."""
    window, inc = swept.window, swept.incidents
    asked = swept.options.granularity if granularity is None else granularity
    options = replace(swept.options, granularity=resolve_granularity(asked, window))
    edges = period_edges_ns(window, options.granularity)
    shape = (len(swept.names), len(edges) - 1)
    chosen, period = _started_in_window(inc, edges)
    cell = inc.service[chosen] * shape[1] + period
    cells = _time_totals(swept.coverage, edges) | _count_totals(inc, chosen, cell, shape)
    known = _known(swept.covered(edges))
    totals = _scope_totals(cells, known)
    availability = _scope_availability(totals, known)
    if quantiles:
        by_scope, intervals = _repair_quantiles(inc, chosen, period, shape)
    else:
        by_scope, intervals = _no_quantiles(shape)
    columns = {
        scope: _unknown_blank(
            figure_columns(totals[scope], availability[scope], *by_scope[scope]), known[scope]
        )
        | intervals[scope]
        for scope in totals
    }
    return _result(window, options, swept.names, edges, columns)


def compute_metrics(
    incidents: pd.DataFrame,
    window: Window,
    options: MetricOptions = MetricOptions(),  # noqa: B008 - frozen dataclass
    services: Sequence[str] | None = None,
    known: KnownSpans | None = None,
    not_down: np.ndarray | None = None,
) -> MetricsResult:
    """Figures of ``window`` per service, per period, per (period, service) and overall, by
    ``options.granularity`` (``services`` and ``known`` as in ``sweep_window``): for one grid
    of a window."""
    return measure(sweep_window(incidents, window, options, services, known, not_down))


def _result(
    window: Window,
    options: MetricOptions,
    names: list[str],
    edges: np.ndarray,
    columns: dict[str, dict[str, np.ndarray]],
) -> MetricsResult:
    times = edges_to_times(edges, window.tz)
    starts, ends = times[:-1], times[1:]
    n_services = len(names)
    service_index = pd.Series(names, dtype="string")
    per_cell = {name: values.T.ravel() for name, values in columns["cells"].items()}
    overall = {name: values[0] for name, values in columns["overall"].items()}
    return MetricsResult(
        window=window,
        options=options,
        overall=Figures.from_row(overall),
        services=pd.DataFrame({"service": service_index, **columns["services"]}),
        periods=pd.DataFrame({"start": starts, "end": ends, **columns["periods"]}),
        service_periods=pd.DataFrame(
            {
                "start": starts.repeat(n_services),
                "end": ends.repeat(n_services),
                "service": pd.Series(np.tile(names, len(starts)), dtype="string"),
                **per_cell,
            }
        ),
    )
