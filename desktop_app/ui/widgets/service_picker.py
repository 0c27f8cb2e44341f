"""A drop-down button holding a checkable list of services (all checked = every service)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop_app.ui.i18n import translate

CHECKED = Qt.CheckState.Checked
UNCHECKED = Qt.CheckState.Unchecked


class ServicePicker(QToolButton):
    """Emits ``changed`` when the user checks or unchecks a service; at least one stays checked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip(translate("ServicePicker", "Services to include"))
        self.list = QListWidget()
        self.list.setMinimumWidth(240)
        self.list.itemChanged.connect(self._on_item_changed)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(holder)
        menu.addAction(action)
        self.setMenu(menu)
        self._update_text()

    def set_services(self, services: list[str], checked: tuple[str, ...] | None = None) -> None:
        """Offer ``services``; ``checked=None`` checks them all."""
        self.list.blockSignals(True)
        self.list.clear()
        for name in services:
            item = QListWidgetItem(name, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(CHECKED if checked is None or name in checked else UNCHECKED)
        self.list.blockSignals(False)
        self._update_text()

    def services(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def checked(self) -> tuple[str, ...] | None:
        """The checked services, or None when every service is checked."""
        names = [i.text() for i in self._items() if i.checkState() == CHECKED]
        return None if len(names) == self.list.count() else tuple(names)

    def set_checked(self, names: tuple[str, ...] | None) -> None:
        self.set_services(self.services(), names)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if not any(i.checkState() == CHECKED for i in self._items()):
            self.list.blockSignals(True)
            item.setCheckState(CHECKED)
            self.list.blockSignals(False)
            return
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        checked = self.checked()
        if checked is None:
            self.setText(translate("ServicePicker", "All services"))
        elif len(checked) == 1:
            self.setText(checked[0])
        else:
            text = translate("ServicePicker", "{checked} of {total} services")
            self.setText(text.format(checked=len(checked), total=self.list.count()))
