"""Paragraph and table styles of the report, in the app's colours, and safe text helpers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, TableStyle

from desktop_app import theme
from desktop_app.report.fonts import BOLD, REGULAR, markup, register_fonts

INK = colors.HexColor("#202124")
MUTED = colors.HexColor("#5F6368")
RULE = colors.HexColor("#DADCE0")
ZEBRA = colors.HexColor("#F4F6F8")
HEADER_FILL = colors.HexColor("#E8EEF7")
ACCENT = colors.HexColor(theme.ACCENT_COLOUR)
GOOD = colors.HexColor(theme.GOOD_COLOUR)
BAD = colors.HexColor(theme.BAD_COLOUR)
NEUTRAL = colors.HexColor(theme.NEUTRAL_COLOUR)

#: Fill of a service's availability cell per shortfall band (0 = target met): darker is worse,
#: so the order survives grey printing.
BAND_FILLS = (
    colors.white,
    colors.HexColor("#FDE7E4"),
    colors.HexColor("#F6B9B1"),
    colors.HexColor("#E0786B"),
)


def text(value: str, font: str = REGULAR) -> str:
    """Plain text made safe for a ``Paragraph`` in ``font``: markup characters shown as they
    are, Hangul in the face behind the Latin one."""
    return markup(value, font)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    tiny: ParagraphStyle
    tile_label: ParagraphStyle
    tile_value: ParagraphStyle
    tile_detail: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()

    def style(name: str, size: float, font: str = REGULAR, **extra: object) -> ParagraphStyle:
        extra.setdefault("leading", size * 1.3)
        extra.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, fontSize=size, **extra)

    return Styles(
        title=style("title", 22, BOLD, leading=27, spaceAfter=4),
        subtitle=style("subtitle", 11, textColor=MUTED, spaceAfter=2),
        h1=style("h1", 15, BOLD, textColor=ACCENT, spaceBefore=4, spaceAfter=8),
        h2=style("h2", 11, BOLD, spaceBefore=10, spaceAfter=5),
        body=style("body", 9.5, leading=13.5),
        bullet=style("bullet", 9.5, leading=13.5, leftIndent=12, bulletIndent=2, spaceAfter=3),
        small=style("small", 8, textColor=MUTED, leading=10.5),
        cell=style("cell", 8, leading=10),
        cell_bold=style("cell_bold", 8, BOLD, leading=10),
        tiny=style("tiny", 6.5, leading=8),
        tile_label=style("tile_label", 8, textColor=MUTED),
        tile_value=style("tile_value", 17, BOLD, leading=21),
        tile_detail=style("tile_detail", 7.5, textColor=MUTED, leading=9.5),
    )


def para(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped)."""
    return Paragraph(text(value, style.fontName), style)


def grid_style(header_rows: int = 1, zebra: bool = True, font_size: float = 8) -> TableStyle:
    """The house table look: bold tinted header, thin rules, optional zebra rows."""
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, font_size),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        last = header_rows - 1
        commands += [
            ("FONT", (0, 0), (-1, last), BOLD, font_size),
            ("BACKGROUND", (0, 0), (-1, last), HEADER_FILL),
            ("LINEBELOW", (0, last), (-1, last), 0.8, ACCENT),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands)
