"""One row per service of ``MetricsResult.services``, with whether it met the SLO."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication

from desktop_app.core.metrics.kpis import slo_verdicts, worst_first
from desktop_app.core.settings import DEFAULT_LIMITS, DEFAULTS, Settings
from desktop_app.text import Text
from desktop_app.text.kpis import confidence, interval
from desktop_app.ui.i18n import service_text, translate, ui_text
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP
from desktop_app.ui.models.dataframe_model import RIGHT, ColumnSpec, DataFrameTableModel
from desktop_app.ui.widgets.palette_colours import verdict_colour

MET_TEXT = {
    True: QT_TRANSLATE_NOOP("ServicesTable", "yes"),
    False: QT_TRANSLATE_NOOP("ServicesTable", "no"),
}


def _optional(formatter: Callable[[Any], str]) -> Callable[[object], str]:
    """``formatter`` with NaN passed as None (shown as a dash)."""

    def show(value: Any) -> str:
        return formatter(None if value is None or pd.isna(value) else value)

    return show


def _intervals(services: pd.DataFrame) -> pd.Series:
    """(low, high) of each service's median MTTR interval (NaN ends when unknown)."""
    ends = zip(
        services["mttr_median_low_minutes"], services["mttr_median_high_minutes"], strict=True
    )
    return pd.Series(list(ends), index=services.index, dtype=object)


def _met_colour(value: object) -> QColor:
    """Green or red, lightened on a dark palette (read when the cell is drawn)."""
    return verdict_colour(None if value is None else bool(value), QGuiApplication.palette())


def service_columns(settings: Settings) -> list[ColumnSpec]:
    def met(services: pd.DataFrame) -> pd.Series:
        """Each service against its own target where it has one (library service settings)."""
        targets = services["service"].map(settings.slo_for)
        return slo_verdicts(services["availability_pct"], targets)

    text = ui_text()
    minutes = _optional(text.minutes)
    hours = _optional(text.hours)

    def met_text(value: object) -> str:
        if value is None:
            return text.no_data()
        return translate("ServicesTable", MET_TEXT[bool(value)])

    return [
        ColumnSpec(text.column("service"), "service", service_text, searchable=True),
        ColumnSpec(
            translate("ServicesTable", "Availability"),
            "availability_pct",
            _optional(text.availability),
            alignment=RIGHT,
        ),
        ColumnSpec(
            translate("ServicesTable", "Downtime"), "downtime_minutes", minutes, alignment=RIGHT
        ),
        ColumnSpec(
            translate("ServicesTable", "Incidents"),
            "incidents",
            _optional(Text.count),
            alignment=RIGHT,
        ),
        ColumnSpec(
            translate("ServicesTable", "MTTR (median)"),
            "mttr_median_minutes",
            minutes,
            alignment=RIGHT,
        ),
        ColumnSpec("n", "mttr_n", _optional(Text.count), alignment=RIGHT),
        ColumnSpec(
            translate("ServicesTable", "MTTR {confidence} interval").format(
                confidence=confidence(DEFAULT_LIMITS.bootstrap_confidence)
            ),
            "mttr_interval",
            lambda ends: interval(text, *ends),  # type: ignore[misc]
            _intervals,
            sort_key=lambda column: column.map(lambda ends: ends[0]),
            alignment=RIGHT,
        ),
        ColumnSpec(
            translate("ServicesTable", "MTTR (mean)"), "mttr_minutes", minutes, alignment=RIGHT
        ),
        ColumnSpec(
            translate("ServicesTable", "MTBF per service"), "mtbf_hours", hours, alignment=RIGHT
        ),
        ColumnSpec(
            translate("ServicesTable", "SLO met"), "slo_met", met_text, met, colour=_met_colour
        ),
    ]


class ServicesTableModel(DataFrameTableModel):
    """The per-service figures; the SLO column compares availability with the target."""

    def __init__(self, settings: Settings = DEFAULTS, parent: QObject | None = None) -> None:
        super().__init__(service_columns(settings), parent)
        self._column_settings = settings

    def set_services(self, services: pd.DataFrame | None, settings: Settings) -> None:
        """Show ``services`` worst first (until the user sorts by a column); the SLO column
        follows ``settings``' targets (each service's own where the library sets one)."""
        if settings != self._column_settings:
            self._column_settings = settings
            self._specs = service_columns(settings)
        self.set_frame(None if services is None else worst_first(services))
