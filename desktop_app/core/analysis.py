"""One call from a loaded incident table and the user's choices to every figure a view shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property
from typing import cast

import numpy as np
import pandas as pd

from desktop_app.core.messages import Day, MessageError, MessageKind
from desktop_app.core.metrics.calendar import DayCalendar, day_calendar
from desktop_app.core.metrics.compute import (
    SweptWindow,
    compute_metrics,
    filter_incidents,
    measure,
    service_positions,
    sweep_window,
)
from desktop_app.core.metrics.counting import Tally, overlapping, tally
from desktop_app.core.metrics.durations import RepairDistribution, repair_distribution
from desktop_app.core.metrics.figures import MetricOptions, MetricsResult
from desktop_app.core.metrics.known_spans import NO_SPANS, KnownSpans, StatedSpan, known_spans
from desktop_app.core.metrics.kpis import Kpi, build_kpis
from desktop_app.core.metrics.notice import notice_required
from desktop_app.core.metrics.open_incidents import (
    NONE_OPEN,
    CountingAll,
    OpenIncidents,
    counting_all_open,
    not_down_while_open,
    open_incidents,
)
from desktop_app.core.metrics.periods import (
    GRANULARITY_TERMS,
    fitting_granularity,
    period_count,
    resolve_granularity,
)
from desktop_app.core.model import SEVERITIES, Finding
from desktop_app.core.settings import DEFAULT_LIMITS, DEFAULTS, Limits, Settings
from desktop_app.core.window import Window

#: Named periods, counted from today (in the analysis zone).
PRESETS: tuple[str, ...] = (
    "Last 30 days",
    "Last month",
    "Last quarter",
    "This quarter",
    "Year to date",
    "Last year",
)


#: The kind of the finding that periods are coarser than the user asked.
COARSER_PERIODS = "coarser_periods"


COARSER = MessageKind(
    COARSER_PERIODS,
    "periods are by {fitted}, not by {asked}: {services:,} services over {periods:,} {asked}s "
    "would be {cells:,} service-periods, more than the {limit:,} computed at once",
)
TOO_LARGE = MessageKind(
    "selection_too_large",
    "{services:,} services over {quarters:,} quarters are more than {limit:,} service-periods; "
    "choose fewer services or a shorter window (--service, --from, --to)",
)
STALE_OPEN = MessageKind(
    "stale_open",
    "incident {incident} has been open since {since} and holds {share:.0%} of the downtime; "
    "check whether it has ended",
)
FAR_OFF_DATES = MessageKind(
    "far_off_dates",
    "{count:,} incident(s) start {years:g} years or more away from all the others (which "
    "start from {first} to {last}), on line(s) {lines}; check the year",
)
UNKNOWN_SERVICE = MessageKind(
    "unknown_service", "no service {name} in the data; known services: {known}"
)
UNKNOWN_SERVICE_NEAR = MessageKind(
    "unknown_service_near",
    "no service {name} in the data (did you mean {match}?); known services: {known}",
)


class SelectionTooLargeError(MessageError):
    """Even the coarsest periods give more cells than ``Limits.max_grid_cells``."""


class UnknownServiceError(MessageError):
    """A service asked for is not in the data."""


@dataclass(frozen=True)
class Selection:
    """What the user chose to look at. ``window=None`` covers every loaded incident.

    ``preset`` names the period ``window`` was made from, so that it can follow new data;
    None for a window of explicit dates (or none)."""

    window: Window | None = None
    services: tuple[str, ...] | None = None
    severities: tuple[str, ...] | None = None
    granularity: str = DEFAULTS.granularity
    preset: str | None = None


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def preset_days(preset: str, today: date) -> tuple[date, date]:
    """The first and last day a preset covers, counted from ``today``.

    "Last month" and "Last quarter" are the last full ones; "This quarter" and "Year to
    date" end today. Presets follow the calendar, not the data: when the data ends earlier,
    the window shows that (``data_ends_note``). The first day is never before the first
    supported day."""
    if preset == "Last 30 days":
        return max(today - timedelta(days=29), DEFAULT_LIMITS.first_day), today
    if preset == "Last month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if preset == "Last quarter":
        last = _quarter_start(today) - timedelta(days=1)
        return _quarter_start(last), last
    if preset == "This quarter":
        return _quarter_start(today), today
    if preset == "Year to date":
        return date(today.year, 1, 1), today
    if preset == "Last year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    raise ValueError(f"unknown period preset {preset!r} (use {', '.join(PRESETS)})")


def data_ends_note(window: Window | None, last_data_day: date | None) -> str:
    """The last day of data (``2021-12-31``) when the window runs past it, else "": the
    filter bar says "data ends on 2021-12-31"."""
    if window is None or last_data_day is None or window.last_day <= last_data_day:
        return ""
    return last_data_day.isoformat()


def fit_selection(selection: Selection, services: Sequence[str], today: date, tz: str) -> Selection:
    """The selection once other data is loaded: the chosen services that remain (every
    service when none does) and a named preset counted again from ``today``."""
    kept = selection.services
    if kept is not None:
        kept = tuple(s for s in kept if s in services) or None
    window = selection.window
    if selection.preset is not None:
        window = Window.from_dates(*preset_days(selection.preset, today), tz)
    return replace(selection, services=kept, window=window)


#: A filter keeping at most this many services names them (``대외계 (1 of 32 services)``).
NAMED_KEPT = 3


@dataclass(frozen=True)
class FilterSummary:
    """What a selection leaves out: ``shown`` of the ``total`` loaded services, and the
    severities kept (in ``SEVERITIES`` order; None when every severity is in); ``kept``
    names the services kept when services are left out and at most ``NAMED_KEPT`` remain.
    The text package writes it as ``api, web (2 of 8 services) · critical and major only``."""

    shown: int
    total: int
    severities: tuple[str, ...] | None = None
    kept: tuple[str, ...] = ()

    @property
    def services_left_out(self) -> bool:
        return self.shown < self.total

    def __bool__(self) -> bool:
        """Whether anything is filtered out."""
        return self.services_left_out or self.severities is not None


NO_FILTERS = FilterSummary(0, 0)


@dataclass(frozen=True)
class Analysis:
    """The figures for one selection: the current window and the one of equal length before it.

    ``incidents`` holds the selected incidents (services and severities filtered, every date);
    ``in_window`` those that overlap the window, sorted by start. ``findings`` are what the
    analysis assumed (coarser periods than asked, incidents far from the others).
    """

    selection: Selection
    settings: Settings
    window: Window
    services: tuple[str, ...]
    incidents: pd.DataFrame
    in_window: pd.DataFrame
    metrics: MetricsResult
    previous: MetricsResult | None
    swept: SweptWindow = field(repr=False)
    """The window's incidents swept once: the calendar's days are measured on it."""
    kpis: tuple[Kpi, ...] = ()
    findings: tuple[Finding, ...] = ()
    as_of: pd.Timestamp | None = None
    filters: FilterSummary = NO_FILTERS
    """What the selection leaves out (false when nothing is)."""
    known: KnownSpans = NO_SPANS
    """The span each source covers, and its services: periods outside have no figure."""
    open: OpenIncidents = NONE_OPEN
    """The window's open incidents the user has not decided, and the figures counting all."""

    @cached_property
    def tally(self) -> Tally:
        """Incidents counted, maintenance windows and earlier rows in the window's list."""
        return tally(self.in_window, self.window.start, self.window.end)

    # What the views and the report draw, computed once per analysis when first asked for
    # (on the analysis worker for the view in sight) and kept: they only read it.

    @cached_property
    def day_calendar(self) -> DayCalendar:
        """The window's days, overall; a day after ``as_of`` has not begun."""
        return day_calendar(self.swept, self.settings, as_of=self.as_of)

    @cached_property
    def service_calendar(self) -> DayCalendar:
        """The window's days, one row per service against its own target."""
        return day_calendar(self.swept, self.settings, by_service=True, as_of=self.as_of)

    @cached_property
    def repair(self) -> RepairDistribution:
        """How long the window's counted, resolved incidents took to resolve."""
        return repair_distribution(self.incidents, self.window)

    @cached_property
    def notice(self) -> pd.Series:
        """Whether each incident of ``in_window`` (same index) must be notified to users, an
        open one counted to the moment the figures are measured to (the window's end, never
        past ``as_of``)."""
        measured_to = self.window.end if self.as_of is None else min(self.window.end, self.as_of)
        return notice_required(self.in_window, self.settings.notice_hours, measured_to)

    @cached_property
    def lanes(self) -> np.ndarray:
        """Each incident of ``in_window``'s position in ``services`` (-1 for none): the
        Timeline's lane."""
        return service_positions(self.in_window["service"], self.services)


