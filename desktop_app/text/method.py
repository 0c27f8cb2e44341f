"""Plain-language definitions of every figure: docs/METHOD.md (the English page), the PDF's
method page and the app's tooltips and F1 help, stating the settings actually used."""

from __future__ import annotations

from desktop_app.core.messages import Term
from desktop_app.core.settings import DEFAULT_LIMITS, DEFAULTS, Limits, Settings
from desktop_app.text.render import Text

#: The method term that defines each KPI tile, table column or chart (by key or column name).
TERMS: dict[str, str] = {
    "availability": "Availability",
    "availability_pct": "Availability",
    "downtime": "Downtime",
    "downtime_minutes": "Downtime",
    "maintenance_minutes": "Maintenance",
    "incidents": "Incidents",
    "open_incidents": "Incidents",
    "mttr": "MTTR",
    "mttr_minutes": "MTTR",
    "mttr_median_minutes": "MTTR",
    "mttr_interval": "MTTR trend",
    "mttr_n": "MTTR",
    "mtta_minutes": "MTTA",
    "mtbf": "MTBF",
    "mtbf_hours": "MTBF",
    "error_budget": "Error budget",
    "slo_met": "Availability",
    "periods": "Periods",
    "window": "Window",
    "severity": "Incidents",
    "impact": "Downtime",
    "started_at": "Window",
    "resolved_at": "Window",
    "duration": "MTTR",
    "notice": "User notice",
}

#: The method page's terms, in its order.
METHOD_TERMS: tuple[Term, ...] = (
    Term("method term", "Window"),
    Term("method term", "Maintenance"),
    Term("method term", "Downtime"),
    Term("method term", "Availability"),
    Term("method term", "Coverage"),
    Term("method term", "Incidents"),
    Term("method term", "MTTR"),
    Term("method term", "MTTR trend"),
    Term("method term", "MTTA"),
    Term("method term", "Uptime"),
    Term("method term", "MTBF"),
    Term("method term", "Error budget"),
    Term("method term", "Periods"),
    Term("method term", "User notice"),
)


def threshold(text: Text, hours: float) -> str:
    """``2 h`` / ``2시간``: the notice threshold as a rule states it."""
    return text.pgettext("threshold", "{hours:g} h").format(hours=hours)


