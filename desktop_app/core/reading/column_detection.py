"""Which columns of one table hold which field, and in which unit: the table's side.

This module looks at a table (its values sampled, split date/time columns joined, findings
on its guesses); ``header_scoring`` only scores header names and assigns fields.

Before scoring, a date and a time of day split over two columns (``OUTAGE.START.DATE``,
``OUTAGE.START.TIME``) are joined into one column, and unnamed index columns (pandas'
``Unnamed: 0``) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from desktop_app.core.messages import MessageKind, Term
from desktop_app.core.model import Finding, IncidentFileError, ReadOptions
from desktop_app.core.reading.cell_values import (
    are_event_words,
    is_status_word,
    numeric_fraction,
    object_text,
)
from desktop_app.core.reading.field_columns import clean
from desktop_app.core.reading.header_scoring import (
    UNITS,
    Detection,
    MappingError,
    ValueKind,
    apply_mapping,
    detect_columns,
    header_tokens,
    header_unit,
    score,
    split_unit,
)
from desktop_app.core.reading.normalize import impact_of
from desktop_app.core.reading.rawtable import RawTable
from desktop_app.core.reading.sources import Table
from desktop_app.core.reading.spec import Spec
from desktop_app.core.reading.timestamps import parse_times
from desktop_app.core.reading.vocabulary import DATE_PART_WORDS, TIME_PART_WORDS

PREVIEW_ROWS = 5
_SAMPLE = 200
_CONFIRMED = 0.5
#: A column with values in fewer of its sampled rows than this is (nearly) empty.
_SPARSE = 0.05
_INDEX_HEADER = re.compile(r"^(Unnamed: \d+(_level_\d+)?|column \d+|index|#)$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_SEVERITY_SCALE = frozenset({"none", "minor", "major", "critical"})
#: A start or end found by a time word alone is a guess worth confirming.
_SURE = 2.5

COLUMN_GUESS = MessageKind(
    "column_guess",
    "'{header}' was taken as the {which} time by its values; confirm with "
    '--map {field}="{header}"',
)
_WHICH = {"started_at": Term("time field", "start"), "resolved_at": Term("time field", "end")}


@dataclass
class TableDetection:
    """The detection for one table and what a mapping dialog shows."""

    detection: Detection
    preview: list[list[str]]
    kind_of: Callable[[str], ValueKind]
    findings: list[Finding] = field(default_factory=list)
    #: Units the user gave in the mapping (``duration=report.closeTime:ms``), by field.
    units: dict[str, str] = field(default_factory=dict)

    @property
    def usable(self) -> bool:
        return "started_at" in self.detection.mapping

    def spec(self, path: str, table: Table, damaged: bool) -> Spec:
        mapping = self.detection.mapping
        units: dict[str, float] = {}
        offsets = set()
        for name in ("duration", "acknowledged_at"):
            header = mapping.get(name)
            if header is None:
                continue
            unit = self.units.get(name) or table.units.get(header) or header_unit(header)
            units[name] = UNITS.get(unit or "", 60.0)
            if name == "acknowledged_at" and self.kind_of(header).kind == "number":
                offsets.add(name)
        return Spec(
            mapping, self.detection.fallbacks, units, frozenset(offsets), table.serials, path,
            table.sheet, damaged,
        )  # fmt: skip

    def time_columns(self, table: Table) -> list[pa.ChunkedArray]:
        """Every date column's text (for the file's day-or-month order)."""
        names = [
            header
            for name, header in {**self.detection.fallbacks, **self.detection.mapping}.items()
            if name in ("started_at", "resolved_at", "acknowledged_at", "updated_at")
        ]
        return [table.raw.table.column(h) for h in dict.fromkeys(names)]


def detect_table(path: str, table: Table) -> TableDetection:
    """Detect the table's columns from their words and values."""
    _join_split_times(table)
    parts = set(table.joined_parts or ())
    candidates = [h for h in table.headers if not _INDEX_HEADER.match(h) and h not in parts]
    kind_of = _kind_probe(table)
    detection = detect_columns(candidates, kind_of)
    return TableDetection(detection, _preview(table), kind_of)


def with_mapping(
    found: TableDetection, table: Table, options: ReadOptions, path: str
) -> TableDetection:
    """The detection with the user's mapping (``FIELD=HEADER[:unit]``) applied on top."""
    try:
        detection = apply_mapping(found.detection, options.mapping, table.headers)
    except MappingError as exc:
        raise IncidentFileError(path, exc.message) from None
    units = {f: u for f, w in options.mapping.items() if (u := split_unit(w)[1])}
    result = TableDetection(detection, found.preview, found.kind_of, units=units)
    result.findings = guess_findings(path, detection, options)
    return result


