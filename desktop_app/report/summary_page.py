"""The summary page: title block, KPI tiles, sentences and the three worst incidents."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.core.metrics.kpis import Kpi
from desktop_app.report.cells import (
    DATE_SAMPLE,
    DURATION_SAMPLES,
    clip,
    column_widths,
    measured,
)
from desktop_app.report.fonts import BOLD
from desktop_app.report.styles import (
    BAD,
    GOOD,
    MUTED,
    NEUTRAL,
    RULE,
    Styles,
    grid_style,
    para,
    text,
)
from desktop_app.text.kpis import Tile
from desktop_app.text.report import ReportText
from desktop_app.text.report_words import ReportWords

TILE_COLUMNS = 3


def _change_line(kpi: Kpi, shown: Tile, words: ReportWords, styles: Styles) -> Paragraph:
    """The change against the previous period (known: ``_tile`` leaves the line out when it
    is not, and the page says so once, under the tiles)."""
    direction = kpi.change.direction if kpi.change is not None else 0
    arrow = {1: "▲ ", -1: "▼ ", 0: ""}[direction]
    verdict = {True: f" · {words.better}", False: f" · {words.worse}", None: ""}[kpi.improved]
    colour = {True: GOOD, False: BAD, None: NEUTRAL}[kpi.improved]
    body = text(f"{arrow if shown.versus else ''}{shown.change_text}{verdict}")
    return Paragraph(f'<font color="#{colour.hexval()[2:]}">{body}</font>', styles.tile_detail)


def _tile(kpi: Kpi, shown: Tile, words: ReportWords, styles: Styles) -> list[Flowable]:
    return [
        para(shown.label, styles.tile_label),
        para(shown.value, styles.tile_value),
        para(shown.detail, styles.tile_detail),
        *([para(shown.note, styles.tile_detail)] if shown.note else []),
        *([] if shown.change is None else [_change_line(kpi, shown, words, styles)]),
    ]


def kpi_tiles(
    tiles: Sequence[tuple[Kpi, Tile]], words: ReportWords, width: float, styles: Styles
) -> Table:
    """Tiles in rows of three; a met/missed status shows as a coloured bar on the tile's left."""
    kpis = [kpi for kpi, _ in tiles]
    cells: list[list[Flowable] | str] = [_tile(kpi, shown, words, styles) for kpi, shown in tiles]
    rows = [cells[i : i + TILE_COLUMNS] for i in range(0, len(cells), TILE_COLUMNS)]
    rows[-1] += [""] * (TILE_COLUMNS - len(rows[-1]))
    gap = 8.0
    column = (width - gap * (TILE_COLUMNS - 1)) / TILE_COLUMNS
    widths = [w for i in range(TILE_COLUMNS) for w in ((column,) if i == 0 else (gap, column))]
    spaced = [
        [c for i, cell in enumerate(r) for c in ((cell,) if i == 0 else ("", cell))] for r in rows
    ]
    table = Table(spaced, colWidths=widths)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]
    for r in range(len(rows)):
        if r:
            commands.append(("TOPPADDING", (0, r), (-1, r), 12))
        for c, kpi in enumerate(kpis[r * TILE_COLUMNS : (r + 1) * TILE_COLUMNS]):
            col = 2 * c
            commands.append(("BOX", (col, r), (col, r), 0.6, RULE))
            commands.append(("BACKGROUND", (col, r), (col, r), colors.HexColor("#FAFBFC")))
            if kpi.status != "neutral":
                bar = GOOD if kpi.status == "good" else BAD
                commands.append(("LINEBEFORE", (col, r), (col, r), 3, bar))
    table.setStyle(TableStyle(commands))
    return table


def worst_table(model: ReportText, width: float, styles: Styles) -> Flowable:
    rows, words = model.worst, model.words
    if not rows:
        return para(words.no_downtime, styles.body)
    duration = measured(DURATION_SAMPLES, 8.0, BOLD)
    widths = column_widths(
        width,
        [
            (0.25,),
            (0.45,),
            (0.3,),
            measured([DATE_SAMPLE], 8.0),
            measured([model.impact_names["partial_outage"]], 8.0),
            duration,
            duration,
        ],
    )
    data: list[list[object]] = [[para(h, styles.cell_bold) for h in words.worst_header]]
    for row in rows:
        data.append(
            [
                para(clip(row.service, 200), styles.cell),
                para(clip(row.title or row.incident_id, 200), styles.cell),
                para(clip(row.cause, 200) or "–", styles.cell),
                para(row.started, styles.cell),
                para(row.impact, styles.cell),
                para(row.downtime, styles.cell_bold),
                para(row.duration, styles.cell),
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style())
    return table


def summary_page(model: ReportText, width: float, styles: Styles) -> list[Flowable]:
    words = model.words
    organisation = model.organisation or words.default_organisation
    generated = text(words.generated.format(model.generated))
    flowables: list[Flowable] = [
        para(clip(model.title, 160), styles.title),
        para(clip(organisation, 200), styles.subtitle),
        para(words.period_line.format(period=model.period, zone=model.timezone), styles.body),
        Paragraph(f'<font color="#{MUTED.hexval()[2:]}">{generated}</font>', styles.small),
        Spacer(0, 12),
        kpi_tiles(model.tiles, words, width, styles),
    ]
    if not any(kpi.compared for kpi, _ in model.tiles):
        flowables += [Spacer(0, 4), para(words.no_previous_note, styles.small)]
    flowables += [
        *filter_note(model, styles),
        para(words.in_brief, styles.h2),
    ]
    flowables += [Paragraph(text(s), styles.bullet, bulletText="•") for s in model.sentences]
    flowables += [
        para(words.worst_heading, styles.h2),
        worst_table(model, width, styles),
        para(words.weighted_note, styles.small),
    ]
    return flowables


def filter_note(model: ReportText, styles: Styles) -> list[Flowable]:
    """``Showing 2 of 8 services · critical only`` when the report covers a filtered view."""
    shown = model.words.showing.format(model.filters)
    return [para(shown, styles.body)] if model.filters else []
