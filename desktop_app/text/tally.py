"""What a list of incident rows holds (``core.metrics.counting.Tally``), as the lists'
headings say it: ``159 incidents · 31 maintenance windows``."""

from __future__ import annotations

from desktop_app.core.metrics.counting import Tally
from desktop_app.text.render import Text


def _incidents(text: Text, count: int, total: int | None) -> str:
    if total is None:
        return text.incidents(count)
    template = text.ngettext("{count} incident of {total}", "{count} incidents of {total}", count)
    return template.format(count=text.count(count), total=text.count(total))


def _maintenance(text: Text, count: int, total: int | None) -> str:
    if total is None:
        template = text.ngettext("{count} maintenance window", "{count} maintenance windows", count)
    else:
        template = text.ngettext(
            "{count} maintenance window of {total}", "{count} maintenance windows of {total}", count
        )
    return template.format(count=text.count(count), total=text.count(total))


def _earlier(text: Text, count: int, total: int | None) -> str:
    if total is None:
        template = text.gettext("{count} started before")
    else:
        template = text.gettext("{count} started before of {total}")
    return template.format(count=text.count(count), total=text.count(total))


def tally_text(text: Text, tally: Tally, of: Tally | None = None) -> str:
    """``159 incidents · 31 maintenance windows`` (and the rows from before, if any); with
    ``of``, the whole list a search narrowed: ``1 incident of 159 · 0 maintenance windows
    of 31``."""
    parts = [
        _incidents(text, tally.incidents, None if of is None else of.incidents),
        _maintenance(text, tally.maintenance, None if of is None else of.maintenance),
    ]
    if tally.earlier or (of is not None and of.earlier):
        parts.append(_earlier(text, tally.earlier, None if of is None else of.earlier))
    return " · ".join(parts)
