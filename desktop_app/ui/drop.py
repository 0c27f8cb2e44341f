"""Drag and drop of incident files anywhere on the window.

``DropHandler`` filters the application's drag events aimed at any widget of one window, so a
plot or a line edit under the cursor does not swallow the drop. While a drag of acceptable
files hovers it shows a highlight overlay; a drop emits ``filesDropped(paths)``. A drag that
carries nothing loadable is refused as it enters (Qt then never delivers its drop) with
``dropRefused(message)``; the unloadable part of a mixed drop is named when it lands. Folders
are expanded to the incident files they contain.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop_app.core.reading.excel import WORKBOOK_SUFFIXES
from desktop_app.ui.i18n import translate
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP

#: Text exports, and Excel workbooks (each sheet with an incident header is read).
INCIDENT_SUFFIXES: tuple[str, ...] = (".csv", ".txt", ".tsv", *WORKBOOK_SUFFIXES)
_DRAG_EVENTS = (
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.DragLeave,
    QEvent.Type.Drop,
)
REFUSED_MESSAGE = QT_TRANSLATE_NOOP(
    "Drop",
    "Only incident files (.csv, .txt, .tsv, .xlsx, .xlsm, .xls) or folders of them can be "
    "dropped here.",
)


def is_incident_file(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in INCIDENT_SUFFIXES


def incident_files(paths: Iterable[Path]) -> tuple[list[str], list[str]]:
    """Split paths into incident files (folders expanded, one level) and refused names."""
    accepted: list[str] = []
    refused: list[str] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if is_incident_file(p))
            if found:
                accepted.extend(str(p) for p in found)
            else:
                refused.append(path.name or str(path))
        elif is_incident_file(path):
            accepted.append(str(path))
        else:
            refused.append(path.name or str(path))
    return list(dict.fromkeys(accepted)), refused


def mime_incident_files(mime: QMimeData | None) -> tuple[list[str], list[str]]:
    """The incident files a drag carries, and what it carries that is not one."""
    if mime is None or not mime.hasUrls():
        return [], [translate("Drop", "content that is not a file")]
    urls: list[QUrl] = mime.urls()
    local = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    files, refused = incident_files(local)
    refused += [url.toString() for url in urls if not url.isLocalFile()]
    return files, refused


def refusal_message(refused: list[str]) -> str:
    shown = ", ".join(refused[:3]) + (" …" if len(refused) > 3 else "")
    message = translate("Drop", REFUSED_MESSAGE)
    if not shown:
        return message
    return message + " " + translate("Drop", "Not loaded: {files}").format(files=shown)


class DropOverlay(QLabel):
    """A translucent frame over the window saying a drop will be accepted."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dropOverlay")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def _style(self) -> str:
        """Opaque enough to hide what is under it; built from the palette (light or dark)."""
        base = self.palette().color(QPalette.ColorRole.Base)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        return (
            f"#dropOverlay {{ background: rgba({base.red()}, {base.green()}, {base.blue()}, 235);"
            f" border: 3px dashed {accent.name()}; border-radius: 12px; color: {accent.name()};"
            " font-size: 20pt; font-weight: bold; }"
        )

    def show_for(self, count: int) -> None:
        self.setStyleSheet(self._style())
        if count == 1:
            self.setText(translate("Drop", "Drop to load 1 incident file"))
        else:
            self.setText(
                translate("Drop", "Drop to load {count} incident files").format(count=count)
            )
        window = self.parentWidget()
        assert window is not None  # made with the window as its parent
        self.setGeometry(window.rect().adjusted(8, 8, -8, -8))
        self.raise_()
        self.show()


class DropHandler(QObject):
    """Accepts incident files dropped on ``window`` (install with ``installEventFilter``)."""

    filesDropped = Signal(list)
    dropRefused = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.overlay = DropOverlay(window)
        window.setAcceptDrops(True)
        app = QApplication.instance()
        assert app is not None  # the window exists, so the application does
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _DRAG_EVENTS or not self._is_ours(watched):
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            return self._hover(event, entering=kind == QEvent.Type.DragEnter)  # type: ignore[arg-type]
        if kind == QEvent.Type.DragLeave:
            self.overlay.hide()
            return True
        if kind == QEvent.Type.Drop:
            return self._drop(event)  # type: ignore[arg-type]
        return False

    def _is_ours(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self._window

    def _hover(self, event: QDragMoveEvent, entering: bool) -> bool:
        files, refused = mime_incident_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.overlay.show_for(len(files))
        else:
            event.ignore()
            self.overlay.hide()
            if entering:
                self.dropRefused.emit(refusal_message(refused))
        return True

    def _drop(self, event: QDropEvent) -> bool:
        self.overlay.hide()
        files, refused = mime_incident_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files)
        else:
            event.ignore()
        if refused:
            self.dropRefused.emit(refusal_message(refused))
        return True
