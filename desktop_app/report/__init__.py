"""The executive PDF report, drawn with ReportLab from ``core.reporting``'s ``ReportModel``."""

from desktop_app.report.pdf import (
    PAGE_SIZES,
    ReportWriteError,
    glyph_findings,
    render_report_pdf,
    write_report_pdf,
)

__all__ = [
    "PAGE_SIZES",
    "ReportWriteError",
    "glyph_findings",
    "render_report_pdf",
    "write_report_pdf",
]
