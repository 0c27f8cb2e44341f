"""The `summary` command's output: a JSON document and a readable fixed-width table."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd

from desktop_app.core.formatting import (
    format_count,
    format_date_range,
    format_hours,
    format_minutes,
    format_pct,
    format_period,
    format_zone,
)
from desktop_app.core.labels import GRANULARITY_NAMES
from desktop_app.core.language import Language
from desktop_app.core.metrics.figures import Figures, MetricsResult
from desktop_app.core.model import Finding, ImportResult
from desktop_app.core.reporting.text_table import render_table
from desktop_app.core.window import Window

_PCT_DIGITS = 6
_DIGITS = 3


def _rounded(key: str, value: object) -> object:
    if not isinstance(value, float):
        return value
    if math.isnan(value):
        return None
    return round(value, _PCT_DIGITS if key.endswith("_pct") else _DIGITS)


def figures_json(figures: Figures) -> dict[str, object]:
    """The figures with floats rounded (percentages to 6 places, durations to 3) and None."""
    return {key: _rounded(key, value) for key, value in figures.to_json().items()}


def _rows_json(table: pd.DataFrame, keys: list[str]) -> list[dict[str, object]]:
    rows = []
    for row in table.to_dict("records"):
        head = {k: row[k].isoformat() if isinstance(row[k], pd.Timestamp) else row[k] for k in keys}
        rows.append({**head, **figures_json(Figures.from_row(row))})
    return rows


def summary_json(
    imported: ImportResult,
    metrics: MetricsResult,
    findings: Sequence[Finding] = (),
    as_of: pd.Timestamp | None = None,
) -> dict[str, object]:
    """The document printed by ``summary --json`` (issue 2's shape, plus ``options``,
    ``failed``: the files that could not be read at all, ``findings``: what the reader and
    the analysis assumed, and ``as_of``: the moment open incidents were measured to)."""
    options = metrics.options
    return {
        "window": metrics.window.to_json(),
        "as_of": None if as_of is None else as_of.isoformat(),
        "options": {
            "partial_weight": options.partial_weight,
            "degraded_weight": options.degraded_weight,
            "granularity": options.granularity,
        },
        "files": [f.to_json() for f in imported.files],
        "failed": [{"path": e.path, "reason": e.reason} for e in imported.failed],
        "findings": [f.to_json() for f in findings],
        "overall": figures_json(metrics.overall),
        "services": _rows_json(metrics.services, ["service"]),
        "periods": _rows_json(metrics.periods, ["start", "end"]),
    }


_MTTR_TO_MTBF = ("MTTR p50", "MTTR n", "MTTR p90", "MTTA", "MTBF")
#: The words of the text summary: column headers, row headers and the two heading lines.
_WORDS: dict[Language, dict[str, object]] = {
    "en": {
        "headers": ["Availability", "Downtime", "Maint.", "Incidents", "Open", "MTTR"],
        "severities": ["Crit", "Major", "Minor", "Unkn"],
        "scope": ("Scope", "Overall", "Service", "Period"),
        "window": "Window: {period} · {zone} · partial weight {weight} · periods by {granularity}",
        "files": "Files: {files} · rows {rows} · imported {imported} · duplicates {duplicates}"
        " · rejected {rejected}",
        "to_date": "{} (to date)",
    },
    "ko": {
        "headers": ["가용성", "장애 시간", "점검", "장애", "진행 중", "MTTR"],
        "severities": ["심각", "주요", "경미", "미분류"],
        "scope": ("범위", "전체", "서비스", "구간"),
        "window": "기간: {period} · {zone} · 부분 장애 가중치 {weight} · 구간 단위 {granularity}",
        "files": "파일 {files}개 · {rows}행 · 가져옴 {imported}건 · 중복 {duplicates}건"
        " · 제외 {rejected}행",
        "to_date": "{} (현재까지)",
    },
}


def _cells(f: Figures, lang: Language) -> list[str]:
    severity = [format_count(f.by_severity.get(s, 0)) for s in ("critical", "major", "minor")]
    return [
        format_pct(f.availability_pct, 3),
        format_minutes(f.downtime_minutes, lang),
        format_minutes(f.maintenance_minutes, lang),
        format_count(f.incidents),
        format_count(f.open_incidents),
        format_minutes(f.mttr_minutes, lang),
        format_minutes(f.mttr_median_minutes, lang),
        format_count(f.mttr_n),
        format_minutes(f.mttr_p90_minutes, lang),
        format_minutes(f.mtta_minutes, lang),
        format_hours(f.mtbf_hours, lang),
        *severity,
        format_count(f.by_severity.get("unknown", 0)),
    ]


def _period(window: Window, lang: Language) -> str:
    """The window as the PDF writes it (``desktop_app.text.report.period``)."""
    shown = format_date_range(window.start.date(), window.last_day, lang)
    return str(_WORDS[lang]["to_date"]).format(shown) if window.to_date else shown


def _zone(window: Window, lang: Language) -> str:
    return format_zone(window.tz, window.start, window.end - pd.Timedelta(nanoseconds=1), lang)


def _heading_lines(imported: ImportResult, metrics: MetricsResult, lang: Language) -> list[str]:
    """The window as the PDF writes it (days included, zone) and the import's row counts."""
    words, options = _WORDS[lang], metrics.options
    window = str(words["window"]).format(
        period=_period(metrics.window, lang),
        zone=_zone(metrics.window, lang),
        weight=f"{options.partial_weight:g}",
        granularity=GRANULARITY_NAMES[lang].get(options.granularity, options.granularity),
    )
    files = str(words["files"]).format(
        files=format_count(len(imported.files)),
        rows=format_count(sum(f.rows for f in imported.files)),
        imported=format_count(len(imported.incidents)),
        duplicates=format_count(imported.duplicate_count),
        rejected=format_count(imported.rejected_count),
    )
    return [window, files]


