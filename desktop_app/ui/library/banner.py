"""A banner that stays: sample data, a read-only library, or figures shown as imported."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from desktop_app.ui.linguist import QT_TRANSLATE_NOOP

SAMPLE_TEXT = QT_TRANSLATE_NOOP(
    "Library", "Sample data: drop your own exports to start your library"
)
AS_IMPORTED_TEXT = QT_TRANSLATE_NOOP(
    "Library", "Figures as imported: reclassifications are not applied (Library menu)"
)


class LibraryBanner(QFrame):
    """Hidden when there is nothing to say; ``show_text`` keeps it until ``clear``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryBanner")
        self.setStyleSheet(
            "#libraryBanner { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"
            " #libraryBanner QLabel { color: #4a3b00; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
