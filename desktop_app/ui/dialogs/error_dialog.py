"""Shows an error's message, with its details one click away and a "Copy details" button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.i18n import translate

_SEPARATOR = "\n\n" + "-" * 60 + "\n\n"


class ErrorDialog(QDialog):
    """Non-blocking: errors arriving while it is open are added to it, not stacked."""

    def __init__(self, parent: QWidget | None = None, log_path: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(translate("ErrorDialog", "Something went wrong"))
        self.setMinimumWidth(520)
        self._messages: list[str] = []
        self._details: list[str] = []

        icon = QLabel()
        critical = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon.setPixmap(critical.pixmap(32))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if log_path:
            where = translate(
                "ErrorDialog", "The app keeps running. The details are in the log file:"
            )
            hint = QLabel(f"{where}\n{log_path}")
        else:
            hint = QLabel(
                translate("ErrorDialog", "The app keeps running. The details are in the log file.")
            )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.details_edit = QPlainTextEdit()
        self.details_edit.setReadOnly(True)
        self.details_edit.setVisible(False)
        self.details_edit.setMinimumHeight(200)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("ErrorDialog", "Copy details"))
        self.toggle_button = QPushButton(translate("ErrorDialog", "Show details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.toggle_button.clicked.connect(self._toggle_details)

        text = QVBoxLayout()
        text.addWidget(self.message_label)
        text.addWidget(hint)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_edit, 1)
        layout.addWidget(buttons)

    def add_error(self, message: str, details: str) -> None:
        self._messages.append(message)
        self._details.append(f"{message}\n\n{details}".strip())
        shown = self._messages[-1]
        if len(self._messages) > 1:
            earlier = translate("ErrorDialog", "({count} earlier error(s) in the details)")
            shown += "\n\n" + earlier.format(count=len(self._messages) - 1)
        self.message_label.setText(shown)
        self.details_edit.setPlainText(self.details_text())

    def details_text(self) -> str:
        return _SEPARATOR.join(self._details)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(translate("ErrorDialog", "Copied"))

    def _toggle_details(self) -> None:
        visible = not self.details_edit.isVisible()
        self.details_edit.setVisible(visible)
        hide, show = (
            translate("ErrorDialog", "Hide details"),
            translate("ErrorDialog", "Show details"),
        )
        self.toggle_button.setText(hide if visible else show)