def describe_filters(
    chosen: Sequence[str], loaded: Sequence[str], severities: Sequence[str] | None
) -> FilterSummary:
    """How many of the loaded services are chosen (named when few), and the severities kept
    when not all."""
    kept = None
    if severities is not None and set(severities) != set(SEVERITIES):
        kept = tuple(s for s in SEVERITIES if s in severities)
    shown, total = len(set(chosen)), len(set(loaded))
    named = tuple(sorted(set(chosen))) if 0 < shown < total and shown <= NAMED_KEPT else ()
    return FilterSummary(shown, total, kept, named)


def by_start(incidents: pd.DataFrame) -> pd.DataFrame:
    """``incidents`` in start order (a stable sort; the frame itself when already in order).
    The figures do not depend on the order, but ``analyse`` is faster on this: its window's
    list is then cut from it, not sorted again (which moves every text column)."""
    if incidents["started_at"].is_monotonic_increasing:
        return incidents
    return incidents.sort_values("started_at", kind="stable")


def analysis_window(
    incidents: pd.DataFrame, selection: Selection, settings: Settings, as_of: pd.Timestamp
) -> Window:
    """The window ``analyse`` measures: the selection's, else ("All") the one covering the
    selected services' incidents (every loaded incident's when they have none), in the
    settings' zone, measured to ``as_of``."""
    window = selection.window
    if window is None:
        starts = incidents["started_at"]
        if selection.services is not None:
            theirs = starts[incidents["service"].isin(selection.services)]
            starts = theirs if len(theirs) else starts
        window = Window.covering(starts, settings.tz)
    if window.tz != settings.tz:
        window = Window(
            window.start.tz_convert(settings.tz), window.end.tz_convert(settings.tz), settings.tz
        )
    return window.until(as_of)


