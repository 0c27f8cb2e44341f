"""A drop-down button holding a searchable, checkable list of services (all checked = every
service); it scales to dozens of services and long names."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop_app.ui.i18n import translate, ui_text

CHECKED = Qt.CheckState.Checked
UNCHECKED = Qt.CheckState.Unchecked
#: Where an item keeps the service's name (its text is the name as shown: ``(no service)``
#: is translated).
_NAME = Qt.ItemDataRole.UserRole
BUTTON_TEXT_PX = 170
"""The button elides a long service name beyond this width (the tooltip has it whole)."""


def _name(item: QListWidgetItem) -> str:
    return str(item.data(_NAME))


def button_text(text: str) -> str:
    """``text`` for a button label: an ``&`` shows as ``&`` instead of marking a shortcut."""
    return text.replace("&", "&&")


class ServicePicker(QToolButton):
    """Emits ``changed`` when the user changes the checked services.

    The popup has a search box (Down moves into the list, Space checks, Enter keeps only the
    current service), All and None, and "Only this" on right-click or double-click. None
    clears the list to pick a few: nothing is emitted until a service is checked again.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip(translate("ServicePicker", "Services to include"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("ServicePicker", "Search services…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list = QListWidget()
        self.list.setMinimumWidth(280)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.itemDoubleClicked.connect(lambda item: self.only(_name(item)))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_context_menu)
        self.list.installEventFilter(self)
        self.all_button = QPushButton(translate("ServicePicker", "All"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton(translate("ServicePicker", "None"))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.setMenu(self._popup())
        self._update_text()

    def _popup(self) -> QMenu:
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(holder)
        menu.addAction(action)
        menu.aboutToShow.connect(self._on_popup)
        return menu

    # --- interface ---------------------------------------------------------------------------
    def set_services(self, services: list[str], checked: tuple[str, ...] | None = None) -> None:
        """Offer ``services``; ``checked=None`` checks them all."""
        self.list.blockSignals(True)
        self.list.clear()
        for name in services:
            item = QListWidgetItem(ui_text().service(name), self.list)
            item.setData(_NAME, name)
            item.setToolTip(item.text())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(CHECKED if checked is None or name in checked else UNCHECKED)
        self.list.blockSignals(False)
        self._filter(self.search.text())
        self._update_text()

    def services(self) -> list[str]:
        return [_name(self.list.item(i)) for i in range(self.list.count())]

    def checked(self) -> tuple[str, ...] | None:
        """The checked services, or None when every service is checked."""
        names = [_name(i) for i in self._items() if i.checkState() == CHECKED]
        return None if len(names) == self.list.count() else tuple(names)

    def set_checked(self, names: tuple[str, ...] | None) -> None:
        self.set_services(self.services(), names)

    def only(self, name: str) -> None:
        """Check ``name`` alone ("Only this")."""
        self._set_states(lambda item: _name(item) == name)

    def visible_services(self) -> list[str]:
        return [_name(i) for i in self._items() if not i.isHidden()]

    # --- internals ---------------------------------------------------------------------------
    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _set_states(self, keep: Callable[[QListWidgetItem], bool]) -> None:
        self.list.blockSignals(True)
        for item in self._items():
            item.setCheckState(CHECKED if keep(item) else UNCHECKED)
        self.list.blockSignals(False)
        self._changed()

    def _check_all(self, on: bool) -> None:
        """All: every service. None: clear the list to pick a few (nothing is emitted while
        no service is checked). With a search, only the services it shows."""
        shown = set(self.visible_services())
        searching = bool(self.search.text().strip())

        def keep(item: QListWidgetItem) -> bool:
            if searching and _name(item) not in shown:
                return item.checkState() == CHECKED
            return on

        self._set_states(keep)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())
        first = next((i for i in self._items() if not i.isHidden()), None)
        if first is not None:
            self.list.setCurrentItem(first)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        """Unchecking the last checked service is undone: something is always shown."""
        if not any(i.checkState() == CHECKED for i in self._items()):
            self.list.blockSignals(True)
            item.setCheckState(CHECKED)
            self.list.blockSignals(False)
            return
        self._changed()

    def _changed(self) -> None:
        self._update_text()
        if any(i.checkState() == CHECKED for i in self._items()):
            self.changed.emit()

    def _on_context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self.list)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(translate("ServicePicker", "Only this"), lambda: self.only(_name(item)))
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def _on_popup(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search box enters the list; Enter in either keeps the current
        service only."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search and key == Qt.Key.Key_Down:
            self.list.setFocus()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.currentItem() is not None:
            self.only(_name(self.list.currentItem()))
            return True
        return super().eventFilter(watched, event)

    def _update_text(self) -> None:
        checked = self.checked()
        total = self.list.count()
        if checked is None:
            text = translate("ServicePicker", "All services")
        elif len(checked) == 1:
            metrics = self.fontMetrics()
            shown_name = ui_text().service(checked[0])
            text = metrics.elidedText(shown_name, Qt.TextElideMode.ElideRight, BUTTON_TEXT_PX)
        elif not checked:
            text = translate("ServicePicker", "No service (of {total})").format(total=total)
        else:
            text = translate("ServicePicker", "{checked} of {total} services")
            text = text.format(checked=len(checked), total=total)
        self.setText(button_text(text))
        names = [ui_text().service(n) for n in (self.services() if checked is None else checked)]
        shown = "\n".join(names[:20]) + ("\n…" if len(names) > 20 else "")
        tip = translate("ServicePicker", "Services to include")
        self.setToolTip(f"{tip}:\n{shown}" if names else tip)
