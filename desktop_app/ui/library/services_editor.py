"""Services: a display name, aliases that merge names, an own SLO target and an owner each."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.library.edits import SERVICE_FIELDS, Edits
from desktop_app.ui.i18n import service_text, translate
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP

HEADERS = (
    QT_TRANSLATE_NOOP("Library", "Service (as imported)"),
    QT_TRANSLATE_NOOP("Library", "Display name"),
    QT_TRANSLATE_NOOP("Library", "Aliases (comma-separated)"),
    QT_TRANSLATE_NOOP("Library", "SLO %"),
    QT_TRANSLATE_NOOP("Library", "Owner"),
)


def _shown(field: str, value: str) -> str:
    return ", ".join(json.loads(value)) if field == "aliases" and value else value


class ServicesEditor(QDialog):
    """One row per imported service name; ``edits()`` lists what changed."""

    def __init__(self, services: list[str], edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Library", "Services"))
        self.services = services
        self._before: dict[tuple[str, str], str] = {}
        self.table = QTableWidget(len(services), len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([translate("Library", h) for h in HEADERS])
        self.table.verticalHeader().setVisible(False)
        for row, service in enumerate(services):
            name = QTableWidgetItem(service_text(service))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, name)
            for column, field in enumerate(SERVICE_FIELDS, start=1):
                text = _shown(field, edits.services.get(service, {}).get(field, ""))
                self._before[(service, field)] = text
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(
            translate(
                "Library",
                "Aliases merge other imported names into this service (e.g. 카카오톡 into "
                "KakaoTalk). An empty SLO uses the target in Preferences. Every change is "
                "recorded.",
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def edits(self) -> list[tuple[str, str, str]]:
        """(service, field, new value) for every cell the user changed."""
        changed = []
        for row, service in enumerate(self.services):
            for column, field in enumerate(SERVICE_FIELDS, start=1):
                item = self.table.item(row, column)
                assert item is not None  # every cell was filled in __init__
                text = item.text().strip()
                if text != self._before[(service, field)]:
                    changed.append((service, field, text))
        return changed
