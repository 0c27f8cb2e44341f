"""The filters that drive every view: date range (with presets), services, severities, period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from desktop_app.core.analysis import PRESETS, Selection, data_ends_note, preset_days
from desktop_app.core.model import SEVERITIES
from desktop_app.core.settings import AUTO, DEFAULT_LIMITS, DEFAULTS, GRANULARITY_CHOICES
from desktop_app.core.window import Window, today_in
from desktop_app.ui.i18n import current_language, translate, ui_text
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP
from desktop_app.ui.widgets.calendar import calendar_for
from desktop_app.ui.widgets.date_edit import TypedDateEdit
from desktop_app.ui.widgets.service_picker import ServicePicker

ALL = "All"
CUSTOM = "Custom"
CHOICES: tuple[str, ...] = (*PRESETS, ALL, CUSTOM)
#: What each period choice and granularity reads as (the key stays in the item's data).
LABELS: dict[str, str] = {
    "Last 30 days": QT_TRANSLATE_NOOP("FilterBar", "Last 30 days"),
    "Last month": QT_TRANSLATE_NOOP("FilterBar", "Last month"),
    "Last quarter": QT_TRANSLATE_NOOP("FilterBar", "Last quarter"),
    "This quarter": QT_TRANSLATE_NOOP("FilterBar", "This quarter"),
    "Year to date": QT_TRANSLATE_NOOP("FilterBar", "Year to date"),
    "Last year": QT_TRANSLATE_NOOP("FilterBar", "Last year"),
    ALL: QT_TRANSLATE_NOOP("FilterBar", "All"),
    CUSTOM: QT_TRANSLATE_NOOP("FilterBar", "Custom"),
    AUTO: QT_TRANSLATE_NOOP("FilterBar", "Auto"),
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
            translate(
                "FilterBar", "Presets count from today; the note says when the data ends sooner"
            )
        )
        self.clock: Callable[[str], date] = today_in
        """Today in a zone: presets count from it (tests set a fixed day)."""
        self.date_from = self._date_edit(translate("FilterBar", "First day included"))
        self.date_to = self._date_edit(translate("FilterBar", "Last day included"))
        self.note = QLabel(self)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.services = ServicePicker(self)
        text = ui_text()
        self.severities = {s: QCheckBox(text.severity(s), self) for s in SEVERITIES}
        self.granularity = QComboBox(self)
        self.granularity.setToolTip(
            translate(
                "FilterBar",
                "Auto: days up to 45 days, weeks up to 6 months, months up to 3 years, "
                "else quarters",
            )
        )
        for name in GRANULARITY_CHOICES:
            self.granularity.addItem(_label(name), name)
        self._set_granularity(DEFAULTS.granularity)
        for combo in (self.preset, self.granularity):  # "Auto (quarter)" is set later
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
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

    def _date_edit(self, tip: str) -> TypedDateEdit:
        edit = TypedDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setCalendarWidget(calendar_for(current_language(), edit))
        # A typed date counts once typed (Enter, Tab or leaving the box): counting each key
        # would analyse 2-0-2 and rewrite the box under the user's fingers.
        edit.setKeyboardTracking(False)
        edit.setDateRange(QDate(DEFAULT_LIMITS.first_day), QDate(DEFAULT_LIMITS.last_day))
        edit.setToolTip(tip)
        return edit

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        period = QLabel(translate("FilterBar", "Period:"))
        for widget in (period, self.preset, self.date_from, QLabel("–"), self.date_to):
            layout.addWidget(widget)
        layout.addWidget(self.note)
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
        self._set_granularity(selection.granularity)
        for widget in widgets:
            widget.blockSignals(False)

    def show_all_days(self, first: date, last: date) -> None:
        """Under "All", the days it spans now (the selected services' data)."""
        if self._preset() == ALL:
            self._show_range((first, last))

    def show_resolved_granularity(self, granularity: str) -> None:
        """Name the period "Auto" stands for now: ``Auto (week)``."""
        self.granularity.setItemText(0, f"{_label(AUTO)} ({_label(granularity).lower()})")

    # --- internals ---------------------------------------------------------------------------
    def _set_granularity(self, granularity: str) -> None:
        self.granularity.setCurrentIndex(max(self.granularity.findData(granularity), 0))

    def _preset(self) -> str:
        """The chosen period's key (``ALL``, ``CUSTOM`` or one of ``PRESETS``)."""
        return str(self.preset.currentData())

    def _select_preset(self, key: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(key))

    def _preset_days(self) -> tuple[date, date] | None:
        preset = self._preset()
        if self._first is None or self._last is None or preset not in PRESETS:
            return None
        return preset_days(preset, self.clock(self._tz))

    def _window(self) -> Window | None:
        if self._preset() == ALL:
            return None
        first = cast(date, self.date_from.date().toPython())  # PySide6 types it as object
        last = cast(date, self.date_to.date().toPython())
        return Window.from_dates(min(first, last), max(first, last), self._tz)

    def _show_range(self, days: tuple[date, date] | None) -> None:
        if days is None:
            days = (self._first, self._last) if self._first and self._last else None
        for edit, day in zip((self.date_from, self.date_to), days or (None, None), strict=True):
            edit.blockSignals(True)
            if day is not None:
                edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self._update_note()

    def _update_note(self) -> None:
        """ "data ends on …" when the period runs past the loaded data."""
        note = data_ends_note(self._window(), self._last)
        self.note.setText(translate("FilterBar", "data ends on {}").format(note) if note else "")

    def _on_preset(self, preset: str) -> None:
        if preset != CUSTOM:
            self._show_range(self._preset_days())
        self.selectionChanged.emit()

    def _on_date_edited(self) -> None:
        self.preset.blockSignals(True)
        self._select_preset(CUSTOM)
        self.preset.blockSignals(False)
        self._update_note()
        self.selectionChanged.emit()

    def _on_severity_toggled(self, checked: bool) -> None:
        if not checked and not any(box.isChecked() for box in self.severities.values()):
            box = cast(QCheckBox, self.sender())
            box.blockSignals(True)
            box.setChecked(True)
            box.blockSignals(False)
            return
        self.selectionChanged.emit()
