"""Everything the PDF report shows, computed once from an ``Analysis``: figures, typed
verdicts and coded messages, in no language.

The text package writes it in the reader's language (``desktop_app.text.report``) when the
PDF is drawn, so one model gives the English and the Korean report alike. Strings here are
data (names, titles, causes, wall times): plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from desktop_app.core.analysis import NO_FILTERS, Analysis, FilterSummary
from desktop_app.core.dataset import Dataset, Reclassification
from desktop_app.core.messages import Message
from desktop_app.core.metrics.calendar import DayCalendar
from desktop_app.core.metrics.durations import RepairDistribution
from desktop_app.core.metrics.figures import Figures, MetricsResult, error_budget_left_pct
from desktop_app.core.metrics.known_spans import SourceSpan
from desktop_app.core.metrics.kpis import (
    Change,
    Kpi,
    compare,
    shortfall_bands,
    slo_met,
    slo_verdict,
    worst_first,
)
from desktop_app.core.model import Finding, ImportResult
from desktop_app.core.reporting.incident_rows import (
    IncidentRow,
    incident_minutes,
    incident_rows,
    top_by,
)
from desktop_app.core.reporting.reclassified import ReclassifiedEntry, reclassified_entries
from desktop_app.core.reporting.trends import Trends, build_trends
from desktop_app.core.settings import DEFAULT_LIMITS, Limits, Settings
from desktop_app.core.window import Window

WORST_COUNT = 3
#: The rows a list in the report's body shows at most (every incident is in appendix A).
BODY_ROWS = 10


@dataclass(frozen=True)
class ServiceRow:
    """One service, worst first. ``band`` is its shortfall band (0 = target met);
    ``own_target_pct`` is its own target where it differs from the report's."""

    service: str
    availability_pct: float
    downtime_minutes: float
    incidents: int
    mttr_median_minutes: float | None
    mttr_n: int
    mttr_low_minutes: float | None
    mttr_high_minutes: float | None
    mtbf_hours: float | None
    slo_met: bool | None
    """None: the data covers none of the window for this service (no figure)."""
    band: int
    own_target_pct: float | None = None


@dataclass(frozen=True)
class RejectedEntry:
    """A CSV row that was not imported: file name, physical line (header = 1), reason."""

    file: str
    line: int
    reason: Message


@dataclass(frozen=True)
class FindingEntry:
    """What the reader or the analysis assumed: file name ("" for the analysis), line (None
    when no one row is concerned), and what it says."""

    file: str
    line: int | None
    message: Message


@dataclass(frozen=True)
class ImportCounts:
    """``files`` read, ``rows`` in them: ``imported``, ``duplicates`` merged, ``rejected``."""

    files: int
    rows: int
    imported: int
    duplicates: int
    rejected: int


@dataclass(frozen=True)
class ServicesVerdict:
    """How many of ``total`` services ``missed`` their target (each its own), and the lowest
    one (by availability, then downtime)."""

    total: int
    missed: int
    lowest: str
    lowest_availability_pct: float
    lowest_downtime_minutes: float


@dataclass(frozen=True)
class Summary:
    """The figures the summary's sentences state. ``previous`` is None when no loaded
    incident starts before the window (nothing to compare with, rather than a quiet period);
    ``availability_change`` is the overall availability against it; ``reclassified`` counts
    the incidents reclassified by hand (None: the report was made from files)."""

    overall: Figures
    previous: Figures | None
    slo_pct: float
    met: bool | None
    """None: the data covers none of the window (no figure)."""
    availability_change: Change | None
    budget_left_pct: float
    longest: IncidentRow | None
    services: ServicesVerdict | None
    notices: int
    notice_hours: float
    reclassified: int | None = None


@dataclass(frozen=True)
class BodyList:
    """A list in the report's body, kept short: its top ``rows``; ``above`` of its incidents
    are listed in full in an earlier list (not repeated); ``more`` are in appendix A only.
    ``len(rows) + above + more`` is the length of the whole list."""

    rows: tuple[IncidentRow, ...] = ()
    above: int = 0
    more: int = 0


