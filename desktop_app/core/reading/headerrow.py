"""Where the header is: the row among the first 30 that names the most incident fields.

Korean reports often open with a title block (``장애 현황 보고서``, ``작성일: ...``); exports
add a units row under the header (``(min)``, ``[UTC]``). Both are skipped and reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop_app.core.reading.header_scoring import score
from desktop_app.core.reading.vocabulary import FIELD_WORDS

HEADER_SEARCH_ROWS = 30
_STRONG = 2.0
_UNIT = re.compile(
    r"^[\(\[]?\s*(ms|s|sec|secs|seconds|min|mins|minutes|h|hr|hrs|hours|days?|분|초|시간|일|"
    r"utc|kst|gmt|local|%|unit|units|단위|yyyy[-/.]mm[-/.]dd( hh:mm(:ss)?)?|hh:mm(:ss)?|"
    r"date|time|datetime|text|number|string)\s*[\)\]]?$",
    re.IGNORECASE,
)


def header_strength(cells: Sequence[str]) -> int:
    """How many fields some cell names strongly (words only, no values)."""
    named = set()
    for cell in cells:
        if not cell or len(cell) > 80:
            continue
        for field_name in FIELD_WORDS:
            if score(cell, field_name) >= _STRONG:
                named.add(field_name)
    return len(named)


def find_header_row(rows: Sequence[Sequence[str]]) -> tuple[int, int]:
    """(index of the header among ``rows``, its strength); the first row when none is
    stronger. A header needs at least two fields named, and the cells to be mostly filled."""
    best, best_strength = 0, -1
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        filled = sum(1 for c in cells if c)
        strength = header_strength(cells) if filled >= 2 else 0
        if strength > best_strength:
            best, best_strength = index, strength
    if best_strength < 2:
        return 0, max(best_strength, 0)
    return best, best_strength


def is_units_row(cells: Sequence[str | None]) -> bool:
    """A row of unit labels only (``(min)``, ``[UTC]``, ``yyyy-mm-dd``)."""
    filled = [c.strip() for c in cells if c and c.strip()]
    return bool(filled) and all(_UNIT.match(c) for c in filled)
