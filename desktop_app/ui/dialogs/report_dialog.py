"""The Export PDF dialog: title, organisation, period, language and appendices, remembered
between runs (``AppSettings.report_options``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.analysis import PRESETS
from desktop_app.text import text_for
from desktop_app.text.language import LANGUAGE_NAMES, Language
from desktop_app.text.report_words import ReportWords
from desktop_app.ui.i18n import translate
from desktop_app.ui.settings import ALL_DATA, CURRENT_SELECTION, ReportOptions


class ReportDialog(QDialog):
    """``selection_text`` describes the current selection (``1 Oct 2021 – 31 Dec 2021``);
    ``language`` is the interface's (the report's unless another is chosen)."""

    def __init__(
        self,
        options: ReportOptions,
        selection_text: str,
        organisation_default: str,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(translate("ReportDialog", "Export PDF report"))
        self.title_edit = QLineEdit(options.title)
        self.title_edit.setPlaceholderText(ReportWords(text_for(language)).default_title)
        self.org_edit = QLineEdit(options.organisation or organisation_default)
        self.org_edit.setPlaceholderText(translate("ReportDialog", "Shown under the title"))
        self.period_combo = QComboBox()
        current = translate("ReportDialog", "Current selection")
        self.period_combo.addItem(f"{current} ({selection_text})", CURRENT_SELECTION)
        for preset in PRESETS:
            self.period_combo.addItem(translate("FilterBar", preset), preset)
        self.period_combo.addItem(translate("ReportDialog", "All loaded data"), ALL_DATA)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(options.period), 0))
        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        chosen = options.language or language
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(chosen), 0))
        self.appendices_check = QCheckBox(
            translate("ReportDialog", "Append every incident and every rejected row")
        )
        self.appendices_check.setChecked(options.appendices)
        form = QFormLayout()
        form.addRow(translate("ReportDialog", "Title:"), self.title_edit)
        form.addRow(translate("ReportDialog", "Organisation:"), self.org_edit)
        form.addRow(translate("ReportDialog", "Period:"), self.period_combo)
        form.addRow(translate("ReportDialog", "Language:"), self.language_combo)
        form.addRow(translate("ReportDialog", "Appendices:"), self.appendices_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(translate("ReportDialog", "Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def options(self) -> ReportOptions:
        return ReportOptions(
            title=self.title_edit.text().strip(),
            organisation=self.org_edit.text().strip(),
            period=self.period_combo.currentData(),
            language=self.language_combo.currentData(),
            appendices=self.appendices_check.isChecked(),
        )
