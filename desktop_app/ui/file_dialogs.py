"""File pickers: open incident files, and save paths that never overwrite without asking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.ui.drop import INCIDENT_SUFFIXES
from desktop_app.ui.i18n import translate


def incident_filter() -> str:
    """The open dialog's filter: incident files first, then everything."""
    patterns = " ".join(f"*{s}" for s in INCIDENT_SUFFIXES)
    incident = translate("FileDialogs", "Incident files ({patterns})").format(patterns=patterns)
    return f"{incident};;{translate('FileDialogs', 'All files (*)')}"


def documents_dir() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def ask_open_paths(parent: QWidget, start_dir: str = "") -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("FileDialogs", "Open incident files (CSV or Excel)"),
        start_dir or documents_dir(),
        incident_filter(),
    )
    return [p for p in paths if p]


def confirm_overwrite(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("FileDialogs", "Replace file?"),
        translate(
            "FileDialogs", "{file} already exists in {folder}.\nDo you want to replace it?"
        ).format(file=path.name, folder=path.parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_path(
    parent: QWidget, caption: str, default: Path, name_filter: str, suffix: str
) -> Path | None:
    """A path to write, with ``suffix`` added if missing; None when the user gives up.

    The dialog's own overwrite question is switched off and asked here instead, after the
    suffix is known, so it is asked exactly once on every platform and for the final name.
    """
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(default),
        name_filter,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    if path.exists() and not confirm_overwrite(parent, path):
        return None
    return path
