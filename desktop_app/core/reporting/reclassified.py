"""The report's account of incidents reclassified by hand in the library, with the reasons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from desktop_app.core.formatting import format_count, format_time
from desktop_app.core.library.view import Reclassification
from desktop_app.core.window import Window


@dataclass(frozen=True)
class ReclassifiedEntry:
    """One row of the appendix: the incident as imported, what was changed, and why."""

    incident_id: str
    service: str
    title: str
    started: str
    change: str
    reason: str


def _change_text(name: str, value: str, item: Reclassification, tz: str) -> str:
    if name == "maintenance":
        return "counted as maintenance"
    if name == "excluded":
        return f"excluded from availability ({value})"
    imported = item.started_at if name == "started_at" else item.resolved_at
    which = "start" if name == "started_at" else "end"
    return (
        f"{which} corrected from {format_time(imported, tz)} "
        f"to {format_time(pd.Timestamp(value), tz)}"
    )


def _in_window(item: Reclassification, window: Window) -> bool:
    ends_after = item.resolved_at is None or item.resolved_at > window.start
    return bool(item.started_at < window.end and ends_after)


def reclassified_entries(
    reclassifications: Sequence[Reclassification], window: Window
) -> list[ReclassifiedEntry]:
    """The reclassified incidents that, as imported, overlap the window; one row each."""
    tz = window.tz
    return [
        ReclassifiedEntry(
            item.incident_id,
            item.service,
            item.title,
            format_time(item.started_at, tz),
            "; ".join(_change_text(name, value, item, tz) for name, value, _ in item.changes),
            "; ".join(reason for _, _, reason in item.changes if reason) or "no reason given",
        )
        for item in reclassifications
        if _in_window(item, window)
    ]


def reclassified_sentence(entries: Sequence[ReclassifiedEntry]) -> str:
    """``3 incidents were reclassified by hand; appendix C lists them with the reasons.``"""
    if not entries:
        return "No incident of the period was reclassified by hand."
    count = len(entries)
    verb = "incident was" if count == 1 else "incidents were"
    return (
        f"{format_count(count)} {verb} reclassified by hand; appendix C lists "
        f"{'it' if count == 1 else 'them'} with the reasons."
    )
