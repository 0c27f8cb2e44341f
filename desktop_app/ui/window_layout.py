"""The window's geometry, toolbars and splitter positions, remembered between runs.

The window opens within the screen's available area: at its preferred size where that fits,
else filling the area; a remembered geometry is restored only while it still fits the screen
it is on (a laptop undocked from a large monitor gets a window it can see)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop_app.ui.settings import AppSettings

PREFERRED_SIZE = QSize(1280, 820)


def available_area(window: QMainWindow) -> QRect:
    """Where the window may be: the available geometry of the screen it is on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QMainWindow) -> None:
    """The preferred size, bounded by the screen's available area (less the window frame, once
    the window is shown and its frame known), centred in it."""
    area = available_area(window)
    frame = window.frameGeometry().size() - window.geometry().size()
    size = PREFERRED_SIZE.boundedTo(area.size() - frame)
    inner = QRect(0, 0, size.width(), size.height())
    inner.moveCenter(area.center())
    window.setGeometry(inner)


def fits(window: QMainWindow) -> bool:
    """Whether the window, frame included, lies within its screen's available area."""
    frame = window.frameGeometry()
    geometry = window.geometry()
    return available_area(window).contains(frame.united(geometry))


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
        if geometry is None or not self._window.restoreGeometry(geometry) or not fits(self._window):
            fit_to_screen(self._window)
        state = self._settings.bytes_value("state")
        if state is not None:
            self._window.restoreState(state)
        for key, splitter in self._splitters().items():
            saved = self._settings.bytes_value(f"splitter/{key}")
            if saved is not None:
                splitter.restoreState(saved)

    def keep_on_screen(self) -> None:
        """Refit a window its frame pushes past the screen (called once it is shown)."""
        if not fits(self._window):
            fit_to_screen(self._window)

    def save(self) -> None:
        self._settings.set_bytes_value("geometry", self._window.saveGeometry())
        self._settings.set_bytes_value("state", self._window.saveState())
        for key, splitter in self._splitters().items():
            self._settings.set_bytes_value(f"splitter/{key}", splitter.saveState())
        self._settings.sync()
