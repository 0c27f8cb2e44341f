"""The report in words: ``core.reporting.report_model.ReportModel`` written in one language,
ready for ``desktop_app.report`` to draw (headings, captions, table cells, sentences).

``report_text(model, text)`` is called when the PDF is written, so the same model gives the
English and the Korean report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from desktop_app.core.library.edits import VERSION
from desktop_app.core.messages import Message
from desktop_app.core.metrics.calendar import DayCalendar
from desktop_app.core.metrics.durations import TIME_TICKS, RepairDistribution
from desktop_app.core.metrics.known_spans import SourceSpan
from desktop_app.core.metrics.kpis import Kpi
from desktop_app.core.model import IMPACTS, SEVERITIES
from desktop_app.core.reporting.incident_rows import IncidentRow
from desktop_app.core.reporting.reclassified import EditedValue, ReclassifiedEntry
from desktop_app.core.reporting.report_model import ImportCounts, ReportModel, ServiceRow
from desktop_app.core.reporting.trends import Trends
from desktop_app.core.window import Window
from desktop_app.text.calendar import shade_words
from desktop_app.text.filters import filters
from desktop_app.text.kpis import Tile, confidence, interval, tile
from desktop_app.text.language import Language
from desktop_app.text.method import method_definitions
from desktop_app.text.render import DASH, Text
from desktop_app.text.report_words import ReportWords
from desktop_app.text.sentences import notice, summary_sentences, target


def period(text: Text, window: Window) -> str:
    """``1 Jan 2020 – 31 Dec 2021``; ``2020년 1월 1일 ~ 2021년 12월 31일`` (both days included);
    ``(to date)`` follows when the window was cut at the analysis."""
    shown = text.date_range(window.start.date(), window.last_day)
    if not window.to_date:
        return shown
    return text.gettext("{period} (to date)").format(period=shown)


def zone(text: Text, window: Window) -> str:
    """``Asia/Seoul (UTC+09:00)``; ``KST (UTC+9)``."""
    return text.zone(window.tz, window.start, window.end - pd.Timedelta(nanoseconds=1))


def generated(text: Text, moment: pd.Timestamp, tz: str) -> str:
    """``2026-11-25 18:27 Asia/Seoul``; ``2026년 11월 25일 18:27 (UTC+9)``."""
    return text.moment(moment.tz_convert(tz), tz)


def coverage_lines(text: Text, spans: Sequence[SourceSpan], tz: str) -> tuple[str, ...]:
    """``incidents.csv covers KakaoStory, KakaoTalk from 2 Mar 2020 to 10 Mar 2020``: the
    method page's account of what the data covers, one line per file."""
    template = text.gettext("{file} covers {services} from {first} to {last}.")
    return tuple(
        template.format(
            file=Path(span.source).name,
            services=", ".join(span.services),
            first=text.date(span.start.tz_convert(tz).date()),
            last=text.date(span.end.tz_convert(tz).date()),
        )
        for span in spans
    )


def import_note(text: Text, counts: ImportCounts) -> str:
    """``2 files, 5,012 rows read: 5,000 imported, 7 duplicates merged, 5 rejected.``"""
    return text.ngettext(
        "{files} file, {rows} rows read: {imported} imported, {duplicates} duplicates merged, "
        "{rejected} rejected.",
        "{files} files, {rows} rows read: {imported} imported, {duplicates} duplicates merged, "
        "{rejected} rejected.",
        counts.files,
    ).format(
        files=text.count(counts.files),
        rows=text.count(counts.rows),
        imported=text.count(counts.imported),
        duplicates=text.count(counts.duplicates),
        rejected=text.count(counts.rejected),
    )


def shortfall_bands(text: Text) -> tuple[str, ...]:
    """What each shortfall band of a service's availability means (``shortfall_bands``)."""
    return (
        text.gettext("target met"),
        text.gettext("below target by less than the error budget"),
        text.gettext("below target by 1 to 10 times the error budget"),
        text.gettext("below target by 10 times the error budget or more"),
    )


def note(text: Text, message: Message) -> str:
    """A reason or finding in the reader's language."""
    return text.message(message)


def edited_value(text: Text, change: EditedValue) -> str:
    """``start corrected from 2024-01-10 10:00 to 2024-01-10 10:15``."""
    if change.name == VERSION:
        return text.gettext("values of import {version} used, not the latest import's").format(
            version=change.value
        )
    if change.name == "maintenance":
        return text.gettext("counted as maintenance")
    if change.name == "excluded":
        return text.gettext("excluded from availability ({reason})").format(reason=change.value)
    if change.name == "started_at":
        template = text.gettext("start corrected from {before} to {after}")
    else:
        template = text.gettext("end corrected from {before} to {after}")
    return template.format(before=change.before or DASH, after=change.after or DASH)


