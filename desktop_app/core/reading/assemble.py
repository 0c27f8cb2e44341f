"""Turn parsed string columns into canonical incidents, the rows that were rejected and what
had to be assumed on the way (findings)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import PurePath

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from desktop_app.core.messages import MessageKind
from desktop_app.core.model import (
    INCIDENT_COLUMNS,
    NO_SERVICE,
    NO_SERVICE_TERM,
    Finding,
    RejectedRow,
)
from desktop_app.core.reading.cell_values import TOTALS
from desktop_app.core.reading.encoding import BAD_TEXT
from desktop_app.core.reading.event_log import event_findings, event_log
from desktop_app.core.reading.field_columns import Prepared
from desktop_app.core.reading.incident_times import TimeReading, read_times
from desktop_app.core.reading.normalize import normalise_impact, normalise_severity
from desktop_app.core.reading.rawtable import RawTable
from desktop_app.core.reading.row_kinds import non_incident_findings, non_incident_rules
from desktop_app.core.reading.spec import Rule, Spec

UNCLOSED_QUOTE = MessageKind(
    "unclosed_quote",
    'a quote (") opened in this row is never closed, so everything up to line {last} was '
    "read as one row; fix the quote and import again",
)
NOT_TEXT = MessageKind(
    "not_text",
    "column '{column}' holds bytes that are not text (a NUL byte or invalid UTF-8); fix or "
    "retype the cell",
)
TOTALS_ROW = MessageKind("totals_row", "'{label}' marks a totals row, not an incident")
TOTALS_ROWS = MessageKind(
    "totals_rows",
    "{count} rows were taken as totals (labelled 합계, Total, 소계, ...) and not imported",
)
NO_IMPACT_COLUMN = MessageKind(
    "no_impact_column", "no impact column: every incident is counted as a full outage"
)
NO_SERVICE_COLUMN = MessageKind(
    "no_service_column",
    "no service column: the file name '{name}' is used as the service of every incident",
)
EMPTY_SERVICE = MessageKind(
    "empty_service", "{count} rows name no service; they are grouped as '{name}'"
)

ID_REUSED = MessageKind(
    "id_reused",
    "{count} ids are used by more than one service (e.g. '{id}' for {services}); they are kept "
    "as separate incidents",
)
ID_CONFLICT = MessageKind(
    "id_conflict",
    "{count} incident ids appear on several rows with different start times; the last row of "
    "each was kept",
)
_STRING = pd.StringDtype()


@dataclass(frozen=True)
class Assembled:
    """Imported incidents (repeats merged, later rows winning), rejected rows, findings."""

    incidents: pd.DataFrame
    rejected: list[RejectedRow]
    duplicates: int
    findings: list[Finding] = field(default_factory=list)


def assemble(raw: RawTable, spec: Spec, tz: str, dayfirst: bool | None) -> Assembled:
    """Build the canonical table for one table's rows; see ``reader`` for the rules."""
    columns = Prepared(raw, spec)
    times = read_times(columns, spec, tz, dayfirst)
    log = event_log(columns, spec, times.started)
    if log is not None and log.resolved is not None:
        times = replace(times, resolved=log.resolved.where(log.resolved.notna(), times.resolved))
    left_out = non_incident_rules(columns, spec)
    rules = [
        *_unclosed_rule(raw),
        *_text_rules(raw, spec),
        *_totals_rule(columns),
        *left_out,
        *([] if log is None else log.rules),
        *times.rules,
    ]
    reasons = _first_reasons(raw.rows, rules)
    frame = _frame(raw, columns, times, spec)
    rejected_rows = np.flatnonzero(reasons >= 0)
    rejected = _rejected(raw, rules, reasons, rejected_rows, spec)
    imported = frame.drop(index=pd.Index(rejected_rows)) if len(rejected_rows) else frame
    distinct = ids_all_distinct(imported)
    merged = imported.reset_index(drop=True) if distinct else last_per_id(imported)
    findings = times.findings + _column_findings(spec, columns, imported)
    findings += _totals_findings(rules, reasons, spec)
    findings += non_incident_findings(rules, reasons, spec)
    findings += event_findings(log, reasons, times.resolved, spec)
    findings += [] if distinct else repeated_ids(imported, spec.path)
    return Assembled(merged, rejected, len(imported) - len(merged), findings)


