"""The report's pages after the summary: trends, services, incidents, method, appendices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from desktop_app.report.cells import (
    DATE_SAMPLE,
    DURATION_SAMPLES,
    clip,
    column_widths,
    fitted,
    measured,
    paged_tables,
)
from desktop_app.report.charts import availability_chart, mttr_chart, severity_chart
from desktop_app.report.day_charts import calendar_chart, calendar_height, repair_chart
from desktop_app.report.fonts import BOLD
from desktop_app.report.styles import BAD, BAND_FILLS, GOOD, RULE, Styles, grid_style, para
from desktop_app.text.report import IncidentLine, ReportText, ServiceLine

TABLE_SIZE = 8.0
APPENDIX_SIZE = 6.5
#: A platypus frame pads its content by 6 pt at the top and at the bottom.
FRAME_PADDING = 12.0


SECTION_ROOM = 160.0
"""Points a section needs below its heading; with less left, it starts on the next page."""


def trends_page(model: ReportText, width: float, height: float, styles: Styles) -> list[Flowable]:
    trends, words = model.trends, model.words
    chart_height = min(200.0, (height - 175.0) / 3)
    drawers = (availability_chart, severity_chart, mttr_chart)
    charts = zip(words.chart_captions, drawers, strict=True)
    flowables: list[Flowable] = [
        para(words.trends, styles.h1),
        para(words.trends_note.format(model.granularity), styles.small),
    ]
    for caption, draw in charts:
        drawing = draw(trends, model, width, chart_height)
        flowables.append(KeepTogether([para(caption, styles.h2), drawing]))
    return flowables


REPAIR_HEIGHT = 150.0


def repair_section(model: ReportText, width: float, styles: Styles) -> list[Flowable]:
    """The MTTR distribution: how long resolved incidents took, so one long incident reads as
    the outlier it is."""
    if model.repair is None:
        return []
    return [
        Spacer(0, 10),
        KeepTogether(
            [
                para(model.words.time_to_resolve, styles.h2),
                repair_chart(model, width, REPAIR_HEIGHT),
            ]
        ),
    ]


def _service_cells(row: ServiceLine, model: ReportText, styles: Styles) -> list[object]:
    own = f" ({row.own_target})" if row.own_target else ""
    if row.slo_met is None:
        met = para(model.words.no_data + own, styles.cell)
    else:
        met_style = styles.cell_bold.clone("slo", textColor=GOOD if row.slo_met else BAD)
        met = para((model.words.met if row.slo_met else model.words.missed) + own, met_style)
    return [para(clip(row.service, 200), styles.cell), *_service_figures(row), met]


def _service_figures(row: ServiceLine) -> tuple[str, ...]:
    """The figure columns of a service's row, each one cell (the interval ``low – high``)."""
    return (
        row.availability,
        row.downtime,
        row.incidents,
        row.mttr,
        row.mttr_n,
        row.mttr_interval,
        row.mtbf,
    )


#: Room left of each figure column beyond the cell padding, so neighbours never run together
#: (n beside the interval read as one number).
FIGURE_GAP = 8.0


def _services_widths(model: ReportText, header: Sequence[str], width: float) -> list[float]:
    """Each figure column as wide as its widest cell or header word, so none wraps; the
    service column takes the rest (at least a sixth of the page), the SLO column its words."""
    figures = [_service_figures(row) for row in model.services]
    columns = [
        max(
            measured([cells[i] for cells in figures] or [""], TABLE_SIZE),
            measured(header[i + 1].split() or [""], TABLE_SIZE, BOLD),
        )
        + FIGURE_GAP
        for i in range(len(header) - 2)
    ]
    words = model.words
    owns = [f"{words.missed} ({row.own_target})" for row in model.services if row.own_target]
    slo = measured([words.met, words.missed, words.no_data, header[-1], *owns], TABLE_SIZE, BOLD)
    service = max(width - sum(columns) - slo, width / 6)
    scale = (width - service) / (sum(columns) + slo)
    return [service, *(c * scale for c in columns), slo * scale]


def shading_legend(model: ReportText, width: float, styles: Styles) -> Table:
    cells = [["", para(name, styles.small)] for name in model.shading]
    legend = Table(cells, colWidths=[14, width - 14], hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
    ]
    for band, fill in enumerate(BAND_FILLS):
        style += [
            ("BACKGROUND", (0, band), (0, band), fill),
            ("BOX", (0, band), (0, band), 0.4, RULE),
        ]
    legend.setStyle(style)
    return legend


