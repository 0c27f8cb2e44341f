"""File ▸ Open Recent: the menu of recently loaded files, kept in the app's settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu

from desktop_app.ui.i18n import translate
from desktop_app.ui.settings import AppSettings


class RecentFilesMenu(QObject):
    """Fills ``menu`` from the settings; emits ``openRequested(path)`` when one is chosen."""

    openRequested = Signal(str)

    def __init__(self, menu: QMenu, settings: AppSettings) -> None:
        super().__init__(menu)
        self._menu = menu
        self._settings = settings
        self.refresh()

    def refresh(self) -> None:
        self._menu.clear()
        recent = self._settings.recent_files()
        for path in recent:
            action = self._menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.openRequested.emit(p))
        self._menu.addSeparator()
        clear = self._menu.addAction(translate("RecentFiles", "Clear recent files"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self._clear)

    def _clear(self) -> None:
        self._settings.clear_recent_files()
        self.refresh()