def analyse(
    incidents: pd.DataFrame,
    selection: Selection,
    settings: Settings,
    as_of: pd.Timestamp | None = None,
    stated: Sequence[StatedSpan] = (),
) -> Analysis:
    """Filter, then compute the window's figures, the previous window's, and the KPI tiles.

    A period of a service that no source covers (``known_spans``; a source's ``stated``
    span instead of the span of its times) has no figure, not a perfect 100 %. The previous
    window is compared only when the data covers it for every service it covers in this
    window (and then on those services alone). A window that reaches past ``as_of``
    (default: now) is measured to it ("to date"): open incidents last to the earlier of the
    window's end and the moment of the analysis."""
    as_of = pd.Timestamp.now(tz="UTC") if as_of is None else as_of
    window = analysis_window(incidents, selection, settings, as_of)
    loaded = incidents["service"].dropna().unique()
    services = selection.services
    if services is None:
        services = tuple(sorted(loaded))
    chosen = filter_incidents(incidents, services=services, severities=selection.severities)
    findings = far_off_findings(incidents, settings.limits, settings.tz)
    asked = resolve_granularity(selection.granularity, window)
    granularity = _granularity(window, asked, len(services), findings, settings.limits)
    options = MetricOptions(
        partial_weight=settings.partial_weight,
        degraded_weight=settings.degraded_weight,
        granularity=granularity,
    )
    known = known_spans(incidents, stated)
    not_down = not_down_while_open(chosen)
    swept = sweep_window(chosen, window, options, services, known, not_down)
    metrics = measure(swept)
    previous = _previous_metrics(chosen, window, options, metrics, (known, not_down))
    in_window = overlapping(chosen, window.start, window.end)
    counting = CountingAll(metrics.overall.availability_pct, metrics.overall.downtime_minutes)
    undecided = open_incidents(in_window, counting)
    if undecided.not_down:
        counting = counting_all_open(swept)
        undecided = replace(undecided, counting_all=counting)
    findings += stale_open_findings(
        in_window, window, metrics.overall.downtime_minutes, settings.limits
    )
    return Analysis(
        selection=selection,
        settings=settings,
        window=window,
        services=services,
        incidents=chosen,
        in_window=in_window,
        metrics=metrics,
        previous=previous,
        swept=swept,
        kpis=build_kpis(
            metrics.overall,
            None if previous is None else previous.overall,
            settings.slo_pct,
            undecided,
        ),
        filters=describe_filters(services, tuple(loaded), selection.severities),
        findings=tuple(findings),
        as_of=as_of,
        known=known,
        open=undecided,
    )


def _previous_metrics(
    chosen: pd.DataFrame,
    window: Window,
    options: MetricOptions,
    metrics: MetricsResult,
    rules: tuple[KnownSpans, np.ndarray],
) -> MetricsResult | None:
    """The previous window's figures on the services this window knows, when the data
    covers every one of them there too; else None (no comparison). ``rules``: the spans
    known and the open incidents not counted as downtime, as for this window."""
    figures = metrics.services
    covered = tuple(figures.loc[figures["availability_pct"].notna(), "service"])
    if not covered:
        return None
    previous = compute_metrics(chosen, window.previous(), options, covered, *rules)
    return previous if previous.services["availability_pct"].notna().all() else None


