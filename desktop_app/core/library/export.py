"""The whole library out again, so the user's data is never locked in: Parquet or CSV.

One row per incident as imported, then the edits in force beside it (``edit_<field>`` and
``edit_<field>_reason``) and the service's shown name: the reclassified view can be rebuilt
from the file alone.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from desktop_app.core.library.edits import INCIDENT_FIELDS
from desktop_app.core.library.loaded import LibraryData
from desktop_app.core.library.view import service_names
from desktop_app.core.writing.atomic import atomic_writer
from desktop_app.core.writing.csv_export import export_csv

FORMATS: tuple[str, ...] = ("parquet", "csv")


def export_frame(data: LibraryData) -> pd.DataFrame:
    frame = data.as_imported.copy()
    for name in INCIDENT_FIELDS:
        values = {i: fields[name] for i, fields in data.edits.incidents.items() if name in fields}
        frame[f"edit_{name}"] = frame["incident_id"].map({i: v[0] for i, v in values.items()})
        frame[f"edit_{name}_reason"] = frame["incident_id"].map(
            {i: v[1] for i, v in values.items()}
        )
    names = service_names(data.edits)
    frame["service_shown"] = frame["service"].map(lambda s: names.get(s, s))
    return frame


def export_library(data: LibraryData, path: str | Path, fmt: str) -> Path:
    """Write the export atomically; ``OSError`` when it cannot be written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (use {' or '.join(FORMATS)})")
    frame = export_frame(data)
    if fmt == "csv":
        return export_csv(frame, path)
    with atomic_writer(path, "wb") as handle:
        frame.to_parquet(handle, index=False)
    return Path(path)
