"""The three trend charts, as vector drawings. Colours are the app's; dashes, markers and
hatching keep the series apart when printed in grey."""

from __future__ import annotations

from typing import cast

from reportlab.graphics.shapes import Circle, Drawing, Polygon, PolyLine, Rect
from reportlab.lib import colors

from desktop_app import theme
from desktop_app.core.model import SEVERITIES
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
from desktop_app.text.report import ReportText

LEFT, RIGHT, BOTTOM, TOP = 38.0, 6.0, 16.0, 24.0
SLO_DASH = (5.0, 2.5)
AVAILABILITY = colors.HexColor(theme.AVAILABILITY_COLOUR)
SLO = colors.HexColor(theme.SLO_COLOUR)
MTTR = colors.HexColor(theme.MTTR_COLOUR)
MTTR_BAND = colors.Color(MTTR.red, MTTR.green, MTTR.blue, alpha=0.22)
SEVERITY = {name: colors.HexColor(value) for name, value in theme.SEVERITY_COLOURS.items()}
#: Severities whose fills are too close in grey to the others are also hatched.
HATCHED = frozenset({"unknown"})
#: With more periods than this, per-bar counts would collide; the total is given instead.
MAX_COUNT_LABELS = 48


def _frame(width: float, height: float, n: int, vmin: float, vmax: float) -> Frame:
    return Frame(LEFT, BOTTOM, width - LEFT - RIGHT, height - BOTTOM - TOP, n, vmin, vmax)


def _empty(drawing: Drawing, model: ReportText, width: float, height: float) -> Drawing:
    drawing.add(label(width / 2, height / 2, model.words.no_periods, 8, textAnchor="middle"))
    return drawing


def availability_chart(trends: Trends, model: ReportText, width: float, height: float) -> Drawing:
    """Availability per period (solid, round markers) against the SLO target (dashed)."""
    drawing = Drawing(width, height)
    values = trends.availability_pct
    known = [v for v in values if v is not None]
    if not known:
        return _empty(drawing, model, width, height)
    low = min(*known, trends.slo_pct)
    step = nice_step(max(100.0 - low, 0.01))
    vmin = max(0.0, floor_to(low, step))
    frame = _frame(width, height, len(values), vmin, 100.0)
    draw_axes(drawing, frame, model.trend_labels, step, " %")
    slo_y = frame.vy(trends.slo_pct)
    drawing.add(
        PolyLine(
            [frame.x, slo_y, frame.x + frame.w, slo_y],
            strokeColor=SLO,
            strokeWidth=1.2,
            strokeDashArray=list(SLO_DASH),
        )
    )
    shown = cast("list[float]", values)  # _runs keeps only the known positions
    radius = 2.0 if len(values) <= 40 else 1.2
    for run in _runs(values):
        points = [(frame.cx(i), frame.vy(shown[i])) for i in run]
        if len(points) > 1:
            line = [c for p in points for c in p]
            drawing.add(PolyLine(line, strokeColor=AVAILABILITY, strokeWidth=1.5))
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


def severity_chart(trends: Trends, model: ReportText, width: float, height: float) -> Drawing:
    """Incidents started per period, stacked by severity (critical at the bottom)."""
    drawing = Drawing(width, height)
    n = len(model.trend_labels)
    if not n:
        return _empty(drawing, model, width, height)
    totals = [sum(trends.by_severity[s][i] for s in SEVERITIES) for i in range(n)]
    step, top = zero_based_scale(max(totals), whole=True)
    frame = _frame(width, height, n, 0.0, top)
    draw_axes(drawing, frame, model.trend_labels, step, "")
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
        LegendItem(model.severity_names[s], SEVERITY[s], "hatched" if s in HATCHED else "box")
        for s in SEVERITIES
    ]
    draw_legend(drawing, items, frame.x, height - 10)
    return drawing


def _runs(values: list[float | None]) -> list[list[int]]:
    """Positions of consecutive known values (a band or line breaks where one is missing)."""
    runs: list[list[int]] = []
    for i, value in enumerate(values):
        if value is None:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _band(drawing: Drawing, frame: Frame, trends: Trends) -> None:
    """The medians' intervals as a shaded band (a short bar where a period stands alone)."""
    half = frame.slot * 0.3
    # both ends are known together, and _runs keeps only the known positions
    low, high = cast("list[float]", trends.mttr_low), cast("list[float]", trends.mttr_high)
    for run in _runs(trends.mttr_low):
        xs = [frame.cx(i) for i in run]
        if len(run) == 1:
            xs = [xs[0] - half, xs[0] + half]
            run = run * 2
        pairs = list(zip(xs, run, strict=True))
        upper = [c for x, i in pairs for c in (x, frame.vy(high[i]))]
        lower = [c for x, i in reversed(pairs) for c in (x, frame.vy(low[i]))]
        drawing.add(Polygon(upper + lower, fillColor=MTTR_BAND, strokeColor=None))


def _median_line(drawing: Drawing, frame: Frame, trends: Trends) -> None:
    median = cast("list[float]", trends.mttr_median)  # _runs keeps only the known positions
    for run in _runs(trends.mttr_median):
        points = [c for i in run for c in (frame.cx(i), frame.vy(median[i]))]
        if len(run) > 1:
            drawing.add(PolyLine(points, strokeColor=MTTR, strokeWidth=1.4))
        for i in run:
            y = frame.vy(median[i])
            drawing.add(Circle(frame.cx(i), y, 1.8, fillColor=MTTR, strokeColor=None))


def mttr_chart(trends: Trends, model: ReportText, width: float, height: float) -> Drawing:
    """Median time to resolve per period (line and markers) inside its 90 % interval (band),
    each point labelled with how many resolved incidents it rests on."""
    drawing = Drawing(width, height)
    n = len(model.trend_labels)
    if not n:
        return _empty(drawing, model, width, height)
    words = model.words
    in_hours = trends.mttr_unit == "h"
    unit = words.unit_hours if in_hours else words.unit_minutes
    known = [v for v in trends.mttr_high if v is not None]
    step, top = zero_based_scale(max(known, default=1.0))
    frame = _frame(width, height - 6, n, 0.0, top)
    suffix = words.axis_hours if in_hours else words.axis_minutes
    draw_axes(drawing, frame, model.trend_labels, step, suffix)
    _band(drawing, frame, trends)
    _median_line(drawing, frame, trends)
    count_size = 6.0 if n <= 24 else 4.5
    show_counts = n <= MAX_COUNT_LABELS
    for i, (high, count) in enumerate(zip(trends.mttr_high, trends.mttr_counts, strict=True)):
        if count and show_counts and high is not None:
            y = frame.vy(high) + 2
            drawing.add(label(frame.cx(i), y, f"n={count}", count_size, textAnchor="middle"))
    counts = (
        words.mttr_counts_above
        if show_counts
        else words.mttr_counts_total.format(f"{sum(trends.mttr_counts):,}")
    )
    items = [
        LegendItem(words.mttr_legend.format(unit=unit, counts=counts), MTTR, "line", marker=True),
        LegendItem(words.mttr_band.format(model.confidence), MTTR_BAND),
    ]
    draw_legend(drawing, items, frame.x, height - 10)
    return drawing
