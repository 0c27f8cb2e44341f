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
from desktop_app.ui.settings import ALL_DATA, CURRENT_SELECTION, LANGUAGES, ReportOptions


class ReportDialog(QDialog):
    """``selection_text`` describes the current selection (``2021-10-01 – 2021-12-31``)."""

    def __init__(
        self,
        options: ReportOptions,
        selection_text: str,
        organisation_default: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle("Export PDF report")
        self.title_edit = QLineEdit(options.title)
        self.org_edit = QLineEdit(options.organisation or organisation_default)
        self.org_edit.setPlaceholderText("Shown under the title")
        self.period_combo = QComboBox()
        self.period_combo.addItem(f"{CURRENT_SELECTION} ({selection_text})", CURRENT_SELECTION)
        for preset in PRESETS:
            self.period_combo.addItem(preset, preset)
        self.period_combo.addItem(ALL_DATA, ALL_DATA)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(options.period), 0))
        self.language_combo = QComboBox()
        self.language_combo.addItems(list(LANGUAGES))
        self.language_combo.setCurrentText(options.language)
        self.language_combo.setToolTip("The report's words are in English only so far")
        self.appendices_check = QCheckBox("Append every incident and every rejected row")
        self.appendices_check.setChecked(options.appendices)
        form = QFormLayout()
        form.addRow("Title:", self.title_edit)
        form.addRow("Organisation:", self.org_edit)
        form.addRow("Period:", self.period_combo)
        form.addRow("Language:", self.language_combo)
        form.addRow("Appendices:", self.appendices_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("Choose file…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def options(self) -> ReportOptions:
        return ReportOptions(
            title=self.title_edit.text().strip() or ReportOptions().title,
            organisation=self.org_edit.text().strip(),
            period=self.period_combo.currentData(),
            language=self.language_combo.currentText(),
            appendices=self.appendices_check.isChecked(),
        )