def ids_all_distinct(frame: pd.DataFrame) -> bool:
    """Ids in strictly increasing order (exports sorted by id or numbered in time order) are
    distinct: one comparison of neighbours, a tenth of a hash pass. Otherwise one hash pass:
    pandas' ``is_unique`` takes 0.1 s on a million shuffled ids, where pyarrow's
    ``count_distinct`` takes 0.5 s and ``duplicated`` builds a mask first."""
    ids = frame["incident_id"]
    if len(ids) < 2:
        return True
    text = pa.array(ids.array)
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()  # neighbours compared within one chunk
    if pc.all(pc.greater(text[1:], text[:-1])).as_py():
        return True
    return bool(ids.is_unique)


def last_per_id(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (incident id, service), the later row winning: an id reused by another
    service is another incident (``assemble`` skips this when ``ids_all_distinct``)."""
    keep = ~frame.duplicated(["incident_id", "service"], keep="last")
    return frame.loc[keep].reset_index(drop=True)


def repeated_ids(frame: pd.DataFrame, path: str) -> list[Finding]:
    """Ids used by several services (kept apart) or repeated with other start times."""
    repeated = frame.loc[frame["incident_id"].duplicated(keep=False)]
    services = repeated.groupby("incident_id", observed=True)["service"].nunique()
    reused = services[services > 1]
    found = []
    if len(reused):
        example = reused.index[0]
        names = sorted(repeated.loc[repeated["incident_id"] == example, "service"].unique())
        found.append(
            Finding(
                path,
                "id_reused",
                ID_REUSED(
                    count=len(reused),
                    id=example,
                    services=", ".join(repr(n) for n in names[:3]),
                ),
            )
        )
    starts = repeated.groupby(["incident_id", "service"], observed=True)["started_at"].nunique()
    conflicting = int((starts > 1).sum())
    if conflicting:
        found.append(
            Finding(
                path,
                "id_conflict",
                ID_CONFLICT(count=conflicting),
            )
        )
    return found


def _unclosed_rule(raw: RawTable) -> list[Rule]:
    if raw.unclosed is None:
        return []
    mask = np.zeros(raw.rows, dtype=bool)
    mask[raw.unclosed.row] = True
    last = raw.unclosed.last_line
    return [
        Rule(
            mask,
            lambda r: UNCLOSED_QUOTE(last=last),
        )
    ]


def _text_rules(raw: RawTable, spec: Spec) -> list[Rule]:
    """A cell holding bytes that are not text (a NUL, invalid UTF-8) rejects its row."""
    if not spec.damaged:
        return []
    mask = np.zeros(raw.rows, dtype=bool)
    bad_column: dict[int, str] = {}
    for name, column in zip(raw.table.column_names, raw.table.columns, strict=True):
        hit = pc.fill_null(pc.match_substring(column, BAD_TEXT), False)
        hit_rows = np.flatnonzero(hit.to_numpy(zero_copy_only=False) & ~mask)
        mask[hit_rows] = True
        bad_column.update(dict.fromkeys(hit_rows.tolist(), name))
    return [
        Rule(
            mask,
            lambda r: NOT_TEXT(column=bad_column.get(r, "?")),
        )
    ]


def _totals_rule(columns: Prepared) -> list[Rule]:
    """A row labelled ``합계``/``Total``/``소계`` in its first or id/title/service cell."""
    mask = np.zeros(columns.raw.rows, dtype=bool)
    if columns.raw.rows == 0:
        return []
    label: dict[int, str] = {}
    for column in columns.label_columns():
        hit = pc.is_in(column, value_set=TOTALS)
        rows = np.flatnonzero(hit.to_numpy(zero_copy_only=False) & ~mask)
        mask[rows] = True
        label.update({int(r): column[int(r)].as_py() for r in rows})
    return [
        Rule(
            mask,
            lambda r: TOTALS_ROW(label=label.get(r, "")),
            totals=True,
        )
    ]


def _totals_findings(rules: list[Rule], reasons: np.ndarray, spec: Spec) -> list[Finding]:
    """Rows taken as totals, said once beside their rejections."""
    index = next((i for i, r in enumerate(rules) if r.totals), None)
    count = 0 if index is None else int((reasons == index).sum())
    if not count:
        return []
    return [Finding(spec.path, "totals_rows", TOTALS_ROWS(count=count))]


def _first_reasons(rows: int, rules: list[Rule]) -> np.ndarray:
    """Index of the first rule that rejects each row, or -1."""
    reasons = np.full(rows, -1, dtype=np.int64)
    for index, rule in enumerate(rules):
        reasons[(reasons < 0) & rule.mask] = index
    return reasons


def _rejected(
    raw: RawTable, rules: list[Rule], reasons: np.ndarray, rows: np.ndarray, spec: Spec
) -> list[RejectedRow]:
    values = raw.table.take(pa.array(rows, type=pa.int64())).to_pylist() if len(rows) else []
    return [
        RejectedRow(
            int(raw.lines[row]),
            spec.where(int(raw.lines[row]), rules[reasons[row]].message(int(row))),
            {header: text or "" for header, text in cells.items()},
        )
        for row, cells in zip(rows, values, strict=True)
    ]


def _frame(raw: RawTable, columns: Prepared, times: TimeReading, spec: Spec) -> pd.DataFrame:
    rows = raw.rows
    lines = pd.Series(raw.lines, dtype="int64")
    severity_col = columns.get("severity")
    impact_col = columns.get("impact")
    name = PurePath(spec.path).name  # short and stable: never a (temporary) folder's path
    stem = name if spec.sheet is None else f"{name}[{spec.sheet}]"
    frame = pd.DataFrame(
        {
            "incident_id": _filled(
                columns.get("incident_id"), rows, lambda: stem + ":" + lines.astype(str)
            ),
            "service": _filled(
                columns.get("service"),
                rows,
                lambda: NO_SERVICE if "service" in spec.mapping else columns.default_service(),
            ),
            "title": _strings(columns.get("title"), rows).fillna(""),
            "severity": normalise_severity(severity_col, rows),
            "severity_raw": _strings(severity_col, rows).fillna(""),
            "impact": normalise_impact(impact_col, rows),
            "impact_raw": _strings(impact_col, rows).fillna(""),
            "started_at": times.started,
            "resolved_at": times.resolved,
            "acknowledged_at": times.acknowledged,
            "cause": _strings(columns.get("cause"), rows).fillna(""),
            "source_file": pd.Series(spec.path, index=range(rows), dtype=_STRING),
            "source_line": lines,
        }
    )
    return frame.astype(INCIDENT_COLUMNS)  # type: ignore[arg-type]  # a dict of dtypes is fine


def _strings(column: pa.ChunkedArray | None, rows: int) -> pd.Series:
    if column is None:
        return pd.Series(pd.NA, index=range(rows), dtype=_STRING)
    series: pd.Series = column.to_pandas(types_mapper={pa.string(): _STRING}.get)
    return series.reset_index(drop=True)


def _filled(
    column: pa.ChunkedArray | None, rows: int, fallback: Callable[[], str | pd.Series]
) -> pd.Series:
    """Stripped text; empty cells take ``fallback()``, built only when some cell is empty."""
    if column is None:
        return pd.Series(fallback(), index=range(rows), dtype=_STRING)
    stripped = pc.utf8_trim_whitespace(column)
    empty = pc.fill_null(pc.equal(stripped, ""), True)
    text = _strings(stripped, rows)
    if not pc.any(empty).as_py():
        return text
    return text.mask(empty.to_numpy(zero_copy_only=False), fallback()).astype(_STRING)


def _column_findings(spec: Spec, columns: Prepared, imported: pd.DataFrame) -> list[Finding]:
    found = []
    if "impact" not in spec.mapping:
        found.append(Finding(spec.path, "no_impact_column", NO_IMPACT_COLUMN()))
    if "service" not in spec.mapping:
        found.append(
            Finding(
                spec.path,
                "no_service_column",
                NO_SERVICE_COLUMN(name=columns.default_service()),
            )
        )
    elif empty := int((imported["service"] == NO_SERVICE).sum()):
        found.append(
            Finding(
                spec.path,
                "empty_service",
                EMPTY_SERVICE(count=empty, name=NO_SERVICE_TERM),
            )
        )
    return found