def format_summary_text(
    imported: ImportResult, metrics: MetricsResult, lang: Language = "en"
) -> str:
    """Window, overall figures, one row per service and one per period, fixed width."""
    words = _WORDS[lang]
    headers = [*words["headers"], *_MTTR_TO_MTBF, *words["severities"]]  # type: ignore[misc]
    scope, overall, service, period = words["scope"]  # type: ignore[misc]
    lines = [
        *_heading_lines(imported, metrics, lang),
        "",
        *render_table([scope, *headers], [[overall, *_cells(metrics.overall, lang)]]),
        "",
    ]
    services = [
        [row["service"], *_cells(Figures.from_row(row), lang)]
        for row in metrics.services.to_dict("records")
    ]
    lines += render_table([service, *headers], services)
    granularity = metrics.options.granularity
    periods = [
        [
            format_period(row["start"].date(), granularity, lang),
            *_cells(Figures.from_row(row), lang),
        ]
        for row in metrics.periods.to_dict("records")
    ]
    lines += ["", *render_table([period, *headers], periods)]
    return "\n".join(lines) + "\n"


#: The commands' own messages on stderr and stdout (a row's reason is the reader's).
CLI_MESSAGES: dict[Language, dict[str, str]] = {
    "en": {
        "error": "error: {}",
        "rejected": "rejected: {}: {}",
        "wrote": "wrote {}",
        "header_only": "no incident rows (the file has a header and nothing else)",
        "nothing_imported": "no incident was imported: {rows} rows, {rejected} rejected",
        "note": "note: {}",
        "line": "line {}: ",
    },
    "ko": {
        "error": "오류: {}",
        "rejected": "제외: {}: {}",
        "wrote": "작성함: {}",
        "header_only": "장애 행 없음(머리글만 있는 파일)",
        "nothing_imported": "가져온 장애 없음: {rows}행 중 {rejected}행 제외",
        "note": "참고: {}",
        "line": "{}행: ",
    },
}
