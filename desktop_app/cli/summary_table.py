"""The ``summary`` command's readable output: a heading and fixed-width tables of the figures,
in the reader's language."""

from __future__ import annotations

from typing import Any

import pandas as pd

from desktop_app.core.metrics.figures import Figures, MetricsResult
from desktop_app.core.model import ImportResult
from desktop_app.core.reporting.text_table import render_table
from desktop_app.core.window import Window
from desktop_app.text import Text, text_for
from desktop_app.text.language import Language

_MTTR_TO_MTBF = ("MTTR p50", "MTTR n", "MTTR p90", "MTTA", "MTBF")


def _headers(text: Text) -> list[str]:
    return [
        text.pgettext("summary column", "Availability"),
        text.pgettext("summary column", "Downtime"),
        text.pgettext("summary column", "Maint."),
        text.pgettext("summary column", "Incidents"),
        text.pgettext("summary column", "Open"),
        "MTTR",
        *_MTTR_TO_MTBF,
        text.pgettext("summary column", "Crit"),
        text.pgettext("summary column", "Major"),
        text.pgettext("summary column", "Minor"),
        text.pgettext("summary column", "Unkn"),
    ]


def _cells(f: Figures, text: Text) -> list[str]:
    severity = [text.count(f.by_severity.get(s, 0)) for s in ("critical", "major", "minor")]
    return [
        text.availability(f.availability_pct, 3),
        text.minutes(f.downtime_minutes),
        text.minutes(f.maintenance_minutes),
        text.count(f.incidents),
        text.count(f.open_incidents),
        text.minutes(f.mttr_minutes),
        text.minutes(f.mttr_median_minutes),
        text.count(f.mttr_n),
        text.minutes(f.mttr_p90_minutes),
        text.minutes(f.mtta_minutes),
        text.hours(f.mtbf_hours),
        *severity,
        text.count(f.by_severity.get("unknown", 0)),
    ]


def _period(window: Window, text: Text) -> str:
    """Both days included; ``(to date)`` when the window was cut at the analysis."""
    days = text.date_range(window.start.date(), window.last_day)
    if not window.to_date:
        return days
    return text.pgettext("window", "{days} (to date)").format(days=days)


def _heading_lines(imported: ImportResult, metrics: MetricsResult, text: Text) -> list[str]:
    """The window as the PDF writes it (days included, zone) and the import's row counts."""
    options, window = metrics.options, metrics.window
    heading = text.gettext(
        "Window: {period} · {zone} · partial weight {weight} · periods by {granularity}"
    ).format(
        period=_period(window, text),
        zone=text.zone(window.tz, window.start, window.end - pd.Timedelta(nanoseconds=1)),
        weight=f"{options.partial_weight:g}",
        granularity=text.granularity(options.granularity),
    )
    files = text.gettext(
        "Files: {files} · rows {rows} · imported {imported} · duplicates {duplicates}"
        " · rejected {rejected}"
    ).format(
        files=text.count(len(imported.files)),
        rows=text.count(sum(f.rows for f in imported.files)),
        imported=text.count(len(imported.incidents)),
        duplicates=text.count(imported.duplicate_count),
        rejected=text.count(imported.rejected_count),
    )
    return [heading, files]


def format_summary_text(
    imported: ImportResult, metrics: MetricsResult, lang: Language = "en"
) -> str:
    """Window, overall figures, one row per service and one per period, fixed width."""
    text = text_for(lang)
    headers = _headers(text)
    scope = text.pgettext("summary column", "Scope")
    lines = [
        *_heading_lines(imported, metrics, text),
        "",
        *render_table(
            [scope, *headers],
            [[text.pgettext("summary row", "Overall"), *_cells(metrics.overall, text)]],
        ),
        "",
    ]
    services = [
        [row["service"], *_cells(Figures.from_row(row), text)] for row in _records(metrics.services)
    ]
    lines += render_table([text.pgettext("summary column", "Service"), *headers], services)
    granularity = metrics.options.granularity
    periods = [
        [text.period(row["start"].date(), granularity), *_cells(Figures.from_row(row), text)]
        for row in _records(metrics.periods)
    ]
    lines += ["", *render_table([text.pgettext("summary column", "Period"), *headers], periods)]
    return "\n".join(lines) + "\n"


def _records(table: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(key): value for key, value in row.items()} for row in table.to_dict("records")]
