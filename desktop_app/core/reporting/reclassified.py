"""The report's account of incidents reclassified by hand in the library, with the reasons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from desktop_app.core.dataset import Reclassification
from desktop_app.core.window import Window


def wall_time(value: pd.Timestamp | None, tz: str) -> str:
    """``2020-03-02 08:58`` in ``tz`` (as the report's tables write times in every language);
    "" when unknown."""
    if value is None or pd.isna(value):
        return ""
    return value.tz_convert(tz).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class EditedValue:
    """One change: ``name`` is the field (``edits.VERSION``, ``maintenance``, ``excluded``,
    ``started_at``, ``resolved_at``), ``value`` what it was set to; for a corrected time,
    ``before`` and ``after`` are the imported and corrected wall times."""

    name: str
    value: str
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class ReclassifiedEntry:
    """One row of the appendix: the incident as imported, what was changed, and why
    (``reasons``: the non-empty reasons given)."""

    incident_id: str
    service: str
    title: str
    started: str
    changes: tuple[EditedValue, ...]
    reasons: tuple[str, ...]


def _edited(name: str, value: str, item: Reclassification, tz: str) -> EditedValue:
    if name not in ("started_at", "resolved_at"):
        return EditedValue(name, value)
    imported = item.started_at if name == "started_at" else item.resolved_at
    return EditedValue(name, value, wall_time(imported, tz), wall_time(pd.Timestamp(value), tz))


def _in_window(item: Reclassification, window: Window) -> bool:
    ends_after = item.resolved_at is None or item.resolved_at > window.start
    return bool(item.started_at < window.end and ends_after)


def reclassified_entries(
    reclassifications: Sequence[Reclassification], window: Window
) -> tuple[ReclassifiedEntry, ...]:
    """The reclassified incidents that, as imported, overlap the window; one row each."""
    tz = window.tz
    return tuple(
        ReclassifiedEntry(
            item.incident_id,
            item.service,
            item.title,
            wall_time(item.started_at, tz),
            tuple(_edited(name, value, item, tz) for name, value, _ in item.changes),
            tuple(reason for _, _, reason in item.changes if reason),
        )
        for item in reclassifications
        if _in_window(item, window)
    )