def services_page(model: ReportText, width: float, styles: Styles) -> list[Flowable]:
    """Worst first, every figure in its own right-aligned column, headers aligned with them."""
    words = model.words
    cells = [_service_cells(r, model, styles) for r in model.services]
    header = [h.format(model.confidence) for h in words.services_header]
    right = styles.cell_bold.clone("figure_header", alignment=TA_RIGHT)
    heads = [para(header[0], styles.cell_bold), *(para(h, right) for h in header[1:-1])]
    data = [[*heads, para(header[-1], styles.cell_bold)], *cells]
    table = Table(data, colWidths=_services_widths(model, header, width), repeatRows=1)
    style = grid_style()
    style.add("ALIGN", (1, 0), (-2, -1), "RIGHT")
    for index, row in enumerate(model.services, start=1):
        if row.band:
            style.add("BACKGROUND", (1, index), (1, index), BAND_FILLS[row.band])
    table.setStyle(style)
    return [
        para(words.services, styles.h1),
        para(
            words.services_note.format(model.target)
            + (
                "" if not any(r.own_target for r in model.services) else " " + words.own_target_note
            ),
            styles.body,
        ),
        Spacer(0, 6),
        table,
        Spacer(0, 8),
        shading_legend(model, width / 2, styles),
    ]


