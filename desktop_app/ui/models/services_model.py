"""One row per service of ``MetricsResult.services``, with whether it met the SLO."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtGui import QColor

from desktop_app.core.formatting import (
    format_count,
    format_hours,
    format_minutes,
    format_pct,
    format_text,
)
from desktop_app.core.metrics.kpis import slo_met
from desktop_app.core.settings import DEFAULTS, Settings
from desktop_app.theme import BAD_COLOUR, GOOD_COLOUR
from desktop_app.ui.models.dataframe_model import RIGHT, ColumnSpec, DataFrameTableModel

MET_TEXT = {True: "met", False: "missed"}


def _optional(formatter: Callable[[float | None], str]) -> Callable[[object], str]:
    """``formatter`` with NaN passed as None (shown as a dash)."""

    def show(value: object) -> str:
        return formatter(None if value is None or pd.isna(value) else value)

    return show


def _met_colour(value: object) -> QColor:
    return QColor(GOOD_COLOUR if bool(value) else BAD_COLOUR)


def service_columns(settings: Settings) -> list[ColumnSpec]:
    def met(services: pd.DataFrame) -> pd.Series:
        """Each service against its own target where it has one (library service settings)."""
        return slo_met(services["availability_pct"], services["service"].map(settings.slo_for))

    return [
        ColumnSpec("Service", "service", format_text, searchable=True),
        ColumnSpec("Availability", "availability_pct", _optional(format_pct), alignment=RIGHT),
        ColumnSpec("Downtime", "downtime_minutes", _optional(format_minutes), alignment=RIGHT),
        ColumnSpec("Incidents", "incidents", _optional(format_count), alignment=RIGHT),
        ColumnSpec(
            "MTTR (median)", "mttr_median_minutes", _optional(format_minutes), alignment=RIGHT
        ),
        ColumnSpec("MTTR (mean)", "mttr_minutes", _optional(format_minutes), alignment=RIGHT),
        ColumnSpec("MTBF", "mtbf_hours", _optional(format_hours), alignment=RIGHT),
        ColumnSpec("SLO", "slo_met", lambda v: MET_TEXT[bool(v)], met, colour=_met_colour),
    ]


class ServicesTableModel(DataFrameTableModel):
    """The per-service figures; the SLO column compares availability with the target."""

    def __init__(self, settings: Settings = DEFAULTS, parent: object = None) -> None:
        super().__init__(service_columns(settings), parent)
        self._settings = settings

    def set_services(self, services: pd.DataFrame | None, settings: Settings) -> None:
        if settings != self._settings:
            self._settings = settings
            self._specs = service_columns(settings)
        self.set_frame(services)
