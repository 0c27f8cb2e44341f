"""Reclassify, Edit times and Note: small dialogs that return the changes the user asked for.

Each dialog starts from the edits in force and returns only the fields that differ, as
``(field, value, reason)``; the window writes them off the UI thread. Reasons are asked where
the library requires one, and the OK button waits for it.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.library.edits import EXCLUDE_REASONS, NEEDS_REASON, YES
from desktop_app.text import Text
from desktop_app.ui.i18n import service_text, translate
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP

Edit = tuple[str, str, str]
InForce = dict[str, tuple[str, str]]
TIME_FORMAT = "%Y-%m-%d %H:%M"
#: What an incident counts as, as the list shows it (the stored values stay English words).
COUNTS_AS = (
    QT_TRANSLATE_NOOP("Library", "as imported"),
    QT_TRANSLATE_NOOP("Library", "maintenance"),
    QT_TRANSLATE_NOOP("Library", "excluded: not SLA-relevant"),
    QT_TRANSLATE_NOOP("Library", "excluded: false alarm"),
    QT_TRANSLATE_NOOP("Library", "excluded: duplicate of another incident"),
)


class _EditDialog(QDialog):
    """A form, a reason line and OK/Cancel; OK is enabled once a needed reason is given."""

    def __init__(self, title: str, incident: pd.Series, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{translate('Library', title)} · {Text.cell(incident['incident_id'])}")
        self.incident = incident
        self.form = QFormLayout()
        heading = QLabel(
            f"{service_text(incident['service'])} · {Text.cell(incident['title'])}", self
        )
        heading.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(
            translate("Library", "Why (kept in the history and the report)")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)

    def _finish_form(self) -> None:
        self.form.addRow(translate("Library", "Reason:"), self.reason)
        self._check()
        self.resize(480, self.sizeHint().height())

    def _check(self) -> None:
        needs = any(name in NEEDS_REASON for name, _value, _ in self.edits())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.edits()) and (not needs or bool(self.reason.text().strip())))

    def edits(self) -> list[Edit]:
        raise NotImplementedError


class ReclassifyDialog(_EditDialog):
    """Counts as: as imported, maintenance, or excluded for one of the listed reasons."""

    def __init__(self, incident: pd.Series, in_force: InForce, parent: QWidget | None) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Library", "Reclassify"), incident, parent)
        self._in_force = in_force
        self.kind = QComboBox(self)
        self.kind.addItems([translate("Library", text) for text in COUNTS_AS])
        self.kind.setCurrentIndex(self._current_index())
        self.form.addRow(translate("Library", "Counts as:"), self.kind)
        self.kind.currentIndexChanged.connect(self._check)
        self._finish_form()

    def _current_index(self) -> int:
        excluded = self._in_force.get("excluded", ("", ""))[0]
        if excluded in EXCLUDE_REASONS:
            return 2 + EXCLUDE_REASONS.index(excluded)
        return 1 if self._in_force.get("maintenance", ("", ""))[0] == YES else 0

    def edits(self) -> list[Edit]:
        index = self.kind.currentIndex()
        wanted = {
            "maintenance": YES if index == 1 else "",
            "excluded": EXCLUDE_REASONS[index - 2] if index >= 2 else "",
        }
        reason = self.reason.text().strip()
        return [
            (name, value, reason)
            for name, value in wanted.items()
            if value != self._in_force.get(name, ("", ""))[0]
        ]


class EditTimesDialog(_EditDialog):
    """Start and end in the display time zone; empty end keeps the incident open."""

    def __init__(
        self, incident: pd.Series, in_force: InForce, tz: str, parent: QWidget | None
    ) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Library", "Edit times"), incident, parent)
        self.tz = tz
        self._shown = {
            name: Text.time(incident[name], tz) if not pd.isna(incident[name]) else ""
            for name in ("started_at", "resolved_at")
        }
        self.start = QLineEdit(self._shown["started_at"], self)
        self.end = QLineEdit(self._shown["resolved_at"], self)
        self.error = QLabel(self)
        self.form.addRow(translate("Library", "Start ({}):").format(tz), self.start)
        self.form.addRow(translate("Library", "End ({}):").format(tz), self.end)
        self.form.addRow("", self.error)
        for line in (self.start, self.end):
            line.textChanged.connect(self._check)
        self._finish_form()

    def _stamp(self, text: str) -> pd.Timestamp:
        return pd.Timestamp(text.strip()).tz_localize(self.tz)

    def edits(self) -> list[Edit]:
        reason = self.reason.text().strip()
        changed = []
        try:
            for name, line in (("started_at", self.start), ("resolved_at", self.end)):
                if line.text().strip() and line.text().strip() != self._shown[name]:
                    changed.append((name, self._stamp(line.text()).isoformat(), reason))
            start = self._stamp(self.start.text())
            end = self._stamp(self.end.text()) if self.end.text().strip() else None
        except ValueError:
            example = f"{pd.Timestamp('2024-03-01 09:30'):{TIME_FORMAT}}"
            self.error.setText(translate("Library", "Write times as {}").format(example))
            return []
        if end is not None and start is not None and end < start:
            self.error.setText(translate("Library", "The end is before the start."))
            return []
        self.error.setText("")
        return changed


class NoteDialog(_EditDialog):
    """A note, the cause and a postmortem link (a URL or a file path)."""

    FIELDS = (
        ("note", QT_TRANSLATE_NOOP("Library", "Note:")),
        ("cause", QT_TRANSLATE_NOOP("Library", "Cause:")),
        ("postmortem", QT_TRANSLATE_NOOP("Library", "Postmortem link:")),
    )

    def __init__(self, incident: pd.Series, in_force: InForce, parent: QWidget | None) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Library", "Note"), incident, parent)
        self._in_force = in_force
        self.lines: dict[str, QLineEdit] = {}
        for name, label in self.FIELDS:
            start = in_force.get(name, ("", ""))[0]
            if name == "cause" and not start:
                start = Text.cell(incident["cause"])
            self.lines[name] = QLineEdit(start, self)
            self.lines[name].textChanged.connect(self._check)
            self.form.addRow(translate("Library", label), self.lines[name])
        self._original = {name: line.text() for name, line in self.lines.items()}
        self._finish_form()

    def edits(self) -> list[Edit]:
        reason = self.reason.text().strip()
        return [
            (name, line.text().strip(), reason)
            for name, line in self.lines.items()
            if line.text().strip() != self._original[name].strip()
        ]
