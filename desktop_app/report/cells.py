"""Plain-text cells for long tables: wrapped to a width, capped in lines, cut into pages.

The text is drawn literally (no markup), so CSV text needs no escaping here; wrapping by
hand is much faster than a ``Paragraph`` per cell in a 5,000-row appendix.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from reportlab.platypus import Flowable, PageBreak

from desktop_app.report.fonts import REGULAR, printable, text_width
from desktop_app.report.row_block import RowBlock

ELLIPSIS = "…"
#: Text longer than this is cut before wrapping: a 5 MB field must not become 5,000 lines.
MAX_CHARS = 600
#: Height kept free on each page in case ReportLab measures a row a little taller than we do.
SAFETY = 4.0


def clip(value: str, limit: int = MAX_CHARS) -> str:
    return value if len(value) <= limit else value[: limit - 1] + ELLIPSIS


def _break_word(word: str, width: float, font: str, size: float) -> list[str]:
    """Split a word wider than ``width`` into pieces that fit (CJK, URLs, long ids)."""
    pieces, current = [], ""
    for char in word:
        if current and text_width(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    return [*pieces, current] if current else pieces


@lru_cache(maxsize=4096)
def wrap(value: str, width: float, size: float, max_lines: int = 4, font: str = REGULAR) -> str:
    """``value`` broken into lines no wider than ``width``; an ellipsis marks a cut.

    Cached: services, causes and many titles repeat throughout an appendix.
    """
    words = printable(clip(" ".join(value.split()))).split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        pieces = _break_word(word, width, font, size)
        lines.extend(pieces[:-1])
        current = pieces[-1] if pieces else ""
        if len(lines) > max_lines:
            break
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and text_width(last + ELLIPSIS, font, size) > width:
            last = last[:-1]
        lines[-1] = last + ELLIPSIS
    return "\n".join(lines)


def paged_tables(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    wrapped: Collection[int],
    rooms: tuple[float, float],
    size: float = 6.5,
) -> list[Flowable]:
    """Small-print tables, one per page, each with the header, separated by page breaks.

    Cells are wrapped here, so every row's height is known and the rows are cut into pages
    up front instead of ReportLab splitting one long table again and again. ``rooms`` is the
    height free on the first page and on the others; columns whose index is in ``wrapped``
    are wrapped to their width.
    """
    body = [
        [
            wrap(cell, widths[i] - CELL_PADDING, size) if i in wrapped else printable(cell)
            for i, cell in enumerate(row)
        ]
        for row in rows
    ]
    block = RowBlock(header, body, widths, size)
    flowables: list[Flowable] = []
    first, used, room = 0, block.header_height, rooms[0] - SAFETY
    for index, height in enumerate(block.heights):
        if used + height > room and index > first:
            flowables += [RowBlock(header, body[first:index], widths, size), PageBreak()]
            first, used, room = index, block.header_height, rooms[1] - SAFETY
        used += height
    flowables.append(RowBlock(header, body[first:], widths, size))
    return flowables


DATE_SAMPLE = "0000-00-00 00:00"
DURATION_SAMPLES = ("00 h 00 min", "000 d 00 h", "00시간 00분", "000일 00시간")
CELL_PADDING = 6.0


def measured(samples: Sequence[str], size: float, font: str = REGULAR) -> float:
    """Width of the widest sample plus cell padding: a column sized to never wrap these."""
    return max(text_width(s, font, size) for s in samples) + CELL_PADDING


def column_widths(total: float, columns: Sequence[float | tuple[float]]) -> list[float]:
    """Widths filling ``total``: a float is a fixed width, ``(weight,)`` shares what is left."""
    fixed = sum(c for c in columns if isinstance(c, float | int))
    weights = sum(c[0] for c in columns if isinstance(c, tuple))
    rest = max(total - fixed, 0.0)
    return [float(c) if not isinstance(c, tuple) else rest * c[0] / weights for c in columns]


def fitted(values: Sequence[str], size: float, most: float, longest: int = 20) -> float:
    """A column just wide enough for the longest of ``values`` (judged on the ``longest``
    longest distinct ones), but no wider than ``most``."""
    distinct = sorted(set(values), key=len)[-longest:]
    return min(measured([*distinct, "Service"], size), most)
