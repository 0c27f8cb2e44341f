"""Everything the PDF report shows, computed once from an ``Analysis``: figures and words.

The report package only draws this model. Every string in it is plain text (never markup);
the drawing code escapes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from desktop_app.core.analysis import NO_FILTERS, Analysis, FilterSummary
from desktop_app.core.formatting import format_count, format_hours, format_minutes, format_pct
from desktop_app.core.language import Language
from desktop_app.core.library.view import Reclassification
from desktop_app.core.metrics.calendar import DayCalendar, day_calendar, shade_words
from desktop_app.core.metrics.durations import RepairDistribution, repair_distribution
from desktop_app.core.metrics.kpis import (
    Kpi,
    build_kpis,
    shortfall_bands,
    slo_met,
    worst_first,
)
from desktop_app.core.metrics.notice import notice_required
from desktop_app.core.model import Finding, ImportResult
from desktop_app.core.reporting.incident_rows import (
    IncidentRow,
    incident_minutes,
    incident_rows,
    top_by,
)
from desktop_app.core.reporting.messages_ko import message_in
from desktop_app.core.reporting.method import method_definitions
from desktop_app.core.reporting.reclassified import (
    ReclassifiedEntry,
    reclassified_entries,
    reclassified_sentence,
)
from desktop_app.core.reporting.sentences import (
    change_sentence,
    format_target,
    generated_text,
    headline_sentence,
    longest_sentence,
    notice_sentence,
    period_text,
    recovery_sentence,
    services_sentence,
    zone_text,
)
from desktop_app.core.reporting.trends import Trends, build_trends
from desktop_app.core.reporting.wording import REPORT_WORDS, ReportWords
from desktop_app.core.settings import Settings

WORST_COUNT = 3
LONGEST_COUNT = 10

#: Shading bands of a service's availability, by its shortfall in units of the error budget.
SHORTFALL_BANDS: dict[Language, tuple[str, ...]] = {
    "en": (
        "target met",
        "below target by less than the error budget",
        "below target by 1 to 10 times the error budget",
        "below target by 10 times the error budget or more",
    ),
    "ko": (
        "목표 달성",
        "목표 미달, 오류 예산 이내",
        "목표 미달, 오류 예산의 1~10배",
        "목표 미달, 오류 예산의 10배 이상",
    ),
}


@dataclass(frozen=True)
class ServiceRow:
    """One service, worst first. ``band`` indexes ``ReportModel.shading`` (0 = target met)."""

    service: str
    availability: str
    downtime: str
    incidents: str
    mttr: str
    mttr_n: str
    mttr_interval: str
    mtbf: str
    slo_met: bool
    band: int
    own_target: str = ""


@dataclass(frozen=True)
class RejectedEntry:
    """A CSV row that was not imported: file name, physical line (header = 1), reason."""

    file: str
    line: int
    reason: str


@dataclass(frozen=True)
class ReportModel:
    """``notices`` are the outages at or over the notice threshold, ``notice_note`` says so in a
    sentence; ``words`` holds the fixed words of the report in ``language``."""

    language: Language
    words: ReportWords
    title: str
    organisation: str
    subject: str
    period: str
    timezone: str
    generated: str
    target: str
    kpis: tuple[Kpi, ...]
    sentences: list[str]
    worst: list[IncidentRow]
    trends: Trends
    services: list[ServiceRow]
    longest: list[IncidentRow]
    incidents: list[IncidentRow]
    notices: list[IncidentRow]
    notice_note: str
    rejected: list[RejectedEntry]
    import_note: str
    shading: tuple[str, ...]
    #: What the reader and the analysis assumed: (file name or "", line or "", message).
    findings: list[tuple[str, str, str]] = field(default_factory=list)
    filters: FilterSummary = NO_FILTERS
    calendar: DayCalendar | None = None
    calendar_words: tuple[str, ...] = ()
    repair: RepairDistribution | None = None
    method: list[tuple[str, str]] = field(default_factory=list)
    #: Incidents reclassified in the library (None: the report was made from files).
    reclassified: list[ReclassifiedEntry] | None = None


def format_interval(low: float | None, high: float | None, lang: Language) -> str:
    if low is None or high is None:
        return "–"
    return f"{format_minutes(low, lang)} – {format_minutes(high, lang)}"


def _optional(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def service_rows(
    services: pd.DataFrame, settings: Settings, lang: Language = "en"
) -> list[ServiceRow]:
    """The services table, worst first (``worst_first``); each service is held to its own
    target where it has one."""
    ordered = worst_first(services)
    targets = ordered["service"].map(settings.slo_for).to_numpy(dtype=float)
    bands = shortfall_bands(ordered["availability_pct"], targets)
    records = ordered.to_dict("records")
    return [
        ServiceRow(
            service=str(row["service"]),
            availability=format_pct(float(row["availability_pct"])),
            downtime=format_minutes(float(row["downtime_minutes"]), lang),
            incidents=format_count(int(row["incidents"])),
            mttr=format_minutes(_optional(row["mttr_median_minutes"]), lang),
            mttr_n=format_count(int(row["mttr_n"])),
            mttr_interval=format_interval(
                _optional(row["mttr_median_low_minutes"]),
                _optional(row["mttr_median_high_minutes"]),
                lang,
            ),
            mtbf=format_hours(_optional(row["mtbf_hours"]), lang),
            slo_met=bool(slo_met(float(row["availability_pct"]), target)),
            band=int(band),
            own_target="" if target == settings.slo_pct else format_target(target),
        )
        for row, band, target in zip(records, bands, targets, strict=True)
    ]


def rejected_entries(imported: ImportResult, lang: Language = "en") -> list[RejectedEntry]:
    """Every rejected row, its reason in ``lang``."""
    return [
        RejectedEntry(Path(f.path).name, r.line, message_in(r.reason, lang))
        for f in imported.files
        for r in f.rejected
    ]


def finding_entries(
    findings: Sequence[Finding], lang: Language = "en"
) -> list[tuple[str, str, str]]:
    """Each finding once, as (file name, line, message in ``lang``) for the data appendix."""
    return [
        (
            Path(f.file).name if f.file else "",
            f"{f.line:,}" if f.line else "",
            message_in(f.message, lang),
        )
        for f in dict.fromkeys(findings)
    ]


def import_note(imported: ImportResult, lang: Language = "en") -> str:
    """``2 files, 5,012 rows read: 5,000 imported, 7 duplicates merged, 5 rejected.``"""
    files = len(imported.files)
    return REPORT_WORDS[lang].import_note.format(
        files=format_count(files),
        plural="" if files == 1 else "s",
        rows=format_count(sum(f.rows for f in imported.files)),
        imported=format_count(sum(f.imported for f in imported.files)),
        duplicates=format_count(imported.duplicate_count),
        rejected=format_count(imported.rejected_count),
    )


def _sentences(
    analysis: Analysis, longest: list[IncidentRow], notices: int, lang: Language
) -> list[str]:
    slo = analysis.settings.slo_pct
    overall = analysis.metrics.overall
    sentences = [headline_sentence(overall, slo, lang)]
    if longest:
        top = longest[0]
        sentences.append(longest_sentence(top.service, top.title, top.duration, top.is_open, lang))
    previous = analysis.previous and analysis.previous.overall
    sentences.append(change_sentence(overall, previous, lang))
    services = services_sentence(analysis.metrics, analysis.settings, lang)
    if services:
        sentences.append(services)
    sentences.append(recovery_sentence(overall, slo, lang))
    sentences.append(notice_sentence(notices, analysis.settings.notice_hours, lang))
    return sentences


def build_report_model(
    analysis: Analysis,
    imported: ImportResult,
    *,
    title: str = "",
    organisation: str,
    generated_at: datetime | None = None,
    lang: Language = "en",
    reclassifications: Sequence[Reclassification] | None = None,
) -> ReportModel:
    """The report of ``analysis`` (its window, selection and settings) and of the import, in
    ``lang``; an empty ``title`` is the language's default title. ``reclassifications`` (from
    the library) add their count to the summary and an appendix listing them."""
    words = REPORT_WORDS[lang]
    generated = pd.Timestamp(generated_at or datetime.now(UTC))
    if generated.tzinfo is None:
        generated = generated.tz_localize(analysis.window.tz)
    window, tz, settings = analysis.window, analysis.window.tz, analysis.settings
    incidents = analysis.in_window.reset_index(drop=True)
    as_of = min(window.end, generated)
    minutes = incident_minutes(incidents, window, as_of, analysis.metrics.options)
    notice = notice_required(incidents, settings.notice_hours, as_of)

    # Every row is formatted once; the other lists pick theirs (labels are positions here).
    every = incident_rows(incidents, minutes, tz, notice, lang)

    def rows(positions: Sequence[int]) -> list[IncidentRow]:
        return [every[i] for i in positions]

    longest = rows(top_by(minutes, "duration", LONGEST_COUNT))
    notices = rows(np.flatnonzero(notice.to_numpy(dtype=bool)))
    period = period_text(window, lang)
    previous = analysis.previous and analysis.previous.overall
    sentences = _sentences(analysis, longest, len(notices), lang)
    reclassified = None
    if reclassifications is not None:
        reclassified = reclassified_entries(reclassifications, window, lang)
        sentences.append(reclassified_sentence(reclassified, lang))
    return ReportModel(
        language=lang,
        words=words,
        title=title or words.default_title,
        organisation=organisation,
        subject=words.subject.format(period),
        period=period,
        timezone=zone_text(window, lang),
        generated=generated_text(generated.to_pydatetime(), tz, lang),
        target=format_target(settings.slo_pct),
        kpis=build_kpis(analysis.metrics.overall, previous, settings.slo_pct),
        sentences=sentences,
        worst=rows(top_by(minutes, "weighted_downtime", WORST_COUNT)),
        trends=build_trends(analysis.metrics, settings.slo_pct, lang),
        services=service_rows(analysis.metrics.services, settings, lang),
        longest=longest,
        incidents=every,
        notices=notices,
        notice_note=notice_sentence(len(notices), settings.notice_hours, lang),
        rejected=rejected_entries(imported, lang),
        import_note=import_note(imported, lang),
        findings=finding_entries([*imported.findings, *analysis.findings], lang),
        shading=SHORTFALL_BANDS[lang],
        calendar=day_calendar(analysis.swept, settings, as_of=generated),
        calendar_words=shade_words(settings.slo_pct, lang),
        repair=repair_distribution(analysis.incidents, window),
        filters=analysis.filters,
        method=method_definitions(settings, lang=lang),
        reclassified=reclassified,
    )
