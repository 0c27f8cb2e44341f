"""A non-blocking notification bar: what an import did, or a one-line hint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from desktop_app.core.model import FileImport
from desktop_app.text import Text
from desktop_app.ui.i18n import translate, ui_text
from desktop_app.ui.jobs.outcomes import ImportOutcome

HIDE_AFTER_MS = 15_000


def _counted(count: int, one: str, many: str) -> str:
    """``one`` for a count of 1, else ``many`` with ``{count}`` filled in."""
    return one if count == 1 else many.format(count=Text.count(count))


def summary_text(result: ImportOutcome) -> str:
    """``3 files, 1,240 incidents, 3 rows rejected`` (+ merged duplicates and files that could
    not be read, when there are any)."""

    parts = []
    if result.files:
        parts.append(
            _counted(
                len(result.files),
                translate("NotificationBar", "1 file"),
                translate("NotificationBar", "{count} files"),
            )
        )
        parts.append(
            _counted(
                sum(f.imported for f in result.files),
                translate("NotificationBar", "1 incident"),
                translate("NotificationBar", "{count} incidents"),
            )
        )
        rejected = sum(len(f.rejected) for f in result.files)
        parts.append(
            _counted(
                rejected,
                translate("NotificationBar", "1 row rejected"),
                translate("NotificationBar", "{count} rows rejected"),
            )
        )
    merged = sum(f.duplicates for f in result.files)
    if merged:
        parts.append(
            _counted(
                merged,
                translate("NotificationBar", "1 duplicate merged"),
                translate("NotificationBar", "{count} duplicates merged"),
            )
        )
    sentences = [", ".join(parts)] if parts else []
    sentences += [nothing_imported(file) for file in result.empty]
    not_loaded = translate("NotificationBar", "Not loaded: {file}: {reason}")
    sentences += [
        not_loaded.format(file=Path(e.path).name, reason=ui_text().message(e.reason))
        for e in result.failed
    ]
    return ". ".join(sentences)


def why_nothing(file: FileImport) -> str:
    """Why no row of ``file`` became an incident: the reason of its first rejected row."""
    return ui_text().message(file.rejected[0].reason) if file.rejected else ""


def nothing_imported(file: FileImport) -> str:
    """``No incident was imported from bad.csv: line 2: cannot read 'x' … as a date``"""
    text = translate("NotificationBar", "No incident was imported from {file}: {reason}")
    return text.format(file=Path(file.path).name, reason=why_nothing(file))


class NotificationBar(QFrame):
    """Shows a message with optional "Show rejected" and "Show details" (what the import
    assumed) buttons; hides itself after a while unless there is something to look at."""

    showRejectedRequested = Signal()
    showDetailsRequested = Signal()
    showAllPeriodRequested = Signal()
    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A palette role, not a style sheet: it follows a light/dark switch while running.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejected_button = QPushButton(translate("NotificationBar", "Show rejected"))
        self.rejected_button.clicked.connect(self.showRejectedRequested)
        self.details_button = QPushButton(translate("NotificationBar", "Show details"))
        self.details_button.setToolTip(translate("NotificationBar", "What the import assumed"))
        self.details_button.clicked.connect(self.showDetailsRequested)
        self.details_button.hide()
        self.all_button = QPushButton(translate("NotificationBar", "Show them"))
        self.all_button.setToolTip(translate("NotificationBar", "Set the period to All"))
        self.all_button.clicked.connect(self.showAllPeriodRequested)
        self.all_button.hide()
        self.undo_button = QPushButton(translate("NotificationBar", "Undo"))
        self.undo_button.clicked.connect(self.undoRequested)
        self.undo_button.clicked.connect(self.hide)
        self.undo_button.hide()
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(translate("NotificationBar", "Dismiss"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.rejected_button)
        layout.addWidget(self.details_button)
        layout.addWidget(self.all_button)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True, interval=HIDE_AFTER_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_import(self, result: ImportOutcome, hint: str = "", outside: int = 0) -> None:
        """The import's summary; ``outside``: how many of its incidents the selected period
        leaves out (then a button shows them, setting the period to All)."""
        text = summary_text(result) + (f". {hint}" if hint else "")
        if outside:
            text += ". " + translate(
                "NotificationBar", "{count} incidents are outside the selected period"
            ).format(count=Text.count(outside))
        assumed = len(result.findings)
        if assumed:
            made = _counted(
                assumed,
                translate("NotificationBar", "1 assumption made"),
                translate("NotificationBar", "{count} assumptions made"),
            )
            text += f". {made}"
        sticky = bool(hint or result.failed or outside or result.empty)
        rejected = any(f.rejected for f in result.files)
        self.show_message(text, rejected=rejected, sticky=sticky, details=assumed > 0)
        self.all_button.setVisible(bool(outside))

    def show_message(
        self,
        text: str,
        *,
        rejected: bool = False,
        sticky: bool = False,
        details: bool = False,
        undo: bool = False,
    ) -> None:
        """``text``; ``undo``: with an Undo button (``undoRequested``) until it is replaced."""
        self.label.setText(text)
        self.rejected_button.setVisible(rejected)
        self.details_button.setVisible(details)
        self.all_button.hide()
        self.undo_button.setVisible(undo)
        self.show()
        if sticky or rejected or details or undo:
            self._timer.stop()
        else:
            self._timer.start()
