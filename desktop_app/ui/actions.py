"""The window's commands as ``QAction``s, shared by the menus and the toolbar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from desktop_app import VIEW_NAMES
from desktop_app.ui.palette import APPEARANCES


@dataclass
class Actions:
    open: QAction
    load_sample: QAction
    export_pdf: QAction
    export_csv: QAction
    show_rejected: QAction
    clear: QAction
    quit: QAction
    preferences: QAction
    copy_chart: QAction
    save_chart: QAction
    about: QAction
    views: dict[str, QAction]
    appearance: dict[str, QAction]
    recent_menu: QMenu


def _action(window: QMainWindow, text: str, shortcut: str | None = None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
    return action


def create_actions(window: QMainWindow) -> Actions:
    icon = window.style().standardIcon
    sp = QStyle.StandardPixmap
    actions = Actions(
        open=_action(window, "&Open CSV…", "Ctrl+O", "Add incident CSV files"),
        load_sample=_action(window, "Load &sample data", None, "Load the bundled sample"),
        export_pdf=_action(window, "&Export PDF…", "Ctrl+E", "Write the executive PDF report"),
        export_csv=_action(
            window, "Export &table as CSV…", "Ctrl+Shift+E", "Save the current table as CSV"
        ),
        show_rejected=_action(window, "Show &rejected rows…", None, "Rows that were not imported"),
        clear=_action(window, "&Close all files", None, "Unload every file"),
        quit=_action(window, "&Quit", "Ctrl+Q", "Quit Reliability Desk"),
        preferences=_action(window, "&Preferences…", "Ctrl+,", "SLO target, time zone, …"),
        copy_chart=_action(
            window, "&Copy chart", "Ctrl+Shift+C", "Copy the current chart as a picture for slides"
        ),
        save_chart=_action(
            window, "Save chart as &PNG…", "Ctrl+Shift+S", "Save the current chart as a PNG"
        ),
        about=_action(window, "&About Reliability Desk", None),
        views={
            name: _action(window, name.capitalize(), f"Ctrl+{i}", f"Show the {name} view")
            for i, name in enumerate(VIEW_NAMES, start=1)
        },
        recent_menu=QMenu("Open &Recent", window),
        appearance={
            name: _action(window, f"&{name.capitalize()}", None, f"{name.capitalize()} colours")
            for name in APPEARANCES
        },
    )
    group = QActionGroup(window)
    for action in actions.appearance.values():
        action.setCheckable(True)
        group.addAction(action)
    actions.open.setIcon(icon(sp.SP_DialogOpenButton))
    actions.export_pdf.setIcon(icon(sp.SP_DialogSaveButton))
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    return actions


def build_menus(window: QMainWindow, actions: Actions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(actions.open)
    file_menu.addMenu(actions.recent_menu)
    file_menu.addAction(actions.load_sample)
    file_menu.addSeparator()
    file_menu.addAction(actions.export_pdf)
    file_menu.addAction(actions.export_csv)
    file_menu.addSeparator()
    file_menu.addAction(actions.show_rejected)
    file_menu.addAction(actions.clear)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addAction(actions.copy_chart)
    edit_menu.addAction(actions.save_chart)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.preferences)
    view_menu = bar.addMenu("&View")
    for action in actions.views.values():
        view_menu.addAction(action)
    view_menu.addSeparator()
    appearance = view_menu.addMenu("&Appearance")
    for action in actions.appearance.values():
        appearance.addAction(action)
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(actions.about)


def build_toolbar(window: QMainWindow, actions: Actions) -> QToolBar:
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addAction(actions.open)
    toolbar.addAction(actions.export_pdf)
    toolbar.addAction(actions.export_csv)
    toolbar.addSeparator()
    toolbar.addAction(actions.preferences)
    return toolbar
