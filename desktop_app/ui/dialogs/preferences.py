"""Preferences: one row per preference, its widget made from the settings schema (a number
with its range, step and unit; a choice; a text; a switch), its label and help in the
interface's language from the catalogue. Only the time zone and the library file have widgets
of their own (a searchable list of zones, the default file shown)."""

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

from desktop_app.core.library.paths import default_library_path, has_password
from desktop_app.core.settings import Setting
from desktop_app.core.window import check_timezone
from desktop_app.text import Text, text_for
from desktop_app.text.language import LANGUAGE_NAMES
from desktop_app.ui.i18n import current_language, translate, ui_text
from desktop_app.ui.settings import PREFERENCES, Preferences

PreferenceWidget = QDoubleSpinBox | QComboBox | QLineEdit | QCheckBox
# Preferences whose help is shown under the widget, not as a tooltip.
_NOTED = ("language",)


def _spin(item: Setting, value: float, text: Text) -> QDoubleSpinBox:
    assert item.spin is not None, item.name
    spin = QDoubleSpinBox(decimals=item.spin.decimals, minimum=item.spin.low)
    spin.setMaximum(item.spin.high)
    spin.setSingleStep(item.spin.step)
    if item.unit == "%":
        spin.setSuffix(" %")
    elif item.unit == "h":
        spin.setSuffix(text.pgettext("unit suffix", " h"))
    spin.setValue(value)
    return spin


def _choice(item: Setting, value: str, text: Text) -> QComboBox:
    combo = QComboBox()
    for choice in item.choices or ():
        combo.addItem(_choice_name(item, choice, text), choice)
    combo.setCurrentIndex(max(combo.findData(value), 0))
    return combo


def _choice_name(item: Setting, choice: str, text: Text) -> str:
    """A choice as the list shows it: a language by its own name, the others as they are."""
    if item.name != "language":
        return choice
    return LANGUAGE_NAMES.get(choice, text.gettext("System language"))  # type: ignore[call-overload]


def _zone_combo(value: str) -> QComboBox:
    combo = QComboBox(editable=True)
    combo.addItems(sorted(available_timezones()))
    combo.setCurrentText(value)
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    return combo


def _widget(item: Setting, value: object, text: Text) -> PreferenceWidget:
    if item.name == "timezone":
        return _zone_combo(str(value))
    if item.spin is not None:
        return _spin(item, float(value), text)  # type: ignore[arg-type]
    if item.choices is not None:
        return _choice(item, str(value), text)
    if item.type is bool:
        check = QCheckBox(text.gettext(item.label))
        check.setChecked(bool(value))
        return check
    edit = QLineEdit(str(value))
    if item.name == "library_path":
        edit.setPlaceholderText(str(default_library_path()))
    else:
        edit.setPlaceholderText(text.gettext(item.help))
    return edit


def _value(item: Setting, widget: PreferenceWidget) -> object:
    """The widget's value as the preference keeps it (numbers to the decimals shown)."""
    if isinstance(widget, QDoubleSpinBox):
        return round(widget.value(), widget.decimals())
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        data = widget.currentData() if item.choices is not None else None
        return str(data if data is not None else widget.currentText().strip())
    return widget.text().strip()


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("Preferences", "Preferences"))
        text = text_for(current_language())
        self.widgets: dict[str, PreferenceWidget] = {}
        form = QFormLayout(self)
        for item in PREFERENCES:
            widget = _widget(item, getattr(prefs, item.name), text)
            self.widgets[item.name] = widget
            self._add_row(form, item, widget, text)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet("color: #B3261E;")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(self.error_label)
        form.addRow(buttons)

    @staticmethod
    def _add_row(form: QFormLayout, item: Setting, widget: QWidget, text: Text) -> None:
        """The widget under its label, its help as a tooltip (a text field's is its
        placeholder); the language's help says what happens after the choice, so it is a
        note under it."""
        if isinstance(widget, QCheckBox):
            form.addRow("", widget)
            return
        form.addRow(text.gettext(item.label), widget)
        shown = item.help_with_default(text.gettext(item.help)) if item.help else ""
        if item.name in _NOTED:
            note = QLabel(shown)
            note.setWordWrap(True)
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            form.addRow("", note)
        elif not isinstance(widget, QLineEdit) or item.name == "library_path":
            widget.setToolTip(shown)

    def preferences(self) -> Preferences:
        chosen = {item.name: _value(item, self.widgets[item.name]) for item in PREFERENCES}
        return Preferences(**chosen)  # type: ignore[arg-type]

    def accept(self) -> None:
        library = self.widgets["library_path"]
        assert isinstance(library, QLineEdit)
        if has_password(library.text().strip()):
            self.error_label.setText(
                translate(
                    "Preferences",
                    "A password is never kept in the settings: remove it from the address "
                    "and put it in ~/.pgpass (or PGPASSWORD).",
                )
            )
            return
        zone = self.widgets["timezone"]
        assert isinstance(zone, QComboBox)
        try:
            check_timezone(zone.currentText().strip())
        except ValueError as exc:
            self.error_label.setText(ui_text().error(exc))
            return
        super().accept()
