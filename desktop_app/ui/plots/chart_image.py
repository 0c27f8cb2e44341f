"""A chart as a picture for slides: rendered from its vector scene at 1920 px wide.

``QWidget.grab`` gives screen pixels (blurry once stretched on a projector); rendering the
graphics scene into a larger image redraws lines and text sharply at the bigger size.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QIODevice, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QGraphicsView, QMenu, QMessageBox, QWidget

from desktop_app.core.writing.atomic import atomic_write_bytes
from desktop_app.ui.file_dialogs import ask_save_path, documents_dir
from desktop_app.ui.i18n import translate

SLIDE_WIDTH = 1920
"""Pixels across a full-HD slide."""


def chart_image(view: QGraphicsView, width: int = SLIDE_WIDTH) -> QImage:
    """What ``view`` shows, redrawn ``width`` pixels wide with the same proportions."""
    viewport = view.viewport().rect()
    height = max(1, round(width * viewport.height() / max(viewport.width(), 1)))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(view.backgroundBrush().color())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    source = view.mapToScene(viewport).boundingRect()
    view.scene().render(painter, QRectF(0, 0, width, height), source)
    painter.end()
    return image


def copy_image(image: QImage) -> None:
    QGuiApplication.clipboard().setImage(image)


def save_png(image: QImage, path: str | Path) -> Path:
    """Write ``image`` as PNG atomically; ``OSError`` when the file cannot be written."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub wants bytes for the format, which save() refuses at run time
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError(f"the chart could not be encoded as PNG for {path}")
    target = Path(path)
    # QByteArray has the buffer protocol, which PySide6's stub does not declare
    atomic_write_bytes(target, bytes(buffer.data()))  # type: ignore[call-overload]
    return target


class Chart(Protocol):
    """What the chart commands need from a chart widget."""

    chart_name: str

    def chart_image(self, width: int = SLIDE_WIDTH) -> QImage: ...

    def reset_view(self) -> None: ...


def save_chart_as(parent: QWidget, chart: Chart) -> Path | None:
    """Ask where to save ``chart`` as PNG and save it; a failure is said in a message box."""
    default = Path(documents_dir()) / f"{chart.chart_name}.png"
    path = ask_save_path(
        parent,
        translate("ChartMenu", "Save chart as PNG"),
        default,
        translate("ChartMenu", "PNG images (*.png)"),
        ".png",
    )
    if path is None:
        return None
    try:
        return save_png(chart.chart_image(), path)
    except OSError as exc:
        title = translate("ChartMenu", "Chart not saved")
        QMessageBox.warning(parent, title, f"{path}: {exc.strerror or exc}")
        return None


def chart_menu(parent: QWidget, chart: Chart) -> QMenu:
    """The context menu every chart offers: reset the view, copy, save as PNG."""
    menu = QMenu(parent)
    menu.addAction(translate("ChartMenu", "Reset view"), chart.reset_view)
    menu.addSeparator()
    menu.addAction(translate("ChartMenu", "Copy chart"), lambda: copy_image(chart.chart_image()))
    menu.addAction(
        translate("ChartMenu", "Save chart as PNG…"), lambda: save_chart_as(parent, chart)
    )
    return menu