@dataclass(frozen=True)
class IncidentLine:
    """An incident row as printed: severity and impact named, times and durations written."""

    incident_id: str
    service: str
    title: str
    severity: str
    impact: str
    started: str
    resolved: str
    duration: str
    downtime: str
    cause: str
    notice: bool


@dataclass(frozen=True)
class ServiceLine:
    """A services table row as printed; ``slo_met`` and ``band`` (its shading) kept."""

    service: str
    availability: str
    downtime: str
    incidents: str
    mttr: str
    mttr_n: str
    mttr_interval: str
    mtbf: str
    slo_met: bool | None
    band: int
    own_target: str = ""


@dataclass(frozen=True)
class ReclassifiedLine:
    incident_id: str
    started: str
    service: str
    title: str
    change: str
    reason: str


@dataclass(frozen=True)
class RejectedLine:
    file: str
    line: int
    reason: str


@dataclass(frozen=True)
class ReportText:
    """A ``ReportModel`` in words (``model`` keeps its figures for the charts). Every string
    is plain text (never markup); the drawing code escapes it."""

    model: ReportModel
    language: Language
    words: ReportWords
    title: str
    organisation: str
    subject: str
    period: str
    timezone: str
    generated: str
    target: str
    tiles: tuple[tuple[Kpi, Tile], ...]
    sentences: tuple[str, ...]
    filters: str
    worst: tuple[IncidentLine, ...]
    longest: tuple[IncidentLine, ...]
    incidents: tuple[IncidentLine, ...]
    notices: tuple[IncidentLine, ...]
    notice_note: str
    #: The body's notice list (``ReportModel.notice_list``): its rows, the sentence saying how
    #: many are listed above ("" for none) and the line counting the rest (both ways: with
    #: appendix A and without it; "" for none).
    notice_rows: tuple[IncidentLine, ...]
    notice_above: str
    notice_more: tuple[str, str]
    services: tuple[ServiceLine, ...]
    shading: tuple[str, ...]
    rejected: tuple[RejectedLine, ...]
    import_note: str
    #: (file name or "", line or "", message)
    findings: tuple[tuple[str, str, str], ...]
    method: tuple[tuple[str, str], ...]
    coverage: tuple[str, ...]
    reclassified: tuple[ReclassifiedLine, ...] | None
    trend_labels: tuple[str, ...]
    granularity: str
    confidence: str
    severity_names: dict[str, str]
    impact_names: dict[str, str]
    calendar_words: tuple[str, ...]
    month_labels: tuple[str, ...]
    time_ticks: tuple[tuple[float, str], ...]
    #: The repair chart's median and p90 (minutes or None, and their label).
    repair_marks: tuple[tuple[float | None, str], ...]

    @property
    def trends(self) -> Trends:
        return self.model.trends

    @property
    def calendar(self) -> DayCalendar | None:
        return self.model.calendar

    @property
    def repair(self) -> RepairDistribution | None:
        return self.model.repair


class Durations:
    """Durations written once per distinct value: appendices repeat them by the thousand."""

    def __init__(self, text: Text) -> None:
        self._text = text
        self.written: dict[float, str] = {}

    def __call__(self, minutes: float | None) -> str:
        if minutes is None or minutes != minutes:  # NaN
            return DASH
        shown = self.written.get(minutes)
        if shown is None:
            shown = self.written[minutes] = self._text.minutes(minutes)
        return shown


def _incident_lines(
    rows: Sequence[IncidentRow], text: Text, durations: Durations
) -> tuple[IncidentLine, ...]:
    severity = {key: text.severity(key) for key in SEVERITIES}
    impact = {key: text.impact(key) for key in IMPACTS}
    still_open = text.open_word()
    return tuple(
        IncidentLine(
            incident_id=row.incident_id,
            service=text.service(row.service),
            title=row.title,
            severity=severity.get(row.severity, row.severity),
            impact=impact.get(row.impact, row.impact),
            started=row.started,
            resolved=row.resolved or still_open,
            duration=durations(row.duration_minutes),
            downtime=durations(row.downtime_minutes),
            cause=row.cause,
            notice=row.notice,
        )
        for row in rows
    )


def _service_line(row: ServiceRow, text: Text) -> ServiceLine:
    return ServiceLine(
        service=text.service(row.service),
        availability=text.availability(row.availability_pct),
        downtime=text.minutes(row.downtime_minutes),
        incidents=text.count(row.incidents),
        mttr=text.minutes(row.mttr_median_minutes),
        mttr_n=text.count(row.mttr_n),
        mttr_interval=interval(text, row.mttr_low_minutes, row.mttr_high_minutes),
        mtbf=text.hours(row.mtbf_hours),
        slo_met=row.slo_met,
        band=row.band,
        own_target="" if row.own_target_pct is None else target(row.own_target_pct),
    )


