"""The three trend charts, as vector drawings. Colours are the app's; dashes, markers and
hatching keep the series apart when printed in grey."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, PolyLine, Rect
from reportlab.lib import colors

from desktop_app import theme
from desktop_app.core.labels import severity_label
from desktop_app.core.model import SEVERITIES
from desktop_app.core.reporting.report_model import ReportModel
from desktop_app.core.reporting.trends import Trends
from desktop_app.report.chart_frame import (
    Frame,
    LegendItem,
    draw_axes,
    draw_legend,
    floor_to,
    hatch,
    label,
    nice_step,
    zero_based_scale,
)
from desktop_app.report.styles import INK

LEFT, RIGHT, BOTTOM, TOP = 38.0, 6.0, 16.0, 24.0
SLO_DASH = (5.0, 2.5)
AVAILABILITY = colors.HexColor(theme.AVAILABILITY_COLOUR)
SLO = colors.HexColor(theme.SLO_COLOUR)
MTTR = colors.HexColor(theme.MTTR_COLOUR)
SEVERITY = {name: colors.HexColor(value) for name, value in theme.SEVERITY_COLOURS.items()}
#: Severities whose fills are too close in grey to the others are also hatched.
HATCHED = frozenset({"unknown"})
#: With more periods than this, per-bar counts would collide; the total is given instead.
MAX_COUNT_LABELS = 48


def _frame(width: float, height: float, n: int, vmin: float, vmax: float) -> Frame:
    return Frame(LEFT, BOTTOM, width - LEFT - RIGHT, height - BOTTOM - TOP, n, vmin, vmax)


def _empty(drawing: Drawing, model: ReportModel, width: float, height: float) -> Drawing:
    drawing.add(label(width / 2, height / 2, model.words.no_periods, 8, textAnchor="middle"))
    return drawing


def availability_chart(trends: Trends, model: ReportModel, width: float, height: float) -> Drawing:
    """Availability per period (solid, round markers) against the SLO target (dashed)."""
    drawing = Drawing(width, height)
    values = trends.availability_pct
    if not values:
        return _empty(drawing, model, width, height)
    low = min(*values, trends.slo_pct)
    step = nice_step(max(100.0 - low, 0.01))
    vmin = max(0.0, floor_to(low, step))
    frame = _frame(width, height, len(values), vmin, 100.0)
    draw_axes(drawing, frame, trends.labels, step, " %")
    slo_y = frame.vy(trends.slo_pct)
    drawing.add(
        PolyLine(
            [frame.x, slo_y, frame.x + frame.w, slo_y],
            strokeColor=SLO,
            strokeWidth=1.2,
            strokeDashArray=list(SLO_DASH),
        )
    )
    points = [(frame.cx(i), frame.vy(v)) for i, v in enumerate(values)]
    drawing.add(PolyLine([c for p in points for c in p], strokeColor=AVAILABILITY, strokeWidth=1.5))
    radius = 2.0 if len(points) <= 40 else 1.2
    for x, y in points:
        drawing.add(Circle(x, y, radius, fillColor=AVAILABILITY, strokeColor=colors.white))
    draw_legend(
        drawing,
        [
            LegendItem(model.words.availability, AVAILABILITY, "line", marker=True),
            LegendItem(model.words.slo_target.format(f"{trends.slo_pct:g}"), SLO, "line", SLO_DASH),
        ],
        frame.x,
        height - 10,
    )
    return drawing


def severity_chart(trends: Trends, model: ReportModel, width: float, height: float) -> Drawing:
    """Incidents started per period, stacked by severity (critical at the bottom)."""
    drawing = Drawing(width, height)
    n = len(trends.labels)
    if not n:
        return _empty(drawing, model, width, height)
    totals = [sum(trends.by_severity[s][i] for s in SEVERITIES) for i in range(n)]
    step, top = zero_based_scale(max(totals), whole=True)
    frame = _frame(width, height, n, 0.0, top)
    draw_axes(drawing, frame, trends.labels, step, "")
    bar = frame.slot * 0.7
    for i in range(n):
        base = 0
        for severity in SEVERITIES:
            count = trends.by_severity[severity][i]
            if not count:
                continue
            x, y0, y1 = frame.cx(i) - bar / 2, frame.vy(base), frame.vy(base + count)
            drawing.add(
                Rect(
                    x,
                    y0,
                    bar,
                    y1 - y0,
                    fillColor=SEVERITY[severity],
                    strokeColor=colors.white,
                    strokeWidth=0.4,
                )
            )
            if severity in HATCHED:
                for line in hatch(x, y0, bar, y1 - y0, INK, gap=3.0):
                    drawing.add(line)
            base += count
    items = [
        LegendItem(
            severity_label(s, model.language), SEVERITY[s], "hatched" if s in HATCHED else "box"
        )
        for s in SEVERITIES
    ]
    draw_legend(drawing, items, frame.x, height - 10)
    return drawing


def mttr_chart(trends: Trends, model: ReportModel, width: float, height: float) -> Drawing:
    """Median time to resolve per period, each bar labelled with how many incidents it rests on."""
    drawing = Drawing(width, height)
    n = len(trends.labels)
    if not n:
        return _empty(drawing, model, width, height)
    words = model.words
    unit = words.unit_hours if trends.mttr_unit == "h" else words.unit_minutes
    known = [v for v in trends.mttr_median if v is not None]
    step, top = zero_based_scale(max(known, default=1.0))
    frame = _frame(width, height - 6, n, 0.0, top)
    draw_axes(drawing, frame, trends.labels, step, unit if model.language == "ko" else f" {unit}")
    bar = frame.slot * 0.6
    count_size = 6.0 if n <= 24 else 4.5
    show_counts = n <= MAX_COUNT_LABELS
    for i, (value, count) in enumerate(zip(trends.mttr_median, trends.mttr_counts, strict=True)):
        y = frame.vy(value) if value is not None else frame.y
        if value is not None:
            drawing.add(
                Rect(
                    frame.cx(i) - bar / 2,
                    frame.y,
                    bar,
                    y - frame.y,
                    fillColor=MTTR,
                    strokeColor=None,
                )
            )
        if count and show_counts:
            drawing.add(label(frame.cx(i), y + 2, str(count), count_size, textAnchor="middle"))
    draw_legend(
        drawing,
        [
            LegendItem(
                words.mttr_legend.format(
                    unit=unit,
                    counts=words.mttr_counts_above
                    if show_counts
                    else words.mttr_counts_total.format(f"{sum(trends.mttr_counts):,}"),
                ),
                MTTR,
            )
        ],
        frame.x,
        height - 10,
    )
    return drawing
