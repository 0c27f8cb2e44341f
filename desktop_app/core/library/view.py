"""The reclassified view: the imported incidents with the edits in force applied.

Decisions where the issue is silent:

- An excluded incident leaves the figures entirely (availability, counts, MTTR), as if it had
  not happened; the "as imported" view still shows it.
- Counting as maintenance sets the impact to maintenance (planned time, not downtime).
- An alias names the service it belongs to; every name then reads as that service's display
  name (or its own name when it has none). Per-service targets follow the shown name.
- Notes, causes and postmortem links describe an incident; they do not reclassify it.
- Choosing an earlier import's values for an incident (an update undone for it alone) is a
  judgement like the others: the view uses those values, "as imported" the latest import's.
  When that import is removed, the incident takes the values in force by the import rule.
"""

from __future__ import annotations

import json
from typing import cast

import numpy as np
import pandas as pd

from desktop_app.core.dataset import Reclassification
from desktop_app.core.library.edits import VERSION, Edits
from desktop_app.core.model import TIME_DTYPE

#: Incident fields that change the figures; an incident with one of them set is reclassified.
RECLASSIFYING: tuple[str, ...] = (VERSION, "maintenance", "excluded", "started_at", "resolved_at")


def service_names(edits: Edits) -> dict[str, str]:
    """Imported service name -> shown name, for every service with a display name or aliases."""
    names: dict[str, str] = {}
    for service, fields in edits.services.items():
        shown = fields.get("display_name") or service
        names[service] = shown
        for alias in json.loads(fields.get("aliases") or "[]"):
            names[alias] = shown
    return {raw: shown for raw, shown in names.items() if raw != shown}


def service_targets(edits: Edits) -> tuple[tuple[str, float], ...]:
    """(shown service name, SLO target in percent) for every service with its own target."""
    names = service_names(edits)
    return tuple(
        sorted(
            (names.get(service, service), float(fields["slo_pct"]))
            for service, fields in edits.services.items()
            if fields.get("slo_pct")
        )
    )


def chosen_versions(edits: Edits) -> dict[str, int]:
    """Incident id -> the import whose values it takes instead of the latest import's."""
    return {
        incident_id: int(fields[VERSION][0])
        for incident_id, fields in edits.incidents.items()
        if VERSION in fields  # edits in force hold no empty value
    }


def reclassified(
    incidents: pd.DataFrame, edits: Edits, versions: pd.DataFrame | None = None
) -> pd.DataFrame:
    """``incidents`` with the chosen earlier ``versions`` (rows of ``read_versions``),
    maintenance, corrected times, causes and service names applied and excluded incidents
    left out (``incidents`` itself when there is nothing to apply)."""
    names = service_names(edits)
    if not edits.incidents and not names:
        return incidents
    frame = incidents.copy(deep=False)  # copy-on-write: only the columns changed are copied
    positions = _positions(frame, edits)
    if versions is not None and len(versions):
        _use_versions(frame, positions, versions)
    for column in ("started_at", "resolved_at"):
        chosen = _chosen(positions, edits, column)
        if chosen:
            frame.iloc[list(chosen), _column_at(frame, column)] = pd.to_datetime(
                list(chosen.values()), utc=True
            ).astype(TIME_DTYPE)
    _set_text(frame, _chosen(positions, edits, "cause"), "cause")
    maintenance = list(_chosen(positions, edits, "maintenance"))
    if maintenance:
        frame.iloc[maintenance, _column_at(frame, "impact")] = "maintenance"
    if names:
        frame["service"] = frame["service"].replace(names)
    excluded = list(_chosen(positions, edits, "excluded"))
    if excluded:
        keep = np.ones(len(frame), dtype=bool)
        keep[excluded] = False
        frame = frame.loc[keep]
    return frame.reset_index(drop=True)


def _use_versions(frame: pd.DataFrame, positions: dict[str, int], versions: pd.DataFrame) -> None:
    """Overwrite the rows of the incidents in ``versions`` with those values, in place."""
    found = versions["incident_id"].isin(list(positions)).to_numpy(dtype=bool)
    rows = [positions[i] for i in versions["incident_id"][found]]
    for column_at, column in enumerate(frame.columns):
        frame.iloc[rows, column_at] = versions[column].to_numpy()[found]


def _positions(frame: pd.DataFrame, edits: Edits) -> dict[str, int]:
    ids = list(edits.incidents)
    found = pd.Index(frame["incident_id"]).get_indexer(ids) if ids else np.array([], dtype=int)
    return {i: int(p) for i, p in zip(ids, found, strict=True) if p >= 0}


def _chosen(positions: dict[str, int], edits: Edits, name: str) -> dict[int, str]:
    """Row position -> value of ``name`` for the incidents present that have it set."""
    return {
        positions[i]: fields[name][0]
        for i, fields in edits.incidents.items()
        if i in positions and name in fields
    }


def _set_text(frame: pd.DataFrame, chosen: dict[int, str], column: str) -> None:
    if chosen:
        frame.iloc[list(chosen), _column_at(frame, column)] = list(chosen.values())


def _column_at(frame: pd.DataFrame, column: str) -> int:
    """The position of ``column``; the incident columns are unique, so it is one int."""
    return cast(int, frame.columns.get_loc(column))


def reclassifications(incidents: pd.DataFrame, edits: Edits) -> list[Reclassification]:
    """The reclassified incidents among ``incidents`` (as imported), by start time."""
    positions = _positions(incidents, edits)
    found = []
    for incident_id, position in positions.items():
        fields = edits.incidents[incident_id]
        changes = tuple(
            (name, *fields[name]) for name in RECLASSIFYING if name in fields and fields[name][0]
        )
        if not changes:
            continue
        row = incidents.iloc[position]
        found.append(
            Reclassification(
                incident_id,
                str(row["service"]),
                str(row["title"]),
                row["started_at"],
                None if pd.isna(row["resolved_at"]) else row["resolved_at"],
                changes,
            )
        )
    return sorted(found, key=lambda r: (r.started_at, r.incident_id))
