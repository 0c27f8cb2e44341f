"""Open incidents are a decision, not a default: what counts until the user decides.

An incident without an end is undecided: it may still be going on, or it ended and nobody
wrote when. Until the user decides (by giving it an end, or reclassifying it), an open
low-severity one (minor: warnings, information, ...) is not counted as downtime, and an open
critical, major or unknown-severity one counts as down to the window's end (or ``as_of``).
Both are listed as undecided, and the figures counting every one of them as down are computed
beside the ones by this rule, so neither is presented as the only truth.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_app.core.metrics.compute import SweptWindow, measure, with_every_incident_down

#: Severities whose open incidents are not counted as downtime until the user decides.
NOT_DOWN_WHILE_OPEN: tuple[str, ...] = ("minor",)


def undecided(incidents: pd.DataFrame) -> np.ndarray:
    """Booleans per row: open (no end) and not maintenance."""
    open_rows = incidents["resolved_at"].isna().to_numpy(dtype=bool)
    maintenance = (incidents["impact"] == "maintenance").to_numpy(dtype=bool, na_value=False)
    return open_rows & ~maintenance


def not_down_while_open(incidents: pd.DataFrame) -> np.ndarray:
    """Booleans per row: undecided and of a severity whose open time is no downtime."""
    low = incidents["severity"].isin(NOT_DOWN_WHILE_OPEN).to_numpy(dtype=bool, na_value=False)
    return undecided(incidents) & low


@dataclass(frozen=True)
class CountingAll:
    """The overall availability and downtime were every undecided open incident down."""

    availability_pct: float
    downtime_minutes: float


@dataclass(frozen=True)
class OpenIncidents:
    """The window's undecided open incidents by id: all of them, and those not counted as
    downtime (low severity); ``counting_all``: the overall figures counting every one as
    down (None when none is undecided)."""

    undecided: tuple[str, ...] = ()
    not_down: tuple[str, ...] = ()
    counting_all: CountingAll | None = None

    def __bool__(self) -> bool:
        return bool(self.undecided)

    def to_json(self) -> dict[str, object]:
        return {
            "undecided": list(self.undecided),
            "not_counted_as_downtime": list(self.not_down),
        }


NONE_OPEN = OpenIncidents()


def counting_all_open(swept: SweptWindow) -> CountingAll:
    """The swept window's overall availability and downtime with every open incident down
    (its arrays swept again, not read again; the overall figures need no periods finer than
    quarters and no repair times)."""
    overall = measure(with_every_incident_down(swept), "quarter", quantiles=False).overall
    return CountingAll(overall.availability_pct, overall.downtime_minutes)


def open_incidents(in_window: pd.DataFrame, counting_all: CountingAll | None) -> OpenIncidents:
    """The undecided incidents of the window's list, with ``counting_all``'s figures."""
    ids = in_window["incident_id"].astype("string")
    chosen = undecided(in_window)
    if not chosen.any():
        return NONE_OPEN
    low = not_down_while_open(in_window)
    return OpenIncidents(
        tuple(str(i) for i in ids[chosen]), tuple(str(i) for i in ids[low]), counting_all
    )
