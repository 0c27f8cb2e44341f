"""The `summary` command's output: a JSON document and a readable fixed-width table."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd

from desktop_app.core.formatting import (
    format_count,
    format_hours,
    format_minutes,
    format_pct,
    format_time,
)
from desktop_app.core.metrics.figures import Figures, MetricsResult
from desktop_app.core.model import Finding, ImportResult
from desktop_app.core.reporting.text_table import render_table

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


_HEADERS = ["Availability", "Downtime", "Maint.", "Incidents", "Open", "MTTR", "MTTR p50"]
_HEADERS += ["MTTR p90", "MTTA", "MTBF", "Crit", "Major", "Minor", "Unkn"]


def _cells(f: Figures) -> list[str]:
    severity = [format_count(f.by_severity.get(s, 0)) for s in ("critical", "major", "minor")]
    return [
        format_pct(f.availability_pct, 3),
        format_minutes(f.downtime_minutes),
        format_minutes(f.maintenance_minutes),
        format_count(f.incidents),
        format_count(f.open_incidents),
        format_minutes(f.mttr_minutes),
        format_minutes(f.mttr_median_minutes),
        format_minutes(f.mttr_p90_minutes),
        format_minutes(f.mtta_minutes),
        format_hours(f.mtbf_hours),
        *severity,
        format_count(f.by_severity.get("unknown", 0)),
    ]


def _import_line(imported: ImportResult) -> str:
    counts = {
        "rows": sum(f.rows for f in imported.files),
        "imported": len(imported.incidents),
        "duplicates": imported.duplicate_count,
        "rejected": imported.rejected_count,
    }
    parts = [f"{name} {format_count(value)}" for name, value in counts.items()]
    return f"Files: {len(imported.files)} · " + " · ".join(parts)


def format_summary_text(imported: ImportResult, metrics: MetricsResult) -> str:
    """Window, overall figures, one row per service and one per period, fixed width."""
    window, options = metrics.window, metrics.options
    tz = window.tz
    lines = [
        f"Window: {format_time(window.start, tz)} to {format_time(window.end, tz)}"
        f"{' (to date)' if window.to_date else ''} ({tz}, end "
        f"excluded) · partial weight {options.partial_weight:g} · periods by {options.granularity}",
        _import_line(imported),
        "",
        *render_table(["Scope", *_HEADERS], [["Overall", *_cells(metrics.overall)]]),
        "",
    ]
    services = [
        [row["service"], *_cells(Figures.from_row(row))]
        for row in metrics.services.to_dict("records")
    ]
    lines += render_table(["Service", *_HEADERS], services)
    periods = [
        [format_time(row["start"], tz), *_cells(Figures.from_row(row))]
        for row in metrics.periods.to_dict("records")
    ]
    lines += ["", *render_table(["Period from", *_HEADERS], periods)]
    return "\n".join(lines) + "\n"
