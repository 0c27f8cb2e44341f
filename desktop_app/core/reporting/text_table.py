"""Fixed-width text tables that stay aligned with Korean (double-width) text."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """Terminal columns taken by ``text``: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, left: bool) -> str:
    fill = " " * (width - display_width(text))
    return text + fill if left else fill + text


def render_table(headers: list[str], rows: list[list[str]], left_columns: int = 1) -> list[str]:
    """Lines of a table; the first ``left_columns`` columns are left-aligned, others right."""
    widths = [display_width(h) for h in headers]
    for row in rows:
        widths = [max(w, display_width(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: list[str]) -> str:
        pairs = enumerate(zip(cells, widths, strict=True))
        padded = [_pad(cell, width, i < left_columns) for i, (cell, width) in pairs]
        return "  ".join(padded).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)]
