"""One page of a long small-print table, drawn directly on the canvas.

A platypus ``Table`` builds a text object per cell line; for a 5,000-row appendix that
dominates the export time. Here the rows arrive already wrapped with known heights, so a
page is one text object, a few filled rectangles and one batch of rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from desktop_app.report.fonts import BOLD, REGULAR, runs
from desktop_app.report.styles import ACCENT, HEADER_FILL, INK, RULE, ZEBRA

PADDING_X = 3.0
PADDING_Y = 1.5


def line_count(cell: str) -> int:
    return cell.count("\n") + 1


class RowBlock(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """A header row and body rows (cells are plain text, lines split by ``\\n``)."""

    def __init__(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        size: float,
    ) -> None:
        super().__init__()
        self.header = list(header)
        self.rows = rows
        self.widths = list(widths)
        self.size = size
        self.leading = size * 1.2
        self.header_height = self.row_height(self.header)
        self.heights = [self.row_height(row) for row in rows]
        self.width = sum(self.widths)
        self.height = self.header_height + sum(self.heights)

    def row_height(self, row: Sequence[str]) -> float:
        return self.leading * max(line_count(c) for c in row) + 2 * PADDING_Y

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _fills_and_rules(self) -> list[float]:
        """Draw the header fill and zebra stripes; return the y of every row's bottom rule."""
        canvas = self.canv
        top = self.height - self.header_height
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, top, self.width, self.header_height, stroke=0, fill=1)
        canvas.setFillColor(ZEBRA)
        rules = []
        for index, height in enumerate(self.heights):
            if index % 2:
                canvas.rect(0, top - height, self.width, height, stroke=0, fill=1)
            top -= height
            rules.append(top)
        return rules

    def _text(self, row: Sequence[str], top: float, font: str) -> None:
        text = self.canv.beginText()
        text.setFont(font, self.size, self.leading)
        x = PADDING_X
        for cell, width in zip(row, self.widths, strict=True):
            for number, line in enumerate(cell.split("\n")):
                text.setTextOrigin(x, top - PADDING_Y - self.size - number * self.leading)
                for face, part in runs(line, font):
                    text.setFont(face, self.size, self.leading)
                    text.textOut(part)
            x += width
        self.canv.drawText(text)

    def draw(self) -> None:
        canvas = self.canv
        rules = self._fills_and_rules()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.25)
        canvas.lines([(0, y, self.width, y) for y in rules])
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        top_of_body = self.height - self.header_height
        canvas.line(0, top_of_body, self.width, top_of_body)
        canvas.setFillColor(INK)
        self._text(self.header, self.height, BOLD)
        top = top_of_body
        for row, height in zip(self.rows, self.heights, strict=True):
            self._text(row, top, REGULAR)
            top -= height
