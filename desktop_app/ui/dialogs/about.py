"""About: the version, where the log is, and the licences of the bundled fonts."""

from __future__ import annotations

import pyqtgraph
import PySide6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.assets import FONT_LICENCES, resource_path


def font_licence_text() -> str:
    """The bundled fonts' licence files, one after the other."""
    texts = []
    for name in FONT_LICENCES:
        path = resource_path("fonts", name)
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except OSError as exc:
            texts.append(f"The licence file {path} could not be read: {exc}")
    return ("\n" + "=" * 72 + "\n\n").join(texts)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, log_path: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(f"About {APP_NAME}")
        self.setMinimumSize(560, 480)
        title = QLabel(f"<h2>{APP_NAME}</h2><p>Version {__version__}</p>")
        blurb = QLabel(
            "Turns incident CSV exports into availability figures, charts and an executive "
            "PDF report."
        )
        blurb.setWordWrap(True)
        credits = QLabel(
            f"Built with PySide6 {PySide6.__version__} (Qt for Python, LGPLv3) and "
            f"pyqtgraph {pyqtgraph.__version__} (MIT).<br>"
            "Latin text and digits use the bundled Noto Sans font by Google, Korean text the "
            "bundled NanumGothic font by NAVER, both licensed under the SIL Open Font License "
            "1.1 (below)." + (f"<br>Log file: <code>{log_path}</code>" if log_path else "")
        )
        credits.setWordWrap(True)
        credits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licence_view = QPlainTextEdit(font_licence_text())
        self.licence_view.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addWidget(credits)
        layout.addWidget(QLabel("Font licences (Noto Sans, NanumGothic):"))
        layout.addWidget(self.licence_view, 1)
        layout.addWidget(buttons)
