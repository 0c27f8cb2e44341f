"""One call from a loaded incident table and the user's choices to every figure a view shows."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from desktop_app.core.metrics.compute import compute_metrics, filter_incidents
from desktop_app.core.metrics.figures import MetricOptions, MetricsResult
from desktop_app.core.metrics.kpis import Kpi, build_kpis
from desktop_app.core.settings import DEFAULTS, Settings
from desktop_app.core.window import Window


@dataclass(frozen=True)
class Selection:
    """What the user chose to look at. ``window=None`` covers every loaded incident."""

    window: Window | None = None
    services: tuple[str, ...] | None = None
    severities: tuple[str, ...] | None = None
    granularity: str = DEFAULTS.granularity


@dataclass
class Analysis:
    """The figures for one selection: the current window and the one of equal length before it.

    ``incidents`` holds the selected incidents (services and severities filtered, every date);
    ``in_window`` those that overlap the window, sorted by start.
    """

    selection: Selection
    settings: Settings
    window: Window
    services: tuple[str, ...]
    incidents: pd.DataFrame
    in_window: pd.DataFrame
    metrics: MetricsResult
    previous: MetricsResult | None
    kpis: list[Kpi] = field(default_factory=list)


def analyse(incidents: pd.DataFrame, selection: Selection, settings: Settings) -> Analysis:
    """Filter, then compute the window's figures, the previous window's, and the KPI tiles.

    The previous window is compared only when the loaded data reaches before this window: a
    period before the first loaded incident is unknown, not a perfect 100 %."""
    window = selection.window or Window.covering(incidents["started_at"], settings.tz)
    if window.tz != settings.tz:
        window = Window(
            window.start.tz_convert(settings.tz), window.end.tz_convert(settings.tz), settings.tz
        )
    services = selection.services
    if services is None:
        services = tuple(sorted(incidents["service"].dropna().unique()))
    chosen = filter_incidents(incidents, services=services, severities=selection.severities)
    options = MetricOptions(
        partial_weight=settings.partial_weight,
        degraded_weight=settings.degraded_weight,
        granularity=selection.granularity,
    )
    metrics = compute_metrics(chosen, window, options, services=services)
    previous = None
    if (incidents["started_at"] < window.start).any():
        previous = compute_metrics(chosen, window.previous(), options, services=services)
    overlaps = (chosen["started_at"] < window.end) & (
        chosen["resolved_at"].isna() | (chosen["resolved_at"] > window.start)
    )
    in_window = chosen.loc[overlaps].sort_values("started_at", kind="stable")
    return Analysis(
        selection=selection,
        settings=settings,
        window=window,
        services=services,
        incidents=chosen,
        in_window=in_window,
        metrics=metrics,
        previous=previous,
        kpis=build_kpis(
            metrics.overall, previous and previous.overall, settings.slo_pct, settings.language
        ),
    )
