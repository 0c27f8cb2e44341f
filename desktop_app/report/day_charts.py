"""The day calendar and the MTTR distribution as ReportLab vector drawings.

Both draw figures computed in core (``DayCalendar``, ``RepairDistribution``), in the app's
colours, so the page matches the Calendar view and the Overview.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app import theme
from desktop_app.core.metrics.calendar import FUTURE, NO_DATA, DayCalendar
from desktop_app.report.chart_frame import (
    AXIS_FONT,
    Frame,
    LegendItem,
    draw_legend,
    label,
    zero_based_scale,
)
from desktop_app.report.fonts import REGULAR
from desktop_app.report.styles import INK, RULE
from desktop_app.text.report import ReportText

DAY_FILLS = tuple(colors.HexColor(c) for c in theme.DAY_COLOURS)
MTTR = colors.HexColor(theme.MTTR_COLOUR)
P90 = colors.HexColor(theme.BAD_COLOUR)
LABEL_WIDTH = 44.0
MAX_CELL = 10.0


def calendar_height(calendar: DayCalendar, width: float) -> float:
    months = int(calendar.wall()[0].max()) + 1 if len(calendar.days) else 0
    return 12.0 + months * min((width - LABEL_WIDTH) / 31, MAX_CELL) + 32.0


def calendar_chart(calendar: DayCalendar, report: ReportText, width: float) -> Drawing:
    """Months down, days 1-31 across; each day shaded as in the app; a legend below."""
    height = calendar_height(calendar, width)
    drawing = Drawing(width, height)
    month, day, _ = calendar.wall()
    labels, words = report.month_labels, report.calendar_words
    cell = min((width - LABEL_WIDTH) / 31, MAX_CELL)
    top = height - 12.0
    for column in range(0, 31, 2 if cell < 10 else 1):
        drawing.add(
            label(
                LABEL_WIDTH + (column + 0.5) * cell, top + 3, str(column + 1), textAnchor="middle"
            )
        )
    for row, name in enumerate(labels):
        drawing.add(label(LABEL_WIDTH - 4, top - (row + 0.5) * cell - 2.2, name, textAnchor="end"))
    shades = calendar.shade[0]
    for index in range(len(calendar.days)):
        x = LABEL_WIDTH + day[index] * cell
        y = top - (month[index] + 1) * cell
        shade = int(shades[index])
        fill = None if shade in (FUTURE, NO_DATA) else DAY_FILLS[shade]
        drawing.add(
            Rect(
                x + 0.4,
                y + 0.4,
                cell - 0.8,
                cell - 0.8,
                fillColor=fill,
                strokeColor=RULE if fill is None else None,
                strokeWidth=0.4,
            )
        )
    items = [LegendItem(text, fill) for text, fill in zip(words, DAY_FILLS, strict=True)]
    draw_legend(drawing, items[:2], LABEL_WIDTH, 12.0)  # two rows: the words are long
    draw_legend(drawing, items[2:], LABEL_WIDTH, 2.0)
    return drawing


def repair_chart(report: ReportText, width: float, height: float) -> Drawing:
    """Resolved incidents per duration bin on a log time axis; median and p90 marked."""
    drawing = Drawing(width, height)
    repair, words = report.repair, report.words
    assert repair is not None
    if not len(repair.counts):
        drawing.add(label(width / 2, height / 2, words.repair_none, 8, textAnchor="middle"))
        return drawing
    step, top = zero_based_scale(float(repair.counts.max()), whole=True)
    frame = Frame(30.0, 16.0, width - 36.0, height - 40.0, 1, 0.0, top)
    low, high = math.log10(repair.edges[0]), math.log10(repair.edges[-1])

    def x_of(minutes: float) -> float:
        return frame.x + frame.w * (math.log10(max(minutes, 1 / 60)) - low) / (high - low)

    value = 0.0
    while value <= top + 1e-9:
        y = frame.vy(value)
        drawing.add(Line(frame.x, y, frame.x + frame.w, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(label(frame.x - 3, y - 2.2, f"{value:.0f}", textAnchor="end"))
        value += step
    for left, right, count in zip(repair.edges[:-1], repair.edges[1:], repair.counts, strict=True):
        if count:
            x0, x1 = x_of(left), x_of(right)
            drawing.add(
                Rect(
                    x0 + 0.5,
                    frame.y,
                    x1 - x0 - 1.0,
                    frame.vy(count) - frame.y,
                    fillColor=MTTR,
                    strokeColor=None,
                )
            )
    drawing.add(
        Line(frame.x, frame.y, frame.x + frame.w, frame.y, strokeColor=INK, strokeWidth=0.6)
    )
    for tick, name in report.time_ticks:
        if repair.edges[0] <= tick <= repair.edges[-1]:
            drawing.add(label(x_of(tick), frame.y - 9, name, textAnchor="middle"))
    marks = zip(report.repair_marks, (INK, P90), strict=True)
    for index, ((minutes, text), colour) in enumerate(marks):
        if minutes is None:
            continue
        x = x_of(minutes)
        drawing.add(
            Line(
                x,
                frame.y,
                x,
                frame.y + frame.h,
                strokeColor=colour,
                strokeWidth=1.0,
                strokeDashArray=[3, 2],
            )
        )
        y = frame.y + frame.h - 8 - 9 * index
        anchor = "end" if x + stringWidth(text, REGULAR, AXIS_FONT) > frame.x + frame.w else "start"
        drawing.add(
            label(
                x + (3 if anchor == "start" else -3), y, text, fillColor=colour, textAnchor=anchor
            )
        )
    draw_legend(
        drawing,
        [LegendItem(words.repair_legend, MTTR)],
        frame.x,
        height - 10,
    )
    return drawing
