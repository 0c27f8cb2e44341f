"""The incident table as a Qt model: id, service, title, severity, impact, start, end, duration."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from desktop_app.core.formatting import (
    format_duration,
    format_label,
    format_text,
    format_time,
    format_times_with_offset,
    incident_durations,
)
from desktop_app.theme import IMPACT_LABELS, SEVERITY_LABELS
from desktop_app.ui.models.dataframe_model import RIGHT, ColumnSpec, DataFrameTableModel


def duration_export(durations: pd.Series) -> dict[str, pd.Series]:
    """The duration as shown, and in minutes (a number a spreadsheet can sum)."""
    minutes = (durations.dt.total_seconds() / 60.0).round(1)
    return {
        "Duration": pd.Series([format_duration(d) for d in durations], dtype="string"),
        "Duration (min)": minutes,
    }


def incident_columns(tz: str) -> list[ColumnSpec]:
    def time(value: object) -> str:
        return format_time(value, tz)  # type: ignore[arg-type]

    def export_time(header: str) -> Callable[[pd.Series], dict[str, pd.Series]]:
        return lambda times: {header: format_times_with_offset(times, tz)}

    return [
        ColumnSpec("ID", "incident_id", format_text, searchable=True),
        ColumnSpec("Service", "service", format_text, searchable=True),
        ColumnSpec("Title", "title", format_text, searchable=True),
        ColumnSpec("Severity", "severity", format_label(SEVERITY_LABELS), searchable=True),
        ColumnSpec("Impact", "impact", format_label(IMPACT_LABELS), searchable=True),
        ColumnSpec("Start", "started_at", time, export=export_time("Start")),
        ColumnSpec("End", "resolved_at", time, export=export_time("End")),
        ColumnSpec(
            "Duration",
            "duration",
            format_duration,
            incident_durations,
            alignment=RIGHT,
            export=duration_export,
        ),
    ]


class IncidentsTableModel(DataFrameTableModel):
    """Incidents with their times shown in ``tz``; sorts on the raw times and categories."""

    def __init__(self, tz: str = "UTC", parent: object = None) -> None:
        super().__init__(incident_columns(tz), parent)
        self._tz = tz

    @property
    def tz(self) -> str:
        return self._tz

    def set_incidents(self, incidents: pd.DataFrame | None, tz: str | None = None) -> None:
        if tz is not None and tz != self._tz:
            self._tz = tz
            self._specs = incident_columns(tz)
        self.set_frame(incidents)
