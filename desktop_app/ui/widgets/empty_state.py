"""What the window shows with nothing loaded: a large drop target and the two ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.drop import INCIDENT_SUFFIXES
from desktop_app.ui.i18n import translate


class EmptyState(QWidget):
    openRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        target = QFrame()
        target.setObjectName("dropTarget")
        target.setStyleSheet(
            "#dropTarget { border: 3px dashed palette(mid); border-radius: 16px; }"
        )
        title = QLabel(translate("EmptyState", "Drop incident CSV files here"))
        title.setObjectName("dropTitle")
        title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        suffixes = ", ".join(INCIDENT_SUFFIXES)
        hint = QLabel(
            translate(
                "EmptyState",
                "Exports from your incident tool ({suffixes}), several at once or a folder of "
                "them.\nEach row needs at least a start time; the rest is detected from the "
                "headers.",
            ).format(suffixes=suffixes)
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.open_button = QPushButton(translate("EmptyState", "Open CSV…"))
        self.open_button.setDefault(True)
        self.sample_button = QPushButton(translate("EmptyState", "Load sample data"))
        for button in (self.open_button, self.sample_button):
            button.setMinimumHeight(36)
            button.setMinimumWidth(160)
        self.open_button.clicked.connect(self.openRequested)
        self.sample_button.clicked.connect(self.sampleRequested)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(target)
        inner.addStretch(1)
        inner.addWidget(title, 0, Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(hint)
        inner.addSpacing(16)
        inner.addLayout(buttons)
        inner.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addWidget(target)