def _bodies(text: Text) -> list[str]:
    """The definitions, in ``METHOD_TERMS``' order, as templates."""
    return [
        text.gettext(
            "The reporting window runs from its first instant up to, but not including, its end, "
            "in the chosen time zone. Incidents are cut at the window's edges; an incident that "
            "is still open lasts until the window's end, or until the moment of the analysis when "
            'the window reaches past it (the window is then measured "to date": nothing in the '
            "future is counted)."
        ),
        text.gettext(
            "Time covered by at least one maintenance entry of the service, counted once when "
            "entries overlap. Maintenance is planned, so it is taken out of the time that is "
            "measured: it never counts as downtime or as uptime."
        ),
        text.gettext(
            "At each moment outside maintenance, the service is down by the heaviest impact among "
            "its incidents active at that moment: a full outage counts 1, a partial outage "
            "{partial} (adjustable), degraded performance {degraded} (adjustable). Overlapping "
            "incidents count once. Downtime adds these weighted minutes up."
        ),
        text.gettext(
            "100 % x (1 - downtime / (window length - maintenance)). A service with no measured "
            "time left, or with no incident where the data covers it, is 100 % available. The "
            "overall availability, and that of each period, is the plain average of the "
            "availabilities of the services the data covers."
        ),
        text.gettext(
            "Each file covers its services from the earliest to the latest time written in it. "
            "A period of a service outside its files' spans has no figure (no data, not 100 %) "
            "and is left out of overall figures, averages and targets met; one overlapping a "
            "span counts in full. The previous period is compared only when covered for the "
            "same services."
        ),
        text.gettext(
            "Incidents other than maintenance that start in the window (or period), by severity: "
            "critical, major, minor, unknown. Open incidents are those not yet resolved: until "
            "given an end, an open minor one is no downtime and an open critical, major or "
            "unknown one is down to the window's end; the availability counting all of them as "
            "down is shown beside the figure."
        ),
        text.gettext(
            "Mean time to restore: the average time from start to resolution of the resolved "
            "incidents that start in the window, over their whole duration even past the window's "
            "end. The median (half took less) and the 90th percentile (nine in ten took less) are "
            "shown beside it, with n, the number of resolved incidents they rest on. Overall "
            "figures pool the incidents of every service."
        ),
        text.gettext(
            "Each median repair time comes with a {confidence} interval: the middle {confidence} "
            "of the medians of {resamples:,} resamples of the same incidents drawn with "
            "replacement (percentile bootstrap, seeded with {seed}, so the same incidents always "
            "give the same interval). A change against the previous period is called better or "
            "worse only when the two intervals do not overlap, otherwise it reads no clear "
            "change, and with fewer than {min_incidents} resolved incidents on either side no "
            "trend is judged."
        ),
        text.gettext(
            "Mean time to acknowledge: the average time from start to first acknowledgement, over "
            "the incidents that start in the window and have an acknowledgement time."
        ),
        text.gettext(
            "Window length minus maintenance minus the time during which any incident (of any "
            "impact, degraded included) was active outside maintenance."
        ),
        text.gettext(
            "Mean time between failures, per service: how long a service runs between two "
            "incidents, its uptime divided by its number of incidents. Overall, the services' "
            "uptimes are added and divided by all their incidents, so with ten services it can "
            "exceed the window's length. Not defined when there is no incident."
        ),
        text.gettext(
            "The downtime the target allows, 100 % minus the target, of the measured time. The "
            "share left is 100 % x (1 - (100 % - availability) / (100 % - target)); it is "
            "negative once more downtime than allowed has been spent."
        ),
        text.gettext(
            "Days, ISO weeks (from Monday), months or quarters of the local calendar of the "
            "chosen time zone, so a day across a daylight-saving change lasts 23 or 25 hours. The "
            "first and last periods are cut to the window. Each period has the same figures as "
            "the window; an incident is counted in the period where it starts, its downtime "
            "wherever it falls."
        ),
        text.gettext(
            "Full and partial outages that last {threshold} or more (an open one counted until "
            "the period's end, or until the report is made if that is earlier) are listed as "
            "outages to notify users of. Korea's Telecommunications Business Act enforcement "
            "decree (article 37-13) requires this of large value-added services from 28 March "
            "2025 (two hours; it was four). Adjustable."
        ),
    ]


def method_definitions(
    text: Text, settings: Settings = DEFAULTS, limits: Limits = DEFAULT_LIMITS
) -> list[tuple[str, str]]:
    """Each figure's (term, definition), stating the weights and threshold ``settings`` uses."""
    fields = {
        "partial": f"{settings.partial_weight:g}",
        "degraded": f"{settings.degraded_weight:g}",
        "confidence": f"{limits.bootstrap_confidence * 100:g} %",
        "resamples": limits.bootstrap_resamples,
        "seed": limits.bootstrap_seed,
        "min_incidents": limits.trend_min_incidents,
        "threshold": threshold(text, settings.notice_hours),
    }
    return [
        (text.term(term), body.format(**fields))
        for term, body in zip(METHOD_TERMS, _bodies(text), strict=True)
    ]


def definition(text: Text, key: str, settings: Settings = DEFAULTS) -> str:
    """``Term: definition`` for a KPI key or figure column (see ``TERMS``), for tooltips and
    help; the same words as the method page."""
    index = [term.word for term in METHOD_TERMS].index(TERMS[key])
    term, body = method_definitions(text, settings, settings.limits)[index]
    return f"{term}: {body}"