@dataclass(frozen=True)
class ReportModel:
    """The report of one analysis. An empty ``title`` or ``organisation`` reads as the
    language's default; ``generated`` is the moment it was made, in the window's zone;
    ``notices`` are the outages at or over the notice threshold (every one; the body lists
    ``notice_list``, the longest of those not among ``longest``); ``settings`` and ``limits``
    are those the figures used (the method page states them)."""

    title: str
    organisation: str
    window: Window
    generated: pd.Timestamp
    settings: Settings
    kpis: tuple[Kpi, ...]
    summary: Summary
    worst: tuple[IncidentRow, ...]
    trends: Trends
    services: tuple[ServiceRow, ...]
    longest: tuple[IncidentRow, ...]
    incidents: tuple[IncidentRow, ...]
    notices: tuple[IncidentRow, ...]
    rejected: tuple[RejectedEntry, ...]
    imports: ImportCounts
    findings: tuple[FindingEntry, ...] = ()
    filters: FilterSummary = NO_FILTERS
    calendar: DayCalendar | None = None
    repair: RepairDistribution | None = None
    limits: Limits = DEFAULT_LIMITS
    #: Incidents reclassified in the library (None: the report was made from files).
    reclassified: tuple[ReclassifiedEntry, ...] | None = None
    #: What each file covers (its span and services; of the kept services only).
    coverage: tuple[SourceSpan, ...] = ()
    notice_list: BodyList = BodyList()


def _optional(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)  # type: ignore[call-overload, arg-type]


def service_rows(services: pd.DataFrame, settings: Settings) -> tuple[ServiceRow, ...]:
    """The services table, worst first (``worst_first``); each service is held to its own
    target where it has one."""
    ordered = worst_first(services)
    targets = ordered["service"].map(settings.slo_for).to_numpy(dtype=float)
    bands = shortfall_bands(ordered["availability_pct"], targets)
    records = ordered.to_dict("records")
    return tuple(
        ServiceRow(
            service=str(row["service"]),
            availability_pct=float(row["availability_pct"]),
            downtime_minutes=float(row["downtime_minutes"]),
            incidents=int(row["incidents"]),
            mttr_median_minutes=_optional(row["mttr_median_minutes"]),
            mttr_n=int(row["mttr_n"]),
            mttr_low_minutes=_optional(row["mttr_median_low_minutes"]),
            mttr_high_minutes=_optional(row["mttr_median_high_minutes"]),
            mtbf_hours=_optional(row["mtbf_hours"]),
            slo_met=slo_verdict(float(row["availability_pct"]), target),
            band=max(int(band), 0),
            own_target_pct=None if target == settings.slo_pct else float(target),
        )
        for row, band, target in zip(records, bands, targets, strict=True)
    )


def services_verdict(metrics: MetricsResult, settings: Settings) -> ServicesVerdict | None:
    """How many services missed their target (each its own, where the library set one)."""
    services = metrics.services.dropna(subset=["availability_pct"])
    if services.empty:
        return None
    targets = services["service"].map(settings.slo_for)
    missed = int((~slo_met(services["availability_pct"], targets)).sum())
    lowest = services.sort_values(
        ["availability_pct", "downtime_minutes"], ascending=[True, False], kind="stable"
    ).iloc[0]
    return ServicesVerdict(
        total=len(services),
        missed=missed,
        lowest=str(lowest["service"]),
        lowest_availability_pct=float(lowest["availability_pct"]),
        lowest_downtime_minutes=float(lowest["downtime_minutes"]),
    )


def rejected_entries(
    imported: ImportResult | Dataset, files: Collection[str] | None = None
) -> tuple[RejectedEntry, ...]:
    """The rows not imported, of ``files`` only when given (a filtered report's)."""
    return tuple(
        RejectedEntry(Path(f.path).name, r.line, r.reason)
        for f in imported.files
        if files is None or f.path in files
        for r in f.rejected
    )


def finding_entries(
    findings: Sequence[Finding], files: Collection[str] | None = None
) -> tuple[FindingEntry, ...]:
    """Each finding once, for the data appendix: of ``files`` only when given (a filtered
    report's), a finding of no file (the analysis') always."""
    return tuple(
        FindingEntry(Path(f.file).name if f.file else "", f.line or None, f.message)
        for f in dict.fromkeys(findings)
        if files is None or not f.file or f.file in files
    )


def kept_files(analysis: Analysis) -> frozenset[str] | None:
    """The files holding an incident the selection keeps, when it leaves services out (its
    appendices are then about those files only); None when every service is kept."""
    if not analysis.filters.services_left_out:
        return None
    return frozenset(analysis.incidents["source_file"].dropna().astype(str))


def kept_spans(spans: Sequence[SourceSpan], services: Collection[str]) -> tuple[SourceSpan, ...]:
    """Each file's span with only the kept ``services`` named; files with none left out."""
    kept = (replace(s, services=tuple(n for n in s.services if n in services)) for s in spans)
    return tuple(span for span in kept if span.services)


def kept_reclassifications(
    reclassifications: Sequence[Reclassification],
    services: Collection[str],
    aliases: Mapping[str, str],
) -> list[Reclassification]:
    """The reclassified incidents of the kept ``services`` (their shown names: an imported
    name goes through ``aliases``)."""
    return [r for r in reclassifications if aliases.get(r.service, r.service) in services]


