"""The names of the incident table's categories and of period lengths: the terms the app's
widgets, the PDF and the CLI all show, each written once (English, its gettext context) and
found in the catalogue for other languages."""

from __future__ import annotations

from desktop_app.core.messages import Term
from desktop_app.core.metrics.periods import GRANULARITY_TERMS

__all__ = ["COLUMN_TERMS", "FIGURE_TERMS", "GRANULARITY_TERMS", "IMPACT_TERMS", "SEVERITY_TERMS"]

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
#: Column headers shared by the app's tables and the PDF's (the incident table's fields and a
#: rejected row's place and reason).
COLUMN_TERMS: dict[str, Term] = {
    "incident_id": Term("column", "ID"),
    "service": Term("column", "Service"),
    "title": Term("column", "Title"),
    "severity": Term("column", "Severity"),
    "impact": Term("column", "Impact"),
    "started_at": Term("column", "Started"),
    "resolved_at": Term("column", "Resolved"),
    "duration": Term("column", "Duration"),
    "cause": Term("column", "Cause"),
    "file": Term("column", "File"),
    "line": Term("column", "Line"),
    "reason": Term("column", "Reason"),
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
