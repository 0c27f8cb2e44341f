"""The report's summary in sentences, from ``core.reporting.report_model.Summary``.

English sentences are full sentences; the Korean catalogue writes them as a Korean executive
summary is (개조식, noun endings: "가용성 99.96 %, 목표 99.9 % 달성"), not word by word; the
particle after a quoted name comes from the Korean renderer (``KoreanText.with_ro``).
"""

from __future__ import annotations

import math

from desktop_app.core.metrics.figures import Figures
from desktop_app.core.reporting.incident_rows import IncidentRow
from desktop_app.core.reporting.report_model import ServicesVerdict, Summary
from desktop_app.text.method import threshold
from desktop_app.text.render import Text

#: A title quoted in a sentence is cut to this many characters.
QUOTE_CHARS = 80


def target(slo_pct: float) -> str:
    """``99.9 %``: a target as people write it, without trailing zeros."""
    return f"{f'{slo_pct:.4f}'.rstrip('0').rstrip('.')} %"


def _quote(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


def headline(text: Text, summary: Summary) -> str:
    overall = summary.overall
    if overall.incidents:
        incidents = text.ngettext(
            "{count:,} incident, {critical} critical",
            "{count:,} incidents, {critical} critical",
            overall.incidents,
        ).format(count=overall.incidents, critical=overall.by_severity.get("critical", 0))
    else:
        incidents = text.pgettext("summary", "no incidents")
    if summary.met is None:
        template = text.gettext(
            "No imported data covers the period, so availability is not known; {incidents}."
        )
    elif summary.met:
        template = text.gettext(
            "Availability was {availability}, at or above the {target} target; {incidents}."
        )
    else:
        template = text.gettext(
            "Availability was {availability}, below the {target} target; {incidents}."
        )
    return template.format(
        availability=text.pct(overall.availability_pct),
        target=target(summary.slo_pct),
        incidents=incidents,
    )


def longest(text: Text, row: IncidentRow) -> str:
    service = _quote(text.service(row.service))
    if row.title:
        what = f"{service} '{_quote(row.title)}'"
    else:
        what = text.gettext("a {service} incident").format(service=service)
    if row.is_open:
        template = text.gettext("The longest, {what}, has been open for {duration}.")
    else:
        template = text.gettext("The longest, {what}, lasted {duration}.")
    return template.format(what=text.with_ro(what), duration=text.minutes(row.duration_minutes))


def _downtime(text: Text, minutes: float) -> str:
    return text.minutes(minutes) if minutes > 0 else text.pgettext("downtime", "none")


def change(text: Text, summary: Summary) -> str:
    """``previous`` is None when no loaded incident starts before the window, so there is no
    data to compare with (rather than a quiet period)."""
    current, previous = summary.overall, summary.previous
    if previous is None:
        return text.gettext(
            "No incident data was loaded for the previous period of equal length, so there is "
            "nothing to compare with."
        )
    if previous.incidents == 0 and previous.downtime_minutes == 0 and current.incidents == 0:
        return text.gettext("As in the previous period of equal length, there was no downtime.")
    moved = summary.availability_change
    if moved is None or not moved.clear:
        template = text.gettext(
            "Availability was unchanged from the previous period of equal length ({previous}); "
            "downtime went from {downtime_before} to {downtime} and incidents from "
            "{incidents_before} to {incidents}."
        )
    elif moved.delta > 0:
        template = text.gettext(
            "Availability rose by {points:.2f} pp against the previous period of equal length "
            "({previous}); downtime went from {downtime_before} to {downtime} and incidents from "
            "{incidents_before} to {incidents}."
        )
    else:
        template = text.gettext(
            "Availability fell by {points:.2f} pp against the previous period of equal length "
            "({previous}); downtime went from {downtime_before} to {downtime} and incidents from "
            "{incidents_before} to {incidents}."
        )
    return template.format(
        points=abs(moved.delta) if moved is not None else 0.0,
        previous=text.pct(previous.availability_pct),
        downtime_before=_downtime(text, previous.downtime_minutes),
        downtime=_downtime(text, current.downtime_minutes),
        incidents_before=text.count(previous.incidents),
        incidents=text.count(current.incidents),
    )


def services(text: Text, verdict: ServicesVerdict) -> str:
    """How many services missed their target (each its own, where the library set one)."""
    if verdict.missed == 0:
        return text.ngettext(
            "All {count} service met the target.",
            "All {count} services met the target.",
            verdict.total,
        ).format(count=text.count(verdict.total))
    return text.ngettext(
        "{missed} of {total} service missed the target; the lowest, {service}, was at "
        "{availability} with {downtime} of downtime.",
        "{missed} of {total} services missed the target; the lowest, {service}, was at "
        "{availability} with {downtime} of downtime.",
        verdict.total,
    ).format(
        missed=text.count(verdict.missed),
        total=text.count(verdict.total),
        service=text.service(verdict.lowest),
        availability=text.pct(verdict.lowest_availability_pct),
        downtime=text.minutes(verdict.lowest_downtime_minutes),
    )


def _budget(text: Text, budget: float) -> str:
    """How much of the error budget was used, or that a 100 % target leaves none."""
    if math.isnan(budget):
        return text.gettext("without data the error budget is not known")
    if not math.isfinite(budget):
        return text.gettext("a 100 % target leaves no error budget")
    used = text.pct(100.0 - budget, 1)
    if budget >= 0:
        return text.gettext("{used} of the error budget was used").format(used=used)
    return text.gettext("{used} of the error budget was used, so it is exhausted").format(used=used)


def recovery(text: Text, summary: Summary) -> str:
    overall: Figures = summary.overall
    budget = _budget(text, summary.budget_left_pct)
    if overall.mttr_median_minutes is None:
        return text.gettext("No incident was resolved in the period; {budget}.").format(
            budget=budget
        )
    still_open = overall.open_incidents
    if still_open:
        template = text.ngettext(
            "Half of the incidents were resolved within {median} (n = {n}, mean {mean}); "
            "{count:,} incident still open at the period's end; {budget}.",
            "Half of the incidents were resolved within {median} (n = {n}, mean {mean}); "
            "{count:,} incidents still open at the period's end; {budget}.",
            still_open,
        )
    else:
        template = text.gettext(
            "Half of the incidents were resolved within {median} (n = {n}, mean {mean}); {budget}."
        )
    return template.format(
        median=text.minutes(overall.mttr_median_minutes),
        n=overall.mttr_n,
        mean=text.minutes(overall.mttr_minutes),
        count=still_open,
        budget=budget,
    )


def notice(text: Text, count: int, hours: float) -> str:
    """How many outages reach the user-notice threshold."""
    limit = threshold(text, hours)
    if not count:
        return text.gettext(
            "No outage lasted {threshold} or more, the threshold for notifying users."
        ).format(threshold=limit)
    return text.ngettext(
        "{count} outage lasted {threshold} or more and must be notified to users.",
        "{count} outages lasted {threshold} or more and must be notified to users.",
        count,
    ).format(count=text.count(count), threshold=limit)


def reclassified(text: Text, count: int) -> str:
    """How many incidents of the period were reclassified, pointing to appendix C."""
    if not count:
        return text.gettext("No incident of the period was reclassified by hand.")
    return text.ngettext(
        "{count} incident was reclassified by hand; appendix C lists it with the reasons.",
        "{count} incidents were reclassified by hand; appendix C lists them with the reasons.",
        count,
    ).format(count=text.count(count))


def summary_sentences(text: Text, summary: Summary) -> list[str]:
    """The summary page's bullets, in order."""
    sentences = [headline(text, summary)]
    if summary.longest is not None:
        sentences.append(longest(text, summary.longest))
    sentences.append(change(text, summary))
    if summary.services is not None:
        sentences.append(services(text, summary.services))
    sentences.append(recovery(text, summary))
    sentences.append(notice(text, summary.notices, summary.notice_hours))
    if summary.reclassified is not None:
        sentences.append(reclassified(text, summary.reclassified))
    return sentences
