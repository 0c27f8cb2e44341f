"""F1 help: the method page's definition of whatever figure is under the mouse (or focused).

KPI cards, plots and labels carry their definition as ``whatsThis``; table headers give it per
column through ``WhatsThisRole``. F1 shows it where the mouse is.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHeaderView, QWhatsThis, QWidget


def rich_help(*paragraphs: str) -> str:
    """Paragraphs as rich text, so Qt wraps a long definition instead of one wide line."""
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p)


def help_text_at(widget: QWidget | None, global_pos: QPoint) -> str:
    """The definition for ``widget`` (or its nearest ancestor that has one) at ``global_pos``."""
    while widget is not None:
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            section = widget.logicalIndexAt(widget.mapFromGlobal(global_pos))
            text = widget.model().headerData(
                section, widget.orientation(), Qt.ItemDataRole.WhatsThisRole
            )
            if section >= 0 and text:
                return str(text)
        elif widget.whatsThis():
            return widget.whatsThis()
        widget = widget.parentWidget()
    return ""


def show_help(window: QWidget) -> str:
    """Show the definition under the mouse (else for the focused widget); return it."""
    position = QCursor.pos()
    widget = QApplication.widgetAt(position) or window.focusWidget()
    text = help_text_at(widget, position)
    if text:
        QWhatsThis.showText(position, rich_help(*text.split("\n\n")), window)
    return text


def install_help_key(window: QWidget) -> QShortcut:
    """F1 anywhere in ``window`` shows the definition under the mouse."""
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), window)
    shortcut.activated.connect(lambda: show_help(window))
    return shortcut