def longest_table(
    rows: Sequence[IncidentLine], model: ReportText, width: float, styles: Styles
) -> Flowable:
    """The incidents ``rows`` with their times and duration, and severity and impact."""
    words = model.words
    if not rows:
        return para(words.no_incidents, styles.body)
    date = measured([DATE_SAMPLE], TABLE_SIZE)
    widths = column_widths(
        width,
        [
            (0.35,),
            (0.65,),
            date,
            date,
            measured(DURATION_SAMPLES, TABLE_SIZE),
            measured([*model.severity_names.values(), words.longest_header[5]], TABLE_SIZE),
            measured(list(model.impact_names.values()), TABLE_SIZE),
        ],
    )
    data: list[list[object]] = [list(words.longest_header)]
    for row in rows:
        data.append(
            [
                para(clip(row.service, 200), styles.cell),
                para(clip(row.title or row.incident_id, 200), styles.cell),
                row.started,
                row.resolved,
                row.duration,
                row.severity,
                para(row.impact, styles.cell),
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style())
    return table


def notice_section(
    model: ReportText, width: float, styles: Styles, appendices: bool
) -> list[Flowable]:
    """The outages at or over the user-notice threshold: a heading with their count, the rule's
    sentence, how many the longest incidents already list, then the longest of the others
    (``BODY_ROWS`` at most) and how many more appendix A holds: no incident twice in full."""
    words = model.words
    flowables: list[Flowable] = [
        para(words.notice_heading.format(f"{len(model.notices):,}"), styles.h2),
        para(" ".join(filter(None, (model.notice_note, model.notice_above))), styles.body),
    ]
    if model.notice_rows:
        flowables += [Spacer(0, 4), longest_table(model.notice_rows, model, width, styles)]
    more = model.notice_more[0 if appendices else 1]
    if more:
        flowables += [Spacer(0, 3), para(more, styles.small)]
    return flowables


def incidents_page(
    model: ReportText, width: float, styles: Styles, appendices: bool = True
) -> list[Flowable]:
    """The longest incidents and the outages to notify users of, each list kept short."""
    words = model.words
    note = words.appendix_note.format(
        incidents=f"{len(model.incidents):,}", rejected=f"{len(model.rejected):,}"
    )
    return [
        para(words.incidents, styles.h1),
        para(words.longest, styles.h2),
        longest_table(model.longest, model, width, styles),
        *([Spacer(0, 6), para(note, styles.small)] if appendices else []),
        *notice_section(model, width, styles, appendices),
    ]


def method_page(model: ReportText, width: float, styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = [
        para(model.words.method, styles.h1),
        para(" ".join([model.import_note, *model.coverage]), styles.body),
    ]
    rows = [[para(name, styles.cell_bold), para(text, styles.cell)] for name, text in model.method]
    if rows:
        table = Table(rows, colWidths=[0.24 * width, 0.76 * width])
        style = grid_style(header_rows=0, zebra=False)
        style.add("LINEABOVE", (0, 0), (-1, 0), 0.25, RULE)
        table.setStyle(style)
        flowables += [Spacer(0, 6), table]
    return flowables


def _height(flowable: Flowable, width: float) -> float:
    """Height a flowable takes at the top of a page, with the space after it."""
    height: float = flowable.wrap(width, 10_000)[1] + flowable.getSpaceAfter()
    return height


def appendix_incidents(
    model: ReportText, width: float, height: float, styles: Styles
) -> list[Flowable]:
    words = model.words
    header = words.appendix_header
    rows = [
        (
            r.incident_id,
            r.started,
            r.resolved,
            r.service,
            r.severity,
            r.impact,
            r.duration,
            words.notice_mark if r.notice else "",
            r.title,
            r.cause,
        )
        for r in model.incidents
    ]
    intro = para(words.appendix_a.format(f"{len(rows):,}"), styles.h1)
    if not rows:
        return [intro, para(words.no_incidents, styles.body)]
    size = APPENDIX_SIZE
    date = measured([DATE_SAMPLE, header[2]], size)
    widths = column_widths(
        width,
        [
            fitted([r.incident_id for r in model.incidents], size, width * 0.14),
            date,
            date,
            fitted([r.service for r in model.incidents], size, width * 0.14),
            measured([*model.severity_names.values(), header[4]], size),
            measured(list(model.impact_names.values()), size),
            measured([*DURATION_SAMPLES, header[6]], size),
            measured([header[7], words.notice_mark], size),
            (0.62,),
            (0.38,),
        ],
    )
    rooms = (height - FRAME_PADDING - _height(intro, width), height - FRAME_PADDING)
    return [intro, *paged_tables(header, rows, widths, {0, 3, 5, 8, 9}, rooms, size)]


def appendix_rejected(
    model: ReportText, width: float, height: float, styles: Styles
) -> list[Flowable]:
    words = model.words
    intro = para(words.appendix_b.format(f"{len(model.rejected):,}"), styles.h1)
    note = para(model.import_note, styles.small)
    assumed = _assumptions(model, width, height, styles)
    if not model.rejected:
        return [intro, note, para(words.every_row_imported, styles.body), *assumed]
    rows = [(r.file, f"{r.line:,}", r.reason) for r in model.rejected]
    widths = [0.28 * width, 0.08 * width, 0.64 * width]
    head = _height(intro, width) + _height(note, width) + 4
    rooms = (height - FRAME_PADDING - head, height - FRAME_PADDING)
    tables = paged_tables(words.rejected_header, rows, widths, {0, 2}, rooms, APPENDIX_SIZE)
    return [intro, note, Spacer(0, 4), *tables, *assumed]


def _assumptions(model: ReportText, width: float, height: float, styles: Styles) -> list[Flowable]:
    """What the reader and the analysis assumed (findings), after the rows not imported."""
    if not model.findings:
        return []
    words = model.words
    title = para(words.assumed_title.format(count=f"{len(model.findings):,}"), styles.h2)
    widths = [0.28 * width, 0.08 * width, 0.64 * width]
    rooms = (height - FRAME_PADDING - _height(title, width) - 8, height - FRAME_PADDING)
    rows = list(model.findings)
    tables = paged_tables(words.assumed_header, rows, widths, {0, 2}, rooms, APPENDIX_SIZE)
    return [Spacer(0, 8), title, Spacer(0, 4), *tables]


def calendar_section(model: ReportText, width: float, styles: Styles) -> list[Flowable]:
    if model.calendar is None or not len(model.calendar.days):
        return []
    return [
        Spacer(0, 10),
        CondPageBreak(calendar_height(model.calendar, width) + 24),
        KeepTogether(
            [
                para(model.words.day_by_day, styles.h2),
                calendar_chart(model.calendar, model, width),
            ]
        ),
    ]


def appendix_reclassified(
    model: ReportText, width: float, height: float, styles: Styles
) -> list[Flowable]:
    """Appendix C, for a report from the library: every reclassified incident and why."""
    entries, words = model.reclassified, model.words
    if entries is None:
        return []
    intro = para(words.appendix_c.format(f"{len(entries):,}"), styles.h1)
    note = para(words.appendix_c_note, styles.small)
    if not entries:
        return [CondPageBreak(SECTION_ROOM), intro, para(words.appendix_c_none, styles.body)]
    rows = [(e.incident_id, e.started, e.service, e.title, e.change, e.reason) for e in entries]
    widths = column_widths(
        width,
        [
            fitted([e.incident_id for e in entries], APPENDIX_SIZE, width * 0.12),
            measured([DATE_SAMPLE], APPENDIX_SIZE),
            fitted([e.service for e in entries], APPENDIX_SIZE, width * 0.12),
            (0.3,),
            (0.4,),
            (0.3,),
        ],
    )
    head = _height(intro, width) + _height(note, width) + 4
    rooms = (height - FRAME_PADDING - head, height - FRAME_PADDING)
    header = list(words.reclassified_header)
    tables = paged_tables(header, rows, widths, {0, 2, 3, 4, 5}, rooms, APPENDIX_SIZE)
    return [CondPageBreak(SECTION_ROOM), intro, note, Spacer(0, 4), *tables]