def stale_open_findings(
    in_window: pd.DataFrame,
    window: Window,
    downtime_minutes: float,
    limits: Limits = DEFAULT_LIMITS,
) -> list[Finding]:
    """Open incidents that started more than ``limits.stale_open_days`` before the window's end and
    hold at least half of its downtime: most likely closed without an end time. An open one
    whose time is no downtime (``not_down_while_open``) holds none."""
    counted_open = in_window["resolved_at"].isna().to_numpy() & ~not_down_while_open(in_window)
    open_rows = in_window.loc[counted_open]
    old = open_rows.loc[
        open_rows["started_at"] < window.end - pd.Timedelta(days=limits.stale_open_days)
    ]
    found = []
    for row in old.itertuples():
        started = cast(pd.Timestamp, row.started_at)
        minutes = (window.end - max(started, window.start)).total_seconds() / 60
        if downtime_minutes and minutes >= 0.5 * downtime_minutes:
            found.append(
                Finding(
                    str(row.source_file),
                    "stale_open",
                    STALE_OPEN(
                        incident=row.incident_id,
                        since=Day(started, window.tz),
                        share=minutes / downtime_minutes,
                    ),
                    line=int(cast(int, row.source_line)),
                )
            )
    return found


#: At most this many known services are named when an unknown one is refused.
NAMED_SERVICES = 20


def check_services(asked: tuple[str, ...], known: list[str]) -> tuple[str, ...]:
    """``asked`` if every name is a known service, else ``UnknownServiceError`` naming the known
    ones and the case-insensitive match: an unknown service would add a phantom service at
    100 %."""
    for name in asked:
        if name in known:
            continue
        match = next((k for k in known if k.casefold() == name.casefold()), None)
        listed = ", ".join(known[:NAMED_SERVICES])
        more = f" and {len(known) - NAMED_SERVICES:,} more" if len(known) > NAMED_SERVICES else ""
        shown = {"name": repr(name), "known": listed + more}
        raise UnknownServiceError(
            UNKNOWN_SERVICE_NEAR(match=repr(match), **shown) if match else UNKNOWN_SERVICE(**shown)
        )
    return asked


def _granularity(
    window: Window, asked: str, n_services: int, findings: list[Finding], limits: Limits
) -> str:
    """``asked``, or a coarser granularity (with a finding) when the period x service grid
    would exceed ``limits.max_grid_cells``; ``SelectionTooLargeError`` when none fits."""
    fitted = fitting_granularity(window, asked, n_services, limits.max_grid_cells)
    if fitted is None:
        raise SelectionTooLargeError(
            TOO_LARGE(
                services=n_services,
                quarters=period_count(window, "quarter"),
                limit=limits.max_grid_cells,
            )
        )
    if fitted != asked:
        periods = period_count(window, asked)
        cells = periods * max(n_services, 1)
        findings.append(
            Finding(
                "",
                COARSER_PERIODS,
                COARSER(
                    fitted=GRANULARITY_TERMS[fitted],
                    asked=GRANULARITY_TERMS[asked],
                    services=n_services,
                    periods=periods,
                    cells=cells,
                    limit=limits.max_grid_cells,
                ),
            )
        )
    return fitted


def _main_span(starts_ns: np.ndarray, gap_ns: int) -> tuple[int, int]:
    """First and last start (ns) of the largest run of starts with no gap of ``gap_ns``."""
    presorted = not (np.diff(starts_ns) < 0).any()  # the library's incidents come by start
    ordered = starts_ns if presorted else np.sort(starts_ns)
    run = np.concatenate(([0], np.cumsum(np.diff(ordered) >= gap_ns)))
    biggest = np.bincount(run).argmax()
    members = ordered[run == biggest]
    return int(members[0]), int(members[-1])


def far_off_findings(
    incidents: pd.DataFrame, limits: Limits = DEFAULT_LIMITS, tz: str = "UTC"
) -> list[Finding]:
    """One finding per file listing incidents cut off from the bulk of the data by a gap of
    ``limits.far_off_years`` or more with no incident: most likely a mistyped year, and they
    stretch every window. A long history without such a gap is not flagged. Its dates are
    days in ``tz`` (the display zone)."""
    starts = incidents["started_at"].dropna()
    if starts.empty:
        return []
    nanos = starts.dt.tz_convert("UTC").dt.as_unit("ns").array.asi8
    gap = int(pd.Timedelta(days=365.25 * limits.far_off_years).value)
    first, last = _main_span(nanos, gap)
    far = incidents.loc[starts.index[(nanos < first) | (nanos > last)]]
    span = {
        "first": Day(pd.Timestamp(first, tz="UTC"), tz),
        "last": Day(pd.Timestamp(last, tz="UTC"), tz),
    }
    findings = []
    for file, rows in far.groupby("source_file", sort=True):
        lines = sorted(int(line) for line in rows["source_line"])
        shown = ", ".join(str(line) for line in lines[:10]) + (", ..." if len(lines) > 10 else "")
        findings.append(
            Finding(
                str(file),
                "far_off_dates",
                FAR_OFF_DATES(count=len(lines), years=limits.far_off_years, lines=shown, **span),
                line=lines[0],
            )
        )
    return findings
