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
from desktop_app.ui.i18n import translate


def font_licence_text() -> str:
    """The bundled fonts' licence files, one after the other."""
    texts = []
    for name in FONT_LICENCES:
        path = resource_path("fonts", name)
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except OSError as exc:
            unreadable = translate("About", "The licence file {path} could not be read: {reason}")
            texts.append(unreadable.format(path=path, reason=exc))
    return ("\n" + "=" * 72 + "\n\n").join(texts)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, log_path: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("About", "About {app}").format(app=APP_NAME))
        self.setMinimumSize(560, 480)
        version = translate("About", "Version {version}").format(version=__version__)
        title = QLabel(f"<h2>{APP_NAME}</h2><p>{version}</p>")
        blurb = QLabel(
            translate(
                "About",
                "Turns incident CSV exports into availability figures, charts and an executive "
                "PDF report.",
            )
        )
        blurb.setWordWrap(True)
        built = translate(
            "About", "Built with PySide6 {pyside} (Qt for Python, LGPLv3) and pyqtgraph {pg} (MIT)."
        ).format(pyside=PySide6.__version__, pg=pyqtgraph.__version__)
        fonts = translate(
            "About",
            "Latin text and digits use the bundled Noto Sans font by Google, Korean text the "
            "bundled NanumGothic font by NAVER, both licensed under the SIL Open Font License "
            "1.1 (below).",
        )
        log = translate("About", "Log file: {path}").format(path=f"<code>{log_path}</code>")
        credits = QLabel(f"{built}<br>{fonts}" + (f"<br>{log}" if log_path else ""))
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
        layout.addWidget(QLabel(translate("About", "Font licences (Noto Sans, NanumGothic):")))
        layout.addWidget(self.licence_view, 1)
        layout.addWidget(buttons)
