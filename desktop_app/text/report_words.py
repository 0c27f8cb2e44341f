"""The fixed words of the PDF report: headings, table headers, captions, the footer."""

from __future__ import annotations

from desktop_app.text.render import Text
from desktop_app.text.terms import FIGURE_TERMS


class ReportWords:
    """The fixed words of the PDF report (headings, table headers, captions, footer) in the
    language of ``t``. Templates take ``str.format`` arguments, named where there are
    several."""

    def __init__(self, t: Text) -> None:
        self.default_title = t.pgettext("report", "Service reliability report")
        self.default_organisation = t.pgettext("report", "Reliability report")
        self.subject = t.pgettext("report", "Availability and incidents, {}")
        self.keywords = (
            t.pgettext("report", "availability"),
            t.pgettext("report", "incidents"),
            t.pgettext("report", "SLO"),
        )
        self.period_line = t.pgettext("report", "Reporting period {period} · time zone {zone}")
        self.generated = t.pgettext("report", "Generated {}")
        self.better = t.pgettext("report", "better")
        self.worse = t.pgettext("report", "worse")
        self.in_brief = t.pgettext("report", "In brief")
        self.worst_heading = t.pgettext("report", "Three worst incidents by weighted downtime")
        self.worst_header = (
            t.column("service"),
            t.pgettext("report", "Incident"),
            t.column("cause"),
            t.column("started_at"),
            t.column("impact"),
            t.pgettext("report", "Downtime in period"),
            t.column("duration"),
        )
        self.no_downtime = t.pgettext("report", "No incident caused downtime in the period.")
        self.weighted_note = t.pgettext(
            "report",
            "Weighted downtime counts a full outage fully and a partial outage at its weight; "
            "only the part inside the reporting period counts.",
        )
        self.trends = t.pgettext("report", "Trends")
        self.trends_note = t.pgettext("report", "One point per {} of the reporting period.")
        self.chart_captions = (
            t.pgettext("report", "Availability per period, against the SLO target"),
            t.pgettext("report", "Incidents started per period, by severity"),
            t.pgettext("report", "Median time to resolve per period"),
        )
        self.no_periods = t.pgettext("report", "No periods in the window")
        self.availability = t.pgettext("report", "Availability")
        self.slo_target = t.pgettext("report", "SLO target {} %")
        self.mttr_legend = t.pgettext("report", "Median time to resolve ({unit}); {counts}")
        self.mttr_counts_above = t.pgettext("report", "n = resolved incidents each median rests on")
        self.mttr_counts_total = t.pgettext("report", "resting on {} resolved incidents in all")
        self.mttr_band = t.pgettext("report", "{} interval of the median")
        self.unit_minutes = t.pgettext("report", "min")
        self.unit_hours = t.pgettext("report", "h")
        self.services = t.pgettext("report", "Services")
        self.services_note = t.pgettext(
            "report",
            "Worst first. Availability is shaded by how far it falls below the {} target: the "
            "darker, the further. n is the number of resolved incidents the median MTTR rests "
            "on; its interval is explained on the method page.",
        )
        self.services_header = (
            t.column("service"),
            t.term(FIGURE_TERMS["availability"]),
            t.term(FIGURE_TERMS["downtime"]),
            t.term(FIGURE_TERMS["incidents"]),
            t.term(FIGURE_TERMS["mttr"]),
            t.pgettext("report", "n"),
            t.pgettext("report", "{} interval"),
            t.term(FIGURE_TERMS["mtbf"]),
            t.pgettext("report", "SLO"),
        )
        self.met = t.pgettext("report", "met")
        self.missed = t.pgettext("report", "missed")
        self.no_data = t.no_data()
        self.incidents = t.pgettext("report", "Incidents")
        self.longest = t.pgettext("report", "Longest incidents")
        self.longest_header = (
            t.column("service"),
            t.pgettext("report", "Incident"),
            t.column("started_at"),
            t.column("resolved_at"),
            t.column("duration"),
            t.column("severity"),
            t.column("impact"),
        )
        self.no_incidents = t.pgettext("report", "No incidents in the period.")
        self.appendix_note = t.pgettext(
            "report",
            "Every incident of the period is listed in appendix A ({incidents}); rows not "
            "imported are in appendix B ({rejected}).",
        )
        self.notice_heading = t.pgettext("report", "Outages to notify users of ({})")
        self.notice_header = (
            t.column("service"),
            t.pgettext("report", "Incident"),
            t.column("started_at"),
            t.column("resolved_at"),
            t.column("duration"),
            t.column("impact"),
        )
        self.method = t.pgettext("report", "Method")
        self.appendix_a = t.pgettext("report", "Appendix A · Every incident of the period ({})")
        self.appendix_header = (
            t.column("incident_id"),
            t.column("started_at"),
            t.column("resolved_at"),
            t.column("service"),
            t.column("severity"),
            t.column("impact"),
            t.column("duration"),
            t.pgettext("report", "Notice"),
            t.column("title"),
            t.column("cause"),
        )
        #: Appendix A's mark of an outage to notify users of (its Notice column).
        self.notice_mark = t.pgettext("report notice column", "yes")
        self.appendix_b = t.pgettext("report", "Appendix B · Rows not imported ({})")
        self.every_row_imported = t.pgettext("report", "Every row was imported.")
        self.rejected_header = (
            t.column("file"),
            t.column("line"),
            t.column("reason"),
        )
        self.appendix_c = t.pgettext("report", "Appendix C · Incidents reclassified by hand ({})")
        self.appendix_c_note = t.pgettext(
            "report", "Figures use these corrections; the values listed are the imported ones."
        )
        self.appendix_c_none = t.pgettext("report", "No incident of the period was reclassified.")
        self.reclassified_header = (
            t.column("incident_id"),
            t.column("started_at"),
            t.column("service"),
            t.column("title"),
            t.pgettext("report", "Change"),
            t.column("reason"),
        )
        self.own_target_note = t.pgettext(
            "report", "A service with its own target shows it beside met or missed."
        )
        self.assumed_title = t.pgettext("report", "What was assumed ({count})")
        self.assumed_header = (
            t.column("file"),
            t.column("line"),
            t.pgettext("report", "Assumption"),
        )
        self.page = t.pgettext("report", "Page {} of {}")
        self.footer = t.pgettext("report", "{period} · {zone} · generated {generated}")
        self.no_previous_note = t.pgettext(
            "report", "No previous period to compare with: the loaded data starts in this one."
        )
        self.day_by_day = t.pgettext("report", "Day by day")
        self.time_to_resolve = t.pgettext("report", "Time to resolve")
        self.showing = t.pgettext("report", "Showing {}")
        self.repair_none = t.pgettext("report", "No incident was resolved in the period")
        self.repair_legend = t.pgettext(
            "report", "Resolved incidents by time to resolve (log scale)"
        )
        self.median = t.pgettext("report", "median")
        self.axis_minutes = t.pgettext("axis unit", " min")
        self.axis_hours = t.pgettext("axis unit", " h")
