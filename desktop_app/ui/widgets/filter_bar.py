"""The filters that drive every view: date range (with presets), services, severities, period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desktop_app.core.analysis import PRESETS, Selection, preset_days
from desktop_app.core.labels import severity_label
from desktop_app.core.model import SEVERITIES
from desktop_app.core.settings import GRANULARITIES, LIMITS
from desktop_app.core.window import Window
from desktop_app.ui.i18n import current_language, translate
from desktop_app.ui.widgets.calendar import calendar_for
from desktop_app.ui.widgets.service_picker import ServicePicker

ALL = "All"
CUSTOM = "Custom"
CHOICES: tuple[str, ...] = (*PRESETS, ALL, CUSTOM)
#: What each period choice and granularity reads as (the key stays in the item's data).
LABELS: dict[str, str] = {
    "Last 30 days": QT_TRANSLATE_NOOP("FilterBar", "Last 30 days"),
    "Last quarter": QT_TRANSLATE_NOOP("FilterBar", "Last quarter"),
    "This year": QT_TRANSLATE_NOOP("FilterBar", "This year"),
    ALL: QT_TRANSLATE_NOOP("FilterBar", "All"),
    CUSTOM: QT_TRANSLATE_NOOP("FilterBar", "Custom"),
    "day": QT_TRANSLATE_NOOP("FilterBar", "Day"),
    "week": QT_TRANSLATE_NOOP("FilterBar", "Week"),
    "month": QT_TRANSLATE_NOOP("FilterBar", "Month"),
    "quarter": QT_TRANSLATE_NOOP("FilterBar", "Quarter"),
}


def _label(key: str) -> str:
    return translate("FilterBar", LABELS.get(key, key))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FilterBar(QWidget):
    """Shows a ``Selection`` and emits ``selectionChanged`` when the user changes any filter
    (not on ``set_*`` calls); the window's state owns the selection."""

    selectionChanged = Signal()

    def __init__(self, parent: QWidget | None = None, tz: str = "UTC") -> None:
        super().__init__(parent)
        self._tz = tz
        self._first: date | None = None
        self._last: date | None = None
        self.preset = QComboBox(self)
        for key in CHOICES:
            self.preset.addItem(_label(key), key)
        self._select_preset(ALL)
        self.preset.setToolTip(
            translate("FilterBar", "Presets count back from the latest loaded incident")
        )
        self.date_from = self._date_edit(translate("FilterBar", "First day included"))
        self.date_to = self._date_edit(translate("FilterBar", "Last day included"))
        self.services = ServicePicker(self)
        lang = current_language()
        self.severities = {s: QCheckBox(severity_label(s, lang), self) for s in SEVERITIES}
        self.granularity = QComboBox(self)
        for name in GRANULARITIES:
            self.granularity.addItem(_label(name), name)
        self.granularity.setCurrentIndex(GRANULARITIES.index("month"))
        self._lay_out()
        self.preset.currentIndexChanged.connect(lambda _i: self._on_preset(self._preset()))
        self.date_from.dateChanged.connect(self._on_date_edited)
        self.date_to.dateChanged.connect(self._on_date_edited)
        self.services.changed.connect(self.selectionChanged)
        for box in self.severities.values():
            box.setChecked(True)
            box.toggled.connect(self._on_severity_toggled)
        self.granularity.currentIndexChanged.connect(lambda _i: self.selectionChanged.emit())
        self._show_range(None)

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setCalendarWidget(calendar_for(current_language(), edit))
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDateRange(QDate(LIMITS.first_day), QDate(LIMITS.last_day))
        edit.setToolTip(tip)
        return edit

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        period = QLabel(translate("FilterBar", "Period:"))
        for widget in (period, self.preset, self.date_from, QLabel("–"), self.date_to):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.services)
        layout.addSpacing(12)
        for box in self.severities.values():
            layout.addWidget(box)
        layout.addSpacing(12)
        layout.addWidget(QLabel(translate("FilterBar", "By:")))
        layout.addWidget(self.granularity)
        layout.addStretch(1)

    # --- interface for the window ------------------------------------------------------------
    def set_timezone(self, tz: str) -> None:
        """The zone whose local days the date edits mean (the analysis settings' zone)."""
        self._tz = tz

    def set_choices(
        self, services: list[str], first_day: date | None, last_day: date | None
    ) -> None:
        """What was loaded: services to offer and the days covered. Keeps checked services."""
        self.services.set_services(list(services), self.services.checked())
        self._first, self._last = first_day, last_day
        self._show_range(self._preset_days())

    def selection(self) -> Selection:
        severities = tuple(s for s, box in self.severities.items() if box.isChecked())
        preset = self._preset()
        return Selection(
            window=self._window(),
            services=self.services.checked(),
            severities=None if len(severities) == len(SEVERITIES) else severities,
            granularity=self.granularity.currentData(),
            preset=preset if preset in PRESETS else None,
        )

    def set_selection(self, selection: Selection) -> None:
        """Show ``selection`` in the widgets without emitting ``selectionChanged``."""
        widgets = [self.preset, self.date_from, self.date_to, self.granularity]
        widgets += list(self.severities.values())
        for widget in widgets:
            widget.blockSignals(True)
        if selection.window is None:
            self._select_preset(ALL)
            self._show_range(None)
        else:
            self._select_preset(selection.preset or CUSTOM)
            self._show_range((selection.window.start.date(), selection.window.last_day))
        self.services.blockSignals(True)
        self.services.set_checked(selection.services)
        self.services.blockSignals(False)
        for name, box in self.severities.items():
            box.setChecked(selection.severities is None or name in selection.severities)
        self.granularity.setCurrentIndex(GRANULARITIES.index(selection.granularity))
        for widget in widgets:
            widget.blockSignals(False)

    # --- internals ---------------------------------------------------------------------------
    def _preset(self) -> str:
        """The chosen period's key (``ALL``, ``CUSTOM`` or one of ``PRESETS``)."""
        return str(self.preset.currentData())

    def _select_preset(self, key: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(key))

    def _preset_days(self) -> tuple[date, date] | None:
        preset = self._preset()
        if self._first is None or self._last is None or preset not in PRESETS:
            return None
        return preset_days(preset, self._last)

    def _window(self) -> Window | None:
        if self._preset() == ALL:
            return None
        first = self.date_from.date().toPython()
        last = self.date_to.date().toPython()
        return Window.from_dates(min(first, last), max(first, last), self._tz)

    def _show_range(self, days: tuple[date, date] | None) -> None:
        if days is None:
            days = (self._first, self._last) if self._first and self._last else None
        for edit, day in zip((self.date_from, self.date_to), days or (None, None), strict=True):
            edit.blockSignals(True)
            if day is not None:
                edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _on_preset(self, preset: str) -> None:
        if preset != CUSTOM:
            self._show_range(self._preset_days())
        self.selectionChanged.emit()

    def _on_date_edited(self) -> None:
        self.preset.blockSignals(True)
        self._select_preset(CUSTOM)
        self.preset.blockSignals(False)
        self.selectionChanged.emit()

    def _on_severity_toggled(self, checked: bool) -> None:
        if not checked and not any(box.isChecked() for box in self.severities.values()):
            box = self.sender()
            box.blockSignals(True)
            box.setChecked(True)
            box.blockSignals(False)
            return
        self.selectionChanged.emit()
