"""What a selection leaves out (``core.analysis.FilterSummary``), as the Overview's note and
the PDF's summary page say it: ``2 of 8 services · critical and major only``."""

from __future__ import annotations

from desktop_app.core.analysis import FilterSummary
from desktop_app.text.render import Text


def filters(text: Text, summary: FilterSummary) -> str:
    """``2 of 8 services · critical only`` / ``서비스 8개 중 2개 · 심각만``, the services kept
    named when few (``대외계 (서비스 32개 중 1개)``); "" when nothing is filtered out."""
    parts = []
    if summary.services_left_out:
        template = text.ngettext(
            "{shown} of {total} service", "{shown} of {total} services", summary.total
        )
        counted = template.format(shown=summary.shown, total=summary.total)
        if summary.kept:
            counted = f"{', '.join(summary.kept)} ({counted})"
        parts.append(counted)
    if summary.severities is not None:
        names = [severity_word(text, s) for s in summary.severities]
        parts.append(text.gettext("{severities} only").format(severities=text.listing(names)))
    return " · ".join(parts)


def severity_word(text: Text, key: str) -> str:
    """A severity inside a sentence: ``critical`` (lower case in English); ``심각``."""
    words = {
        "critical": text.pgettext("severity in a sentence", "critical"),
        "major": text.pgettext("severity in a sentence", "major"),
        "minor": text.pgettext("severity in a sentence", "minor"),
        "unknown": text.pgettext("severity in a sentence", "unknown"),
    }
    return words.get(key, key)
