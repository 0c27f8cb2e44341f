"""Preferences: SLO target, partial-outage weight, time zone, organisation, files, page size."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.core.language import LANGUAGE_NAMES
from desktop_app.core.library.paths import default_library_path
from desktop_app.core.settings import PAGE_SIZES
from desktop_app.core.window import check_timezone
from desktop_app.ui.i18n import translate, ui_text
from desktop_app.ui.settings import Preferences


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.slo_spin = QDoubleSpinBox(decimals=3, minimum=50.0, maximum=99.999, suffix=" %")
        self.slo_spin.setSingleStep(0.01)
        self.slo_spin.setValue(prefs.slo_pct)
        self.weight_spin = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=1.0, singleStep=0.05)
        self.weight_spin.setValue(prefs.partial_weight)
        self.weight_spin.setToolTip(
            translate("Preferences", "Share of a partial outage's duration counted as downtime.")
        )
        self.degraded_spin = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=1.0, singleStep=0.05)
        self.degraded_spin.setValue(prefs.degraded_weight)
        self.degraded_spin.setToolTip(
            translate(
                "Preferences", "Share of degraded performance's duration counted as downtime."
            )
        )
        self.notice_spin = QDoubleSpinBox(decimals=1, minimum=0.5, maximum=72.0, singleStep=0.5)
        self.notice_spin.setSuffix(translate("Preferences", " h"))
        self.notice_spin.setValue(prefs.notice_hours)
        self.notice_spin.setToolTip(
            translate(
                "Preferences",
                "Outages lasting this long or longer are flagged as ones to notify users of "
                "(Korea's Telecommunications Business Act: 2 hours since 28 March 2025).",
            )
        )
        self.language_combo = QComboBox()
        self.language_combo.addItem(translate("Preferences", "System language"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(prefs.language), 0))
        self.language_note = QLabel(
            translate("Preferences", "A new language applies when Reliability Desk is restarted.")
        )
        self.language_note.setWordWrap(True)
        self.language_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.tz_combo = QComboBox(editable=True)
        self.tz_combo.addItems(sorted(available_timezones()))
        self.tz_combo.setCurrentText(prefs.timezone)
        completer = QCompleter(self.tz_combo.model(), self.tz_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tz_combo.setCompleter(completer)
        self.org_edit = QLineEdit(prefs.organisation)
        self.org_edit.setPlaceholderText(translate("Preferences", "Shown on PDF reports"))
        self.reopen_check = QCheckBox(translate("Preferences", "Reopen the last files at start"))
        self.reopen_check.setChecked(prefs.reopen_last_files)
        self.page_combo = QComboBox()
        self.page_combo.addItems(list(PAGE_SIZES))
        self.page_combo.setCurrentText(prefs.page_size)
        self.library_edit = QLineEdit(prefs.library_path)
        self.library_edit.setPlaceholderText(str(default_library_path()))
        self.library_edit.setToolTip(
            translate(
                "Preferences",
                "The incident library file (DuckDB). Empty: the one in your user data folder.",
            )
        )
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet("color: #B3261E;")
        self.error_label.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("Preferences", "SLO target:"), self.slo_spin)
        form.addRow(translate("Preferences", "Partial-outage weight:"), self.weight_spin)
        form.addRow(translate("Preferences", "Degraded-performance weight:"), self.degraded_spin)
        form.addRow(translate("Preferences", "User notice from:"), self.notice_spin)
        form.addRow(translate("Preferences", "Time zone:"), self.tz_combo)
        form.addRow(translate("Preferences", "Organisation:"), self.org_edit)
        form.addRow(translate("Preferences", "Report page size:"), self.page_combo)
        form.addRow(translate("Preferences", "Language:"), self.language_combo)
        form.addRow("", self.language_note)
        form.addRow("", self.reopen_check)
        form.addRow(translate("Preferences", "Library file:"), self.library_edit)
        form.addRow(self.error_label)
        form.addRow(buttons)

    def preferences(self) -> Preferences:
        return Preferences(
            slo_pct=round(self.slo_spin.value(), 3),
            partial_weight=round(self.weight_spin.value(), 2),
            degraded_weight=round(self.degraded_spin.value(), 2),
            timezone=self.tz_combo.currentText().strip(),
            organisation=self.org_edit.text().strip(),
            reopen_last_files=self.reopen_check.isChecked(),
            page_size=self.page_combo.currentText(),
            notice_hours=round(self.notice_spin.value(), 1),
            language=str(self.language_combo.currentData() or ""),
            library_path=self.library_edit.text().strip(),
        )

    def accept(self) -> None:
        try:
            check_timezone(self.tz_combo.currentText().strip())
        except ValueError as exc:
            self.error_label.setText(ui_text().error(exc))
            return
        super().accept()