def import_counts(imported: ImportResult | Dataset) -> ImportCounts:
    """The files' row accounting, added up."""
    return ImportCounts(
        files=len(imported.files),
        rows=sum(f.rows for f in imported.files),
        imported=sum(f.imported for f in imported.files),
        duplicates=sum(f.duplicates for f in imported.files),
        rejected=sum(len(f.rejected) for f in imported.files),
    )


def _summary(analysis: Analysis, longest: Sequence[IncidentRow], notices: int) -> Summary:
    settings, overall = analysis.settings, analysis.metrics.overall
    previous = analysis.previous.overall if analysis.previous is not None else None
    change = None
    if previous is not None:
        change = compare(overall.availability_pct, previous.availability_pct, "pct", True)
    return Summary(
        overall=overall,
        previous=previous,
        slo_pct=settings.slo_pct,
        met=slo_verdict(overall.availability_pct, settings.slo_pct),
        availability_change=change,
        budget_left_pct=error_budget_left_pct(overall.availability_pct, settings.slo_pct),
        longest=longest[0] if longest else None,
        services=services_verdict(analysis.metrics, settings),
        notices=notices,
        notice_hours=settings.notice_hours,
    )


def body_list(
    every: Sequence[IncidentRow],
    minutes: pd.DataFrame,
    positions: Sequence[int],
    listed: Collection[int],
) -> BodyList:
    """The incidents at ``positions`` (in ``every`` and ``minutes``) as a body list: the
    ``BODY_ROWS`` longest of those not ``listed`` already, longest first."""
    rest = [int(p) for p in positions if p not in listed]
    shown = top_by(minutes.iloc[rest], "duration", BODY_ROWS)
    return BodyList(
        rows=tuple(every[i] for i in shown),
        above=len(positions) - len(rest),
        more=len(rest) - len(shown),
    )


def build_report_model(
    analysis: Analysis,
    imported: ImportResult | Dataset,
    *,
    title: str = "",
    organisation: str,
    generated_at: datetime | None = None,
    reclassifications: Sequence[Reclassification] | None = None,
) -> ReportModel:
    """The report of ``analysis`` (its window, selection and settings) and of the import;
    an empty ``title`` is the language's default title. ``reclassifications`` (from the
    library) add their count to the summary and an appendix listing them."""
    generated = pd.Timestamp(generated_at or datetime.now(UTC))
    if generated.tzinfo is None:
        generated = generated.tz_localize(analysis.window.tz)
    window, tz, settings = analysis.window, analysis.window.tz, analysis.settings
    incidents = analysis.in_window.reset_index(drop=True)
    as_of = min(window.end, generated)
    minutes = incident_minutes(incidents, window, as_of, analysis.metrics.options)
    notice = analysis.notice.reset_index(drop=True)

    # Every row is made once; the other lists pick theirs (labels are positions here).
    every = tuple(incident_rows(incidents, minutes, tz, notice))

    def rows(positions: Iterable[int]) -> tuple[IncidentRow, ...]:
        return tuple(every[i] for i in positions)

    longest_at = top_by(minutes, "duration", BODY_ROWS)
    longest = rows(longest_at)
    notice_at = np.flatnonzero(notice.to_numpy(dtype=bool))
    notices = rows(notice_at)
    summary = _summary(analysis, longest, len(notices))
    reclassified = None
    if reclassifications is not None:
        aliases = imported.aliases if isinstance(imported, Dataset) else {}
        kept = kept_reclassifications(reclassifications, set(analysis.services), aliases)
        reclassified = reclassified_entries(kept, window)
        summary = replace(summary, reclassified=len(reclassified))
    files = kept_files(analysis)
    return ReportModel(
        title=title,
        organisation=organisation,
        window=window,
        generated=generated.tz_convert(tz),
        settings=settings,
        kpis=analysis.kpis,
        summary=summary,
        worst=rows(top_by(minutes, "weighted_downtime", WORST_COUNT)),
        trends=build_trends(analysis.metrics, settings.slo_pct),
        services=service_rows(analysis.metrics.services, settings),
        longest=longest,
        incidents=every,
        notices=notices,
        rejected=rejected_entries(imported, files),
        imports=import_counts(imported),
        findings=finding_entries([*imported.findings, *analysis.findings], files),
        calendar=analysis.day_calendar,
        repair=analysis.repair,
        filters=analysis.filters,
        reclassified=reclassified,
        coverage=kept_spans(analysis.known.spans, set(analysis.services)),
        notice_list=body_list(every, minutes, list(notice_at), set(longest_at)),
    )
