"""Find where the header row ends and which delimiter the file uses."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")
_TOKEN = re.compile(rb'"[^"]*"?|[^"\r\n]+|\r\n|\r|\n')
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SAMPLE_LINES = 20


@dataclass(frozen=True)
class Header:
    """The header row: its cells, how many physical lines it spans and where the body starts."""

    cells: list[str]
    delimiter: str
    lines: int
    body_offset: int


def count_line_breaks(text: str) -> int:
    """Physical line breaks in ``text``; ``\\r\\n``, ``\\r`` and ``\\n`` each count once."""
    return len(_LINE_BREAK.findall(text))


def read_header(data: bytes, skip_rows: int = 0, delimiter: str | None = None) -> Header | None:
    """Parse the first row of UTF-8 ``data`` after ``skip_rows`` rows (a title block);
    ``None`` when the file holds no text at all."""
    start = _skip_blank_lines(data)
    for _ in range(skip_rows):
        start = _header_end(data, start)[1]
        start += _skip_blank_lines(data[start:])
    end, body = _header_end(data, start)
    text = data[start:end].decode("utf-8")
    if not text.strip():
        return None
    delimiter = delimiter or detect_delimiter(text, data[body : body + 65536])
    cells = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
    lines = count_line_breaks(data[:start].decode("utf-8")) + count_line_breaks(text) + 1
    return Header([cell.strip() for cell in cells], delimiter, lines, body)


def first_rows(data: bytes, delimiter: str, count: int) -> list[list[str]]:
    """The first ``count`` rows of UTF-8 ``data`` split by ``delimiter``; blank lines are
    skipped as ``read_header`` skips them, rows of empty cells are kept."""
    text = data[:65536].decode("utf-8", errors="replace")
    rows: list[list[str]] = []
    for cells in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        if cells:
            rows.append([c.strip() for c in cells])
        if len(rows) >= count:
            break
    return rows


def _skip_blank_lines(data: bytes) -> int:
    return len(data) - len(data.lstrip(b"\r\n"))


def _header_end(data: bytes, start: int) -> tuple[int, int]:
    """(end of the header text, start of the body), quote-aware so quoted newlines stay in."""
    pos = start
    while pos < len(data):
        match = _TOKEN.match(data, pos)
        if match is None:
            break
        if match.group()[0] in b"\r\n":
            return pos, match.end()
        pos = match.end()
    return len(data), len(data)


def detect_delimiter(header: str, body_sample: bytes) -> str:
    """The candidate found most often in the header, ties broken by the following lines."""
    lines = body_sample.decode("utf-8", errors="replace").splitlines()[:_SAMPLE_LINES]

    def score(candidate: str) -> tuple[int, int]:
        in_header = _count_outside_quotes(header, candidate)
        consistent = sum(1 for line in lines if line.count(candidate) == in_header)
        return in_header, consistent

    best = max(DELIMITERS, key=score)
    return best if score(best)[0] > 0 else ","


def _count_outside_quotes(text: str, char: str) -> int:
    return sum(part.count(char) for part in text.split('"')[::2])
