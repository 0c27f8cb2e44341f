"""Colours shared by the app's plots and the PDF's charts, chosen to stay apart in grey print."""

from __future__ import annotations

SEVERITY_COLOURS: dict[str, str] = {
    "critical": "#B3261E",
    "major": "#E8871E",
    "minor": "#F2C94C",
    "unknown": "#9AA0A6",
}
IMPACT_COLOURS: dict[str, str] = {
    "full_outage": "#B3261E",
    "partial_outage": "#E8871E",
    "degraded": "#F2C94C",
    "maintenance": "#5B8DEF",
}
AVAILABILITY_COLOUR = "#1F5AA6"
SLO_COLOUR = "#2E7D32"
MTTR_COLOUR = "#6A3D9A"
GOOD_COLOUR = "#2E7D32"
BAD_COLOUR = "#B3261E"
NEUTRAL_COLOUR = "#5F6368"
ACCENT_COLOUR = "#1F5AA6"

#: Calendar day colours by shade (``core.metrics.calendar``): no downtime (palest), target
#: met, then ever further below it (shortfall bands 1-3).
DAY_COLOURS: tuple[str, ...] = ("#C8E6C9", "#66BB6A", "#FFD54F", "#FB8C00", "#C62828")


#: A qualitative palette for per-service series (Tableau 10, colour-blind friendly ordering).
SERVICE_COLOURS: tuple[str, ...] = (
    "#4E79A7",
    "#F28E2B",
    "#59A14F",
    "#E15759",
    "#76B7B2",
    "#EDC948",
    "#B07AA1",
    "#FF9DA7",
    "#9C755F",
    "#BAB0AC",
)


def service_colour(index: int) -> str:
    return SERVICE_COLOURS[index % len(SERVICE_COLOURS)]
