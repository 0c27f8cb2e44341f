"""One row per service of ``MetricsResult.services``, with whether it met the SLO."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtGui import QColor, QGuiApplication

from desktop_app.core.formatting import (
    format_count,
    format_hours,
    format_minutes,
    format_pct,
    format_text,
)
from desktop_app.core.metrics.kpis import slo_met, worst_first
from desktop_app.core.settings import DEFAULTS
from desktop_app.ui.models.dataframe_model import RIGHT, ColumnSpec, DataFrameTableModel
from desktop_app.ui.widgets.palette_colours import verdict_colour

MET_TEXT = {True: "yes", False: "no"}


def _optional(formatter: Callable[[float | None], str]) -> Callable[[object], str]:
    """``formatter`` with NaN passed as None (shown as a dash)."""

    def show(value: object) -> str:
        return formatter(None if value is None or pd.isna(value) else value)

    return show


def _met_colour(value: object) -> QColor:
    """Green or red, lightened on a dark palette (read when the cell is drawn)."""
    return verdict_colour(bool(value), QGuiApplication.palette())


def service_columns(slo_pct: float) -> list[ColumnSpec]:
    def met(services: pd.DataFrame) -> pd.Series:
        return slo_met(services["availability_pct"], slo_pct)

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
        ColumnSpec("SLO met", "slo_met", lambda v: MET_TEXT[bool(v)], met, colour=_met_colour),
    ]


class ServicesTableModel(DataFrameTableModel):
    """The per-service figures; the SLO column compares availability with the target."""

    def __init__(self, slo_pct: float = DEFAULTS.slo_pct, parent: object = None) -> None:
        super().__init__(service_columns(slo_pct), parent)
        self._slo_pct = slo_pct

    def set_services(self, services: pd.DataFrame | None, slo_pct: float) -> None:
        """Show ``services`` worst first (until the user sorts by a column)."""
        if slo_pct != self._slo_pct:
            self._slo_pct = slo_pct
            self._specs = service_columns(slo_pct)
        self.set_frame(None if services is None else worst_first(services))
