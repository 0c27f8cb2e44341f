"""Plain-language definitions of every figure: docs/METHOD.md and the PDF's method page."""

from __future__ import annotations

from desktop_app.core.settings import DEFAULTS, LIMITS, Limits, Settings

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
}


def definition(key: str, settings: Settings = DEFAULTS) -> str:
    """``Term: definition`` for a KPI key or figure column (see ``TERMS``), for tooltips and
    help; the same words as the method page."""
    term = TERMS[key]
    return f"{term}: {dict(method_definitions(settings))[term]}"


def method_definitions(
    settings: Settings = DEFAULTS, limits: Limits = LIMITS
) -> list[tuple[str, str]]:
    """Each figure's definition, stating the weights ``settings`` actually uses."""
    confidence = f"{limits.bootstrap_confidence * 100:g} %"
    return [
        (
            "Window",
            "The reporting window runs from its first instant up to, but not including, its end, "
            "in the chosen time zone. Incidents are cut at the window's edges; an incident that is "
            "still open lasts until the window's end.",
        ),
        (
            "Maintenance",
            "Time covered by at least one maintenance entry of the service, counted once when "
            "entries overlap. Maintenance is planned, so it is taken out of the time that is "
            "measured: it never counts as downtime or as uptime.",
        ),
        (
            "Downtime",
            "At each moment outside maintenance, the service is down by the heaviest impact among "
            "its incidents active at that moment: a full outage counts 1, a partial outage "
            f"{settings.partial_weight:g} (adjustable), degraded performance "
            f"{settings.degraded_weight:g} (adjustable). Overlapping incidents count once. "
            "Downtime adds these weighted minutes up.",
        ),
        (
            "Availability",
            "100 % x (1 - downtime / (window length - maintenance)). A service with no measured "
            "time left, or with no incident, is 100 % available. The overall availability, and "
            "that of each period, is the plain average of the services' availabilities.",
        ),
        (
            "Incidents",
            "Incidents other than maintenance that start in the window (or period), by severity: "
            "critical, major, minor, unknown. Open incidents are those not yet resolved.",
        ),
        (
            "MTTR",
            "Mean time to restore: the average time from start to resolution of the resolved "
            "incidents that start in the window, over their whole duration even past the window's "
            "end. The median (half took less) and the 90th percentile (nine in ten took less) are "
            "shown beside it, with n, the number of resolved incidents they rest on. Overall "
            "figures pool the incidents of every service.",
        ),
        (
            "MTTR trend",
            f"Each median repair time comes with a {confidence} interval: the middle "
            f"{confidence} of the medians of {limits.bootstrap_resamples:,} resamples of the "
            "same incidents drawn with replacement (percentile bootstrap, seeded with "
            f"{limits.bootstrap_seed}, so the same incidents always give the same interval). "
            "A change against the previous period is called better or worse only when the two "
            "intervals do not overlap, otherwise it reads no clear change, and with fewer than "
            f"{limits.trend_min_incidents} resolved incidents on either side no trend is judged.",
        ),
        (
            "MTTA",
            "Mean time to acknowledge: the average time from start to first acknowledgement, over "
            "the incidents that start in the window and have an acknowledgement time.",
        ),
        (
            "Uptime",
            "Window length minus maintenance minus the time during which any incident (of any "
            "impact, degraded included) was active outside maintenance.",
        ),
        (
            "MTBF",
            "Mean time between failures, per service: how long a service runs between two "
            "incidents, its uptime divided by its number of incidents. Overall, the services' "
            "uptimes are added and divided by all their incidents, so with ten services it can "
            "exceed the window's length. Not defined when there is no incident.",
        ),
        (
            "Error budget",
            "The downtime the target allows, 100 % minus the target, of the measured time. The "
            "share left is 100 % x (1 - (100 % - availability) / (100 % - target)); it is "
            "negative once more downtime than allowed has been spent.",
        ),
        (
            "Periods",
            "Days, ISO weeks (from Monday), months or quarters of the local calendar of the chosen "
            "time zone, so a day across a daylight-saving change lasts 23 or 25 hours. The first "
            "and last periods are cut to the window. Each period has the same figures as the "
            "window; an incident is counted in the period where it starts, its downtime wherever "
            "it falls.",
        ),
    ]