def column_guesses(table: Table, found: TableDetection) -> dict[str, str]:
    """The detected mapping plus, for a start or end it lacks, the columns holding times
    that no header word placed: the earliest as the start, the next as the end."""
    used = set(found.detection.mapping.values())
    timed = [
        (found.kind_of(h).median, h)
        for h in table.headers
        if h not in used and found.kind_of(h).kind == "time"
    ]
    missing = [f for f in ("started_at", "resolved_at") if f not in found.detection.mapping]
    guessed = {name: header for name, (_m, header) in zip(missing, sorted(timed), strict=False)}
    return {**guessed, **found.detection.mapping}


def _join_split_times(table: Table) -> None:
    """``X.DATE`` + ``X.TIME`` -> one column ``X.DATE X.TIME`` holding ``date time``."""
    if table.joined_parts is not None:
        return
    words = {h: header_tokens(h) for h in table.headers}
    parts: list[str] = []
    for date_header, tokens in words.items():
        date_words = DATE_PART_WORDS & set(tokens)
        if not date_words:
            continue
        rest = [t for t in tokens if t not in date_words]
        partner = next(
            (
                h
                for h, other in words.items()
                if h != date_header
                and TIME_PART_WORDS & set(other)
                and [t for t in other if t not in TIME_PART_WORDS] == rest
            ),
            None,
        )
        if partner is None:
            continue
        name = f"{date_header} {partner}"
        joined = pc.binary_join_element_wise(
            table.raw.table.column(date_header),
            pc.fill_null(table.raw.table.column(partner), ""),
            " ",
        )
        table.raw = RawTable(
            table.raw.table.append_column(name, joined), table.raw.lines, table.raw.unclosed
        )
        table.headers = [*table.headers, name]
        parts += [date_header, partner]
    table.joined_parts = tuple(parts)


def _kind_probe(table: Table) -> Callable[[str], ValueKind]:
    """``header -> ValueKind`` from the first non-empty values, computed once per header."""

    @cache
    def kind_of(header: str) -> ValueKind:
        head = table.raw.table.column(header).slice(0, _SAMPLE * 10)
        values = clean(head, "started_at").drop_null().slice(0, _SAMPLE)
        texts = [v for v in values.to_pylist() if v and v.strip()]
        if not texts:
            return ValueKind("empty", sparse=True)
        sparse = len(texts) < _SPARSE * min(len(head), _SAMPLE)
        distinct = {object_label(t) for t in texts}
        impact_words = all(impact_of(v) is not None for v in distinct)
        scale = distinct <= _SEVERITY_SCALE
        words = {
            "status_words": any(is_status_word(v) for v in distinct),
            "event_words": are_event_words(distinct),
            "sparse": sparse,
        }
        read, readable = _readable_times(texts, table.serials)
        numeric = numeric_fraction(texts) >= _CONFIRMED
        enough = _CONFIRMED * len(texts)
        if len(read) >= enough or (readable >= enough and not numeric):
            median = int(np.median(read)) if len(read) else 0
            return ValueKind("time", median, impact_words, scale, **words)
        if numeric:
            return ValueKind("number", 0, impact_words, scale, **words)
        return ValueKind("text", 0, impact_words, scale, **words)

    return kind_of


def _readable_times(texts: list[str], serials: bool) -> tuple[np.ndarray, int]:
    """The times read among ``texts`` (UTC nanoseconds) and how many are readable (times or
    open markers). Every time format has digits: a column without any (a wide file's
    thousands of text columns) is not parsed."""
    if not any(_DIGIT.search(t) for t in texts):
        return np.empty(0, dtype=np.int64), 0
    parsed = parse_times(pa.array(texts, pa.string()), "UTC", serials=serials)
    read: np.ndarray = parsed.values.dropna().array.asi8
    return read, len(texts) - int(parsed.unreadable.sum())


def object_label(text: str) -> str:
    """A cell's text as a label: an object's summary or name, trimmed and case-folded."""
    return (object_text(text) or "").strip().casefold()


def _preview(table: Table) -> list[list[str]]:
    head = table.raw.table.slice(0, PREVIEW_ROWS).to_pylist()
    return [[row.get(h) or "" for h in table.headers] for row in head]


def guess_findings(path: str, detection: Detection, options: ReadOptions) -> list[Finding]:
    """The start or end found by a time word or by values alone: say how to confirm it."""
    found = []
    for name in ("started_at", "resolved_at"):
        header = detection.mapping.get(name)
        if header is None or name in options.mapping or score(header, name) >= _SURE:
            continue
        found.append(
            Finding(
                path, "column_guess", COLUMN_GUESS(header=header, which=_WHICH[name], field=name)
            )
        )
    return found
