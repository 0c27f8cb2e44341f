"""The names of the incident table's categories and of period lengths: the terms the app's
widgets, the PDF and the CLI all show, each written once (English, its gettext context) and
found in the catalogue for other languages."""

from __future__ import annotations

from desktop_app.core.messages import Term

SEVERITY_TERMS: dict[str, Term] = {
    "critical": Term("severity", "Critical"),
    "major": Term("severity", "Major"),
    "minor": Term("severity", "Minor"),
    "unknown": Term("severity", "Unknown"),
}
IMPACT_TERMS: dict[str, Term] = {
    "full_outage": Term("impact", "Full outage"),
    "partial_outage": Term("impact", "Partial outage"),
    "degraded": Term("impact", "Degraded"),
    "maintenance": Term("impact", "Maintenance"),
}
#: A period length as it reads after "one point per" / "기준".
GRANULARITY_TERMS: dict[str, Term] = {
    "day": Term("period length", "day"),
    "week": Term("period length", "week"),
    "month": Term("period length", "month"),
    "quarter": Term("period length", "quarter"),
}
#: The names of the headline figures: the Overview's tiles, the PDF's tiles and the services
#: tables' headers.
FIGURE_TERMS: dict[str, Term] = {
    "availability": Term("figure", "Availability"),
    "downtime": Term("figure", "Downtime"),
    "incidents": Term("figure", "Incidents"),
    "mttr": Term("figure", "MTTR (median)"),
    "mtbf": Term("figure", "MTBF per service"),
    "error_budget": Term("figure", "Error budget left"),
}
