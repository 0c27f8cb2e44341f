"""The report's pages after the summary: trends, services, incidents, method, appendices."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from desktop_app import theme
from desktop_app.core.reporting.incident_rows import IncidentRow
from desktop_app.core.reporting.report_model import ReportModel, ServiceRow
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
from desktop_app.report.day_charts import repair_chart
from desktop_app.report.styles import BAD, BAND_FILLS, GOOD, RULE, Styles, grid_style, para

TABLE_SIZE = 8.0
APPENDIX_SIZE = 6.5
#: A platypus frame pads its content by 6 pt at the top and at the bottom.
FRAME_PADDING = 12.0


def trends_page(model: ReportModel, width: float, height: float, styles: Styles) -> list[Flowable]:
    trends = model.trends
    chart_height = min(200.0, (height - 175.0) / 3)
    charts = (
        ("Availability per period, against the SLO target", availability_chart),
        ("Incidents started per period, by severity", severity_chart),
        ("Median time to resolve per period", mttr_chart),
    )
    flowables: list[Flowable] = [
        para("Trends", styles.h1),
        para(f"One point per {trends.granularity} of the reporting period.", styles.small),
    ]
    for caption, draw in charts:
        flowables.append(
            KeepTogether([para(caption, styles.h2), draw(trends, width, chart_height)])
        )
    return flowables


REPAIR_HEIGHT = 150.0


def repair_section(model: ReportModel, width: float, styles: Styles) -> list[Flowable]:
    """The MTTR distribution: how long resolved incidents took, so one long incident reads as
    the outlier it is."""
    if model.repair is None:
        return []
    return [
        Spacer(0, 10),
        KeepTogether(
            [
                para("Time to resolve", styles.h2),
                repair_chart(model.repair, width, REPAIR_HEIGHT),
            ]
        ),
    ]


def _service_cells(row: ServiceRow, styles: Styles) -> list:
    met_style = styles.cell_bold.clone("slo", textColor=GOOD if row.slo_met else BAD)
    met = para("met" if row.slo_met else "missed", met_style)
    return [
        para(clip(row.service, 200), styles.cell),
        row.availability,
        row.downtime,
        row.incidents,
        row.mttr,
        row.mtbf,
        met,
    ]


def shading_legend(model: ReportModel, width: float, styles: Styles) -> Table:
    cells = [["", para(name, styles.small)] for name in model.shading]
    legend = Table(cells, colWidths=[14, width - 14], hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1)]
    for band, fill in enumerate(BAND_FILLS):
        style += [
            ("BACKGROUND", (0, band), (0, band), fill),
            ("BOX", (0, band), (0, band), 0.4, RULE),
        ]
    legend.setStyle(style)
    return legend


def services_page(model: ReportModel, width: float, styles: Styles) -> list[Flowable]:
    header = ["Service", "Availability", "Downtime", "Incidents", "MTTR (median)", "MTBF", "SLO"]
    fractions = (0.30, 0.13, 0.13, 0.10, 0.13, 0.12, 0.09)
    data = [header, *(_service_cells(r, styles) for r in model.services)]
    table = Table(data, colWidths=[f * width for f in fractions], repeatRows=1)
    style = grid_style()
    style.add("ALIGN", (1, 0), (-2, -1), "RIGHT")
    for index, row in enumerate(model.services, start=1):
        if row.band:
            style.add("BACKGROUND", (1, index), (1, index), BAND_FILLS[row.band])
    table.setStyle(style)
    return [
        para("Services", styles.h1),
        para(
            f"Worst first. Availability is shaded by how far it falls below the {model.target} "
            "target: the darker, the further.",
            styles.body,
        ),
        Spacer(0, 6),
        table,
        Spacer(0, 8),
        shading_legend(model, width / 2, styles),
    ]


def longest_table(rows: list[IncidentRow], width: float, styles: Styles) -> Flowable:
    if not rows:
        return para("No incidents in the period.", styles.body)
    header = ["Service", "Incident", "Started", "Resolved", "Duration", "Severity", "Impact"]
    date = measured([DATE_SAMPLE], TABLE_SIZE)
    widths = column_widths(
        width,
        [
            (0.35,),
            (0.65,),
            date,
            date,
            measured(DURATION_SAMPLES, TABLE_SIZE),
            measured([*theme.SEVERITY_LABELS.values(), "Severity"], TABLE_SIZE),
            measured(["Maintenance"], TABLE_SIZE),
        ],
    )
    data: list[list] = [header]
    for row in rows:
        data.append(
            [
                para(clip(row.service, 200), styles.cell),
                para(clip(row.title or row.incident_id, 200), styles.cell),
                row.started,
                row.resolved,
                row.duration,
                theme.SEVERITY_LABELS.get(row.severity, row.severity),
                para(theme.IMPACT_LABELS.get(row.impact, row.impact), styles.cell),
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style())
    return table


def incidents_page(model: ReportModel, width: float, styles: Styles) -> list[Flowable]:
    return [
        para("Incidents", styles.h1),
        para("Longest incidents", styles.h2),
        longest_table(model.longest, width, styles),
        Spacer(0, 6),
        para(
            f"Every incident of the period is listed in appendix A ({len(model.incidents):,}); "
            f"rows not imported are in appendix B ({len(model.rejected):,}).",
            styles.small,
        ),
    ]


def method_page(model: ReportModel, width: float, styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = [para("Method", styles.h1), para(model.import_note, styles.body)]
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
    return flowable.wrap(width, 10_000)[1] + flowable.getSpaceAfter()


def appendix_incidents(
    model: ReportModel, width: float, height: float, styles: Styles
) -> list[Flowable]:
    header = [
        "ID",
        "Started",
        "Resolved",
        "Service",
        "Severity",
        "Impact",
        "Duration",
        "Title",
        "Cause",
    ]
    rows = [
        (
            r.incident_id,
            r.started,
            r.resolved,
            r.service,
            theme.SEVERITY_LABELS.get(r.severity, r.severity),
            theme.IMPACT_LABELS.get(r.impact, r.impact),
            r.duration,
            r.title,
            r.cause,
        )
        for r in model.incidents
    ]
    intro = para(f"Appendix A · Every incident of the period ({len(rows):,})", styles.h1)
    if not rows:
        return [intro, para("No incidents in the period.", styles.body)]
    size = APPENDIX_SIZE
    date = measured([DATE_SAMPLE, "Resolved"], size)
    widths = column_widths(
        width,
        [
            fitted([r.incident_id for r in model.incidents], size, width * 0.14),
            date,
            date,
            fitted([r.service for r in model.incidents], size, width * 0.14),
            measured([*theme.SEVERITY_LABELS.values(), "Severity"], size),
            measured(["Maintenance"], size),
            measured([*DURATION_SAMPLES, "Duration"], size),
            (0.62,),
            (0.38,),
        ],
    )
    rooms = (height - FRAME_PADDING - _height(intro, width), height - FRAME_PADDING)
    return [intro, *paged_tables(header, rows, widths, {0, 3, 5, 7, 8}, rooms, size)]


def appendix_rejected(
    model: ReportModel, width: float, height: float, styles: Styles
) -> list[Flowable]:
    intro = para(f"Appendix B · Rows not imported ({len(model.rejected):,})", styles.h1)
    note = para(model.import_note, styles.small)
    if not model.rejected:
        return [intro, note, para("Every row was imported.", styles.body)]
    rows = [(r.file, f"{r.line:,}", r.reason) for r in model.rejected]
    widths = [0.28 * width, 0.08 * width, 0.64 * width]
    head = _height(intro, width) + _height(note, width) + 4
    rooms = (height - FRAME_PADDING - head, height - FRAME_PADDING)
    tables = paged_tables(["File", "Line", "Reason"], rows, widths, {0, 2}, rooms, APPENDIX_SIZE)
    return [intro, note, Spacer(0, 4), *tables]
