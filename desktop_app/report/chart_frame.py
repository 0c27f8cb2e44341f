"""A small plotting frame on ReportLab graphics: value axis, category axis, grid and legend."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib.colors import Color

from desktop_app.report.fonts import REGULAR, text_width
from desktop_app.report.styles import INK, MUTED, RULE

AXIS_FONT = 6.5
MAX_LABELS = 12


def nice_step(span: float, target_ticks: int = 4) -> float:
    """A 1-2-5 step giving about ``target_ticks`` intervals over ``span``."""
    raw = max(span, 1e-12) / target_ticks
    magnitude: float = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


def zero_based_scale(highest: float, *, whole: bool = False) -> tuple[float, float]:
    """Tick step and axis top for bars rising from 0 to ``highest``; ``whole`` keeps the step
    a whole number (counts)."""
    step = nice_step(highest or 1.0)
    if whole:
        step = max(1.0, round(step))
    return step, step * max(1, math.ceil(highest / step))


def decimals_for(step: float) -> int:
    """Fewest decimals that print every multiple of ``step`` exactly (0.25 -> 2)."""
    for digits in range(7):
        if abs(round(step, digits) - step) < step * 1e-6:
            return digits
    return 6


def floor_to(value: float, step: float) -> float:
    """The grid line at or below ``value``, one step lower when ``value`` sits on it."""
    below = math.floor(value / step + 1e-9) * step
    return below - step if abs(below - value) < step * 1e-6 else below


@dataclass(frozen=True)
class Frame:
    """Plot area at (x, y) of size (w, h) with ``n`` categories and a value range."""

    x: float
    y: float
    w: float
    h: float
    n: int
    vmin: float
    vmax: float

    @property
    def slot(self) -> float:
        return self.w / max(self.n, 1)

    def cx(self, index: int) -> float:
        return self.x + self.slot * (index + 0.5)

    def vy(self, value: float) -> float:
        share = (value - self.vmin) / (self.vmax - self.vmin or 1.0)
        return self.y + self.h * min(max(share, 0.0), 1.0)


def label(x: float, y: float, value: str, size: float = AXIS_FONT, **kw: object) -> String:
    """A text at (x, y), anchored at its start, middle or end (``textAnchor``). The anchor is
    applied here, with the width of the text as drawn in runs (see ``fonts.RunCanvas``)."""
    kw.setdefault("fillColor", MUTED)
    anchor = kw.pop("textAnchor", "start")
    shift = {"start": 0.0, "middle": 0.5, "end": 1.0}[str(anchor)]
    x -= shift * text_width(value, REGULAR, size)
    return String(x, y, value, fontName=REGULAR, fontSize=size, textAnchor="start", **kw)


def draw_axes(
    drawing: Drawing, frame: Frame, labels: Sequence[str], step: float, unit: str
) -> None:
    """Horizontal grid lines with value labels, a baseline, and thinned category labels."""
    digits = decimals_for(step)
    first = math.ceil(frame.vmin / step - 1e-9)
    value = first * step
    while value <= frame.vmax + step * 1e-6:
        y = frame.vy(value)
        drawing.add(Line(frame.x, y, frame.x + frame.w, y, strokeColor=RULE, strokeWidth=0.4))
        text = f"{value:.{digits}f}{unit}"
        drawing.add(label(frame.x - 3, y - 2.2, text, textAnchor="end"))
        value += step
    drawing.add(
        Line(frame.x, frame.y, frame.x + frame.w, frame.y, strokeColor=INK, strokeWidth=0.6)
    )
    every = max(1, math.ceil(len(labels) / MAX_LABELS))
    for index, name in enumerate(labels):
        if index % every == 0:
            drawing.add(label(frame.cx(index), frame.y - 9, name, textAnchor="middle"))


@dataclass(frozen=True)
class LegendItem:
    text: str
    colour: Color
    kind: str = "box"  # "box", "hatched", or "line"
    dash: tuple[float, ...] | None = None
    marker: bool = False


def hatch(x: float, y: float, w: float, h: float, colour: Color, gap: float = 3.0) -> list[Line]:
    """Diagonal lines (45°) filling the rectangle, so a segment reads apart in grey print."""
    lines = []
    offset = gap
    while offset < w + h:
        x0, y0 = x + max(0.0, offset - h), y + min(offset, h)
        x1, y1 = x + min(offset, w), y + max(0.0, offset - w)
        lines.append(Line(x0, y0, x1, y1, strokeColor=colour, strokeWidth=0.5))
        offset += gap
    return lines


def draw_legend(drawing: Drawing, items: list[LegendItem], x: float, y: float) -> None:
    """One row of legend items starting at (x, y)."""
    for item in items:
        if item.kind == "line":
            drawing.add(
                Line(
                    x,
                    y + 2.5,
                    x + 16,
                    y + 2.5,
                    strokeColor=item.colour,
                    strokeWidth=1.4,
                    strokeDashArray=list(item.dash) if item.dash else None,
                )
            )
            if item.marker:
                drawing.add(
                    Circle(x + 8, y + 2.5, 1.8, fillColor=item.colour, strokeColor=item.colour)
                )
            x += 20
        else:
            drawing.add(Rect(x, y, 8, 6, fillColor=item.colour, strokeColor=INK, strokeWidth=0.3))
            if item.kind == "hatched":
                for line in hatch(x, y, 8, 6, INK, gap=2.5):
                    drawing.add(line)
            x += 11
        drawing.add(label(x, y, item.text, size=7, fillColor=INK))
        x += text_width(item.text, REGULAR, 7) + 12
