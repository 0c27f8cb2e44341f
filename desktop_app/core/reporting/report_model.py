"""Everything the PDF report shows, computed once from an ``Analysis``: figures and words.

The report package only draws this model. Every string in it is plain text (never markup);
the drawing code escapes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from desktop_app.core.analysis import Analysis
from desktop_app.core.formatting import (
    OPEN_TEXT,
    format_count,
    format_hours,
    format_minutes,
    format_pct,
)
from desktop_app.core.metrics.calendar import DayCalendar, day_calendar, shade_words
from desktop_app.core.metrics.durations import RepairDistribution, repair_distribution
from desktop_app.core.metrics.kpis import (
    SHORTFALL_BANDS,
    Kpi,
    shortfall_bands,
    slo_met,
    worst_first,
)
from desktop_app.core.model import ImportResult
from desktop_app.core.reporting.incident_rows import (
    IncidentRow,
    incident_minutes,
    incident_rows,
    top_by,
)
from desktop_app.core.reporting.method import method_definitions
from desktop_app.core.reporting.sentences import (
    change_sentence,
    format_target,
    generated_text,
    headline_sentence,
    longest_sentence,
    period_text,
    recovery_sentence,
    services_sentence,
    zone_text,
)
from desktop_app.core.reporting.trends import Trends, build_trends

WORST_COUNT = 3
LONGEST_COUNT = 10


@dataclass(frozen=True)
class ServiceRow:
    """One service, worst first. ``band`` indexes ``SHORTFALL_BANDS`` (0 = target met)."""

    service: str
    availability: str
    downtime: str
    incidents: str
    mttr: str
    mtbf: str
    slo_met: bool
    band: int


@dataclass(frozen=True)
class RejectedEntry:
    """A CSV row that was not imported: file name, physical line (header = 1), reason."""

    file: str
    line: int
    reason: str


@dataclass(frozen=True)
class ReportModel:
    title: str
    organisation: str
    subject: str
    period: str
    timezone: str
    generated: str
    target: str
    kpis: list[Kpi]
    sentences: list[str]
    worst: list[IncidentRow]
    trends: Trends
    services: list[ServiceRow]
    longest: list[IncidentRow]
    incidents: list[IncidentRow]
    rejected: list[RejectedEntry]
    import_note: str
    filters: str = ""
    calendar: DayCalendar | None = None
    calendar_words: tuple[str, ...] = ()
    repair: RepairDistribution | None = None
    method: list[tuple[str, str]] = field(default_factory=list)
    shading: tuple[str, ...] = SHORTFALL_BANDS


def service_rows(services: pd.DataFrame, slo_pct: float) -> list[ServiceRow]:
    """The services table, worst first (``worst_first``)."""
    ordered = worst_first(services)
    bands = shortfall_bands(ordered["availability_pct"], slo_pct)
    records = ordered.to_dict("records")
    return [
        ServiceRow(
            service=str(row["service"]),
            availability=format_pct(float(row["availability_pct"])),
            downtime=format_minutes(float(row["downtime_minutes"])),
            incidents=format_count(int(row["incidents"])),
            mttr=format_minutes(
                None if pd.isna(row["mttr_median_minutes"]) else row["mttr_median_minutes"]
            ),
            mtbf=format_hours(None if pd.isna(row["mtbf_hours"]) else row["mtbf_hours"]),
            slo_met=bool(slo_met(float(row["availability_pct"]), slo_pct)),
            band=int(band),
        )
        for row, band in zip(records, bands, strict=True)
    ]


def rejected_entries(imported: ImportResult) -> list[RejectedEntry]:
    return [
        RejectedEntry(Path(f.path).name, r.line, r.reason)
        for f in imported.files
        for r in f.rejected
    ]


def import_note(imported: ImportResult) -> str:
    """``2 files, 5,012 rows read: 5,000 imported, 7 duplicates merged, 5 rejected.``"""
    files = len(imported.files)
    rows = sum(f.rows for f in imported.files)
    imported_rows = sum(f.imported for f in imported.files)
    return (
        f"{format_count(files)} file{'' if files == 1 else 's'}, {format_count(rows)} rows read: "
        f"{format_count(imported_rows)} imported, {format_count(imported.duplicate_count)} "
        f"duplicates merged, {format_count(imported.rejected_count)} rejected."
    )


def _sentences(analysis: Analysis, longest: list[IncidentRow]) -> list[str]:
    slo = analysis.settings.slo_pct
    overall = analysis.metrics.overall
    sentences = [headline_sentence(overall, slo)]
    if longest:
        top = longest[0]
        sentences.append(
            longest_sentence(top.service, top.title, top.duration, top.resolved == OPEN_TEXT)
        )
    previous = analysis.previous and analysis.previous.overall
    sentences.append(change_sentence(overall, previous))
    services = services_sentence(analysis.metrics, slo)
    if services:
        sentences.append(services)
    sentences.append(recovery_sentence(overall, slo))
    return sentences


def build_report_model(
    analysis: Analysis,
    imported: ImportResult,
    *,
    title: str,
    organisation: str,
    generated_at: datetime | None = None,
) -> ReportModel:
    """The report of ``analysis`` (its window, selection and settings) and of the import."""
    generated = pd.Timestamp(generated_at or datetime.now(UTC))
    if generated.tzinfo is None:
        generated = generated.tz_localize(analysis.window.tz)
    window, tz = analysis.window, analysis.window.tz
    incidents = analysis.in_window.reset_index(drop=True)
    as_of = min(window.end, generated)
    minutes = incident_minutes(incidents, window, as_of, analysis.metrics.options)
    worst = incident_rows(
        incidents.loc[top_by(minutes, "weighted_downtime", WORST_COUNT)], minutes, tz
    )
    longest = incident_rows(incidents.loc[top_by(minutes, "duration", LONGEST_COUNT)], minutes, tz)
    period = period_text(window)
    return ReportModel(
        title=title,
        organisation=organisation,
        subject=f"Availability and incidents, {period}",
        period=period,
        timezone=zone_text(window),
        generated=generated_text(generated.to_pydatetime(), tz),
        target=format_target(analysis.settings.slo_pct),
        kpis=list(analysis.kpis),
        sentences=_sentences(analysis, longest),
        worst=worst,
        trends=build_trends(analysis.metrics, analysis.settings.slo_pct),
        services=service_rows(analysis.metrics.services, analysis.settings.slo_pct),
        longest=longest,
        incidents=incident_rows(incidents, minutes, tz),
        rejected=rejected_entries(imported),
        import_note=import_note(imported),
        calendar=day_calendar(
            analysis.incidents,
            window,
            analysis.metrics.options,
            analysis.services,
            analysis.settings.slo_pct,
            as_of=generated,
        ),
        calendar_words=shade_words(analysis.settings.slo_pct),
        repair=repair_distribution(analysis.incidents, window),
        filters=analysis.filters,
        method=method_definitions(analysis.settings),
    )