def reclassified_line(entry: ReclassifiedEntry, text: Text) -> ReclassifiedLine:
    return ReclassifiedLine(
        entry.incident_id,
        entry.started,
        text.service(entry.service),
        entry.title,
        "; ".join(edited_value(text, change) for change in entry.changes),
        "; ".join(entry.reasons) or text.gettext("no reason given"),
    )


def _month_labels(text: Text, calendar: DayCalendar | None) -> tuple[str, ...]:
    if calendar is None or not len(calendar.days):
        return ()
    return tuple(text.month(first) for first in calendar.wall()[2])


def _repair_marks(
    repair: RepairDistribution | None, words: ReportWords, text: Text
) -> tuple[tuple[float | None, str], ...]:
    """``median 2 h 10 min``, ``p90 2 h 50 min``."""
    if repair is None:
        return ()
    marks = ((repair.median, words.median), (repair.p90, "p90"))
    return tuple((m, f"{name} {text.minutes(m)}") for m, name in marks)


def listed_above(text: Text, count: int) -> str:
    """``3 of them are listed under the longest incidents above.`` ("" for none)."""
    if not count:
        return ""
    return text.ngettext(
        "{count} of them is listed under the longest incidents above.",
        "{count} of them are listed under the longest incidents above.",
        count,
    ).format(count=text.count(count))


def more_rows(text: Text, count: int) -> tuple[str, str]:
    """``and 783 more: appendix A``, and the line for a report without appendices ("" for
    none)."""
    if not count:
        return ("", "")
    shown = text.count(count)
    return (
        text.ngettext("and {count} more: appendix A", "and {count} more: appendix A", count).format(
            count=shown
        ),
        text.ngettext(
            "and {count} more (this report leaves out appendix A)",
            "and {count} more (this report leaves out appendix A)",
            count,
        ).format(count=shown),
    )


def report_text(model: ReportModel, text: Text) -> ReportText:
    """``model`` in the language of ``text``."""
    words = ReportWords(text)
    durations = Durations(text)
    window, settings = model.window, model.settings
    shown_period = period(text, window)
    reclassified = None
    if model.reclassified is not None:
        reclassified = tuple(reclassified_line(e, text) for e in model.reclassified)
    return ReportText(
        model=model,
        language=text.lang,
        words=words,
        title=model.title or words.default_title,
        organisation=model.organisation,
        subject=words.subject.format(shown_period),
        period=shown_period,
        timezone=zone(text, window),
        generated=generated(text, model.generated, window.tz),
        target=target(settings.slo_pct),
        tiles=tuple((kpi, tile(text, kpi)) for kpi in model.kpis),
        sentences=tuple(summary_sentences(text, model.summary)),
        filters=filters(text, model.filters),
        worst=_incident_lines(model.worst, text, durations),
        longest=_incident_lines(model.longest, text, durations),
        incidents=_incident_lines(model.incidents, text, durations),
        notices=_incident_lines(model.notices, text, durations),
        notice_note=notice(text, len(model.notices), settings.notice_hours),
        notice_rows=_incident_lines(model.notice_list.rows, text, durations),
        notice_above=listed_above(text, model.notice_list.above),
        notice_more=more_rows(text, model.notice_list.more),
        services=tuple(_service_line(row, text) for row in model.services),
        shading=shortfall_bands(text),
        rejected=tuple(RejectedLine(r.file, r.line, note(text, r.reason)) for r in model.rejected),
        import_note=import_note(text, model.imports),
        findings=tuple(
            (f.file, "" if f.line is None else f"{f.line:,}", note(text, f.message))
            for f in model.findings
        ),
        method=tuple(method_definitions(text, settings, model.limits)),
        coverage=coverage_lines(text, model.coverage, window.tz),
        reclassified=reclassified,
        trend_labels=tuple(text.axis_labels(model.trends.starts, model.trends.granularity)),
        granularity=text.granularity(model.trends.granularity),
        confidence=confidence(model.limits.bootstrap_confidence),
        severity_names={key: text.severity(key) for key in SEVERITIES},
        impact_names={key: text.impact(key) for key in IMPACTS},
        calendar_words=shade_words(text, settings.slo_pct),
        month_labels=_month_labels(text, model.calendar),
        time_ticks=tuple((tick, text.duration_tick(tick)) for tick in TIME_TICKS),
        repair_marks=_repair_marks(model.repair, words, text),
    )
