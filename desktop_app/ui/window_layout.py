"""The window's geometry, toolbars and splitter positions, remembered between runs."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop_app.ui.settings import AppSettings


class LayoutMemory:
    """Saves and restores the layout of ``window`` in ``settings``."""

    def __init__(self, window: QMainWindow, settings: AppSettings) -> None:
        self._window = window
        self._settings = settings

    def _splitters(self) -> dict[str, QSplitter]:
        """Every splitter in the window, keyed by its name or its place in construction order."""
        found = self._window.findChildren(QSplitter)
        return {s.objectName() or f"splitter{i}": s for i, s in enumerate(found)}

    def restore(self) -> None:
        geometry = self._settings.bytes_value("geometry")
        if geometry is not None:
            self._window.restoreGeometry(geometry)
        state = self._settings.bytes_value("state")
        if state is not None:
            self._window.restoreState(state)
        for key, splitter in self._splitters().items():
            saved = self._settings.bytes_value(f"splitter/{key}")
            if saved is not None:
                splitter.restoreState(saved)

    def save(self) -> None:
        self._settings.set_bytes_value("geometry", self._window.saveGeometry())
        self._settings.set_bytes_value("state", self._window.saveState())
        for key, splitter in self._splitters().items():
            self._settings.set_bytes_value(f"splitter/{key}", splitter.saveState())
        self._settings.sync()
