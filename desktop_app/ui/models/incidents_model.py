"""The incident table as a Qt model: id, service, title, severity, impact, start, end, duration."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from desktop_app.core.settings import DEFAULTS
from desktop_app.text import Text
from desktop_app.theme import BAD_COLOUR
from desktop_app.ui.i18n import service_text, translate, ui_text
from desktop_app.ui.models.dataframe_model import RIGHT, ColumnSpec, DataFrameTableModel


def incident_durations(incidents: pd.DataFrame) -> pd.Series:
    """How long each incident lasted (NaT while it is open)."""
    return incidents["resolved_at"] - incidents["started_at"]


def running_durations(
    incidents: pd.DataFrame, as_of: pd.Timestamp | None
) -> Callable[[pd.Series], pd.Series]:
    """The sort key of the duration column: an open incident as running to ``as_of`` (the
    longest, not last); without ``as_of`` open ones sort last."""

    def key(durations: pd.Series) -> pd.Series:
        if as_of is None:
            return durations
        return durations.fillna(as_of - incidents["started_at"])

    return key


def _notice_colour(value: object) -> QColor | None:
    return QColor(BAD_COLOUR) if bool(value) else None


def notice_column(notice: pd.Series | None) -> ColumnSpec:
    """Whether an outage reached the user-notice threshold: the analysis' ``notice`` flags,
    found by the incidents' index (None: no incident flagged)."""

    def flagged(incidents: pd.DataFrame) -> pd.Series:
        if notice is None:
            return pd.Series(False, index=incidents.index)
        return notice.reindex(incidents.index, fill_value=False)

    def text(value: object) -> str:
        return translate("IncidentsTable", "Notify users") if bool(value) else ""

    return ColumnSpec(
        translate("IncidentsTable", "User notice"), "notice", text, flagged, colour=_notice_colour
    )


def incident_columns(
    tz: str,
    notice: pd.Series | None = None,
    sort_duration: Callable[[pd.Series], pd.Series] | None = None,
) -> list[ColumnSpec]:
    words = ui_text()

    def time(value: object) -> str:
        return words.time(value, tz)  # type: ignore[arg-type]

    def duration(value: object) -> str:
        return words.duration(value)

    def export_time(header: str) -> Callable[[pd.Series], dict[str, pd.Series]]:
        """Exported as the zone's wall-clock times, which a spreadsheet reads as dates, with
        the zone named in the header: ``Start (Asia/Seoul)``."""
        named = f"{header} ({tz})"
        return lambda times: {named: words.local_times(times, tz)}

    def export_duration(durations: pd.Series) -> dict[str, pd.Series]:
        """The duration as shown, and in minutes (a number a spreadsheet can sum)."""
        return {
            words.column("duration"): pd.Series([duration(d) for d in durations], dtype="string"),
            translate("IncidentsTable", "Duration (min)"): (
                durations.dt.total_seconds() / 60.0
            ).round(1),
        }

    severity, impact = words.labelled(words.severity), words.labelled(words.impact)
    start, end = translate("IncidentsTable", "Start"), translate("IncidentsTable", "End")
    return [
        ColumnSpec(words.column("incident_id"), "incident_id", Text.cell, searchable=True),
        ColumnSpec(words.column("service"), "service", service_text, searchable=True),
        ColumnSpec(words.column("title"), "title", Text.cell, searchable=True),
        ColumnSpec(words.column("severity"), "severity", severity, searchable=True),
        ColumnSpec(words.column("impact"), "impact", impact, searchable=True),
        ColumnSpec(start, "started_at", time, export=export_time(start)),
        ColumnSpec(end, "resolved_at", time, export=export_time(end)),
        ColumnSpec(
            words.column("duration"),
            "duration",
            duration,
            incident_durations,
            sort_key=sort_duration,
            alignment=RIGHT,
            export=export_duration,
        ),
        notice_column(notice),
    ]


class IncidentsTableModel(DataFrameTableModel):
    """Incidents with their times shown in ``tz``; sorts on the raw times and categories."""

    def __init__(self, tz: str = "UTC", parent: QObject | None = None) -> None:
        super().__init__(incident_columns(tz), parent)
        self._tz = tz
        self._notice_hours = DEFAULTS.notice_hours

    @property
    def tz(self) -> str:
        return self._tz

    @property
    def notice_hours(self) -> float:
        return self._notice_hours

    def notice_at(self, row: int) -> bool:
        """Whether the incident shown at ``row`` must be notified to users."""
        column = next(i for i, spec in enumerate(self._specs) if spec.key == "notice")
        return bool(self.raw_value(row, column))

    def set_incidents(
        self,
        incidents: pd.DataFrame | None,
        tz: str | None = None,
        notice_hours: float = DEFAULTS.notice_hours,
        notice: pd.Series | None = None,
        as_of: pd.Timestamp | None = None,
    ) -> None:
        """Show ``incidents`` in ``tz``, flagged by ``notice`` (the analysis' flags, judged at
        ``notice_hours``; None: none flagged); open ones sort by duration as running to
        ``as_of``."""
        self._tz = tz or self._tz
        self._notice_hours = notice_hours
        running = None if incidents is None else running_durations(incidents, as_of)
        self._specs = incident_columns(self._tz, notice, running)
        self.set_frame(incidents)
