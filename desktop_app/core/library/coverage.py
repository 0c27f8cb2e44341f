"""The span an import covers as its user states it ("this export covers all of 2024").

By default a source covers its services from the earliest to the latest time written in it
(``core.metrics.known_spans``). An export of a quiet year holds a few incidents and covers the
whole year: its user says so, and the months without incidents then have a figure. The
statement is an edit like the others (audited, undoable), of the import's bytes (kind
``import``, its SHA-256 the target), so it survives a re-read and a removal and import again.

Decisions where the issue is silent:

- The span is stated in days (both included) in a time zone, the display zone when it was
  said; the instants come from those days in that zone, whatever the display zone later.
- Several imports of one path (a file exported again to the same name) are one source: the
  latest import's statement is the source's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import pandas as pd

from desktop_app.core.library.edits import Change, Edits, change
from desktop_app.core.library.records import ImportRecord
from desktop_app.core.library.reread import UNKNOWN_IMPORT, RereadError
from desktop_app.core.library.store import Library
from desktop_app.core.messages import MessageKind
from desktop_app.core.metrics.known_spans import StatedSpan
from desktop_app.core.window import Window

COVERAGE = "coverage"
COVERAGE_STATED = MessageKind(
    "coverage_stated", "import {id} covers {first} to {last} ({tz}), as stated"
)
COVERAGE_RESET = MessageKind(
    "coverage_reset", "import {id} covers the span of the times written in it again"
)


@dataclass(frozen=True)
class StatedCoverage:
    """The days an import covers, both included, in ``tz``."""

    first: date
    last: date
    tz: str

    def window(self) -> Window:
        return Window.from_dates(self.first, self.last, self.tz)

    def to_json(self) -> dict[str, str]:
        return {"from": self.first.isoformat(), "to": self.last.isoformat(), "tz": self.tz}


def stated_coverage(record: ImportRecord, edits: Edits) -> StatedCoverage | None:
    """What the user said import ``record`` covers; None when nothing is stated."""
    value = edits.imports.get(record.sha256, {}).get(COVERAGE)
    if not value:
        return None
    data = json.loads(value)
    return StatedCoverage(
        pd.Timestamp(data["from"]).date(), pd.Timestamp(data["to"]).date(), data["tz"]
    )


def stated_spans(imports: Sequence[ImportRecord], edits: Edits) -> tuple[StatedSpan, ...]:
    """Each source's stated span, by its path (the latest import of a path decides)."""
    latest = {record.path: record for record in imports}
    spans = []
    for path, record in latest.items():
        stated = stated_coverage(record, edits)
        if stated is not None:
            window = stated.window()
            end = window.end - pd.Timedelta(nanoseconds=1)
            spans.append(StatedSpan(path, window.start.tz_convert("UTC"), end.tz_convert("UTC")))
    return tuple(spans)


def _record(imports: Sequence[ImportRecord], import_id: int) -> ImportRecord:
    found = next((r for r in imports if r.id == import_id), None)
    if found is None:
        raise RereadError(UNKNOWN_IMPORT(id=import_id))
    return found


def set_coverage(
    library: Library,
    imports: Sequence[ImportRecord],
    import_id: int,
    stated: StatedCoverage | None,
    reason: str = "",
    *,
    base: int | None = None,
) -> Change:
    """State the span import ``import_id`` covers (None: back to the span of its times),
    audited. ``EditError`` for days that cannot be a span, or nothing to change."""
    record = _record(imports, import_id)
    value = "" if stated is None else json.dumps(stated.to_json())
    return change(library, "import", record.sha256, COVERAGE, value, reason, base=base)
