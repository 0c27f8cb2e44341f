"""The ``summary --json`` document: the same, byte for byte, in every language."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict

import pandas as pd

from desktop_app.core.metrics.figures import Figures, MetricsResult
from desktop_app.core.metrics.known_spans import NO_SPANS, KnownSpans
from desktop_app.core.metrics.open_incidents import NONE_OPEN, OpenIncidents
from desktop_app.core.model import Finding, ImportResult

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
    known: KnownSpans = NO_SPANS,
    undecided: OpenIncidents = NONE_OPEN,
) -> dict[str, object]:
    """The document printed by ``summary --json`` (issue 2's shape, plus ``options``,
    ``failed``: the files that could not be read at all, ``findings``: what the reader and
    the analysis assumed, ``as_of``: the moment open incidents were measured to, and
    ``coverage``: each source's span and services; a figure outside them is null, and
    ``open_incidents``: the open incidents not decided, those not counted as downtime, and
    ``overall_counting_open``: the overall figures counting all of them as down)."""
    counting = undecided.counting_all
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
        "failed": [{"path": e.path, "reason": str(e.reason)} for e in imported.failed],
        "findings": [f.to_json() for f in findings],
        "coverage": [span.to_json() for span in known.spans],
        "overall": figures_json(metrics.overall),
        "open_incidents": undecided.to_json(),
        "overall_counting_open": None
        if counting is None
        else {key: _rounded(key, value) for key, value in asdict(counting).items()},
        "services": _rows_json(metrics.services, ["service"]),
        "periods": _rows_json(metrics.periods, ["start", "end"]),
    }
