"""The window's commands as ``QAction``s, shared by the menus and the toolbar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from desktop_app import VIEW_NAMES
from desktop_app.ui.i18n import translate
from desktop_app.ui.linguist import QT_TRANSLATE_NOOP
from desktop_app.ui.palette import APPEARANCES

#: Each view's tab and menu title (translated where shown).
VIEW_TITLES: dict[str, str] = {
    "overview": QT_TRANSLATE_NOOP("Views", "Overview"),
    "timeline": QT_TRANSLATE_NOOP("Views", "Timeline"),
    "calendar": QT_TRANSLATE_NOOP("Views", "Calendar"),
    "incidents": QT_TRANSLATE_NOOP("Views", "Incidents"),
    "services": QT_TRANSLATE_NOOP("Views", "Services"),
}
APPEARANCE_TITLES: dict[str, str] = {
    "system": QT_TRANSLATE_NOOP("Actions", "&System colours"),
    "light": QT_TRANSLATE_NOOP("Actions", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Actions", "&Dark"),
}


def view_title(name: str) -> str:
    return translate("Views", VIEW_TITLES[name])


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
    find: QAction
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
        open=_action(
            window,
            translate("Actions", "&Open CSV…"),
            "Ctrl+O",
            translate("Actions", "Add incident CSV files"),
        ),
        load_sample=_action(
            window,
            translate("Actions", "Load &sample data"),
            None,
            translate("Actions", "Load the bundled sample"),
        ),
        export_pdf=_action(
            window,
            translate("Actions", "&Export PDF…"),
            "Ctrl+E",
            translate("Actions", "Write the executive PDF report"),
        ),
        export_csv=_action(
            window,
            translate("Actions", "Export &table as CSV…"),
            "Ctrl+Shift+E",
            translate("Actions", "Save the current table as CSV"),
        ),
        show_rejected=_action(
            window,
            translate("Actions", "Show &rejected rows…"),
            None,
            translate("Actions", "Rows that were not imported"),
        ),
        clear=_action(
            window,
            translate("Actions", "&Close all files"),
            None,
            translate("Actions", "Unload every file"),
        ),
        quit=_action(
            window,
            translate("Actions", "&Quit"),
            "Ctrl+Q",
            translate("Actions", "Quit Reliability Desk"),
        ),
        preferences=_action(
            window,
            translate("Actions", "&Preferences…"),
            "Ctrl+,",
            translate("Actions", "SLO target, time zone, language, …"),
        ),
        find=_action(
            window,
            translate("Actions", "&Find incidents…"),
            QKeySequence(QKeySequence.StandardKey.Find).toString(),
            translate("Actions", "Search the incidents, from any view"),
        ),
        copy_chart=_action(
            window,
            translate("Actions", "&Copy chart"),
            "Ctrl+Shift+C",
            translate("Actions", "Copy the current chart as a picture for slides"),
        ),
        save_chart=_action(
            window,
            translate("Actions", "Save chart as &PNG…"),
            "Ctrl+Shift+S",
            translate("Actions", "Save the current chart as a PNG"),
        ),
        about=_action(window, translate("Actions", "&About Reliability Desk"), None),
        views={
            name: _action(
                window,
                view_title(name),
                f"Ctrl+{i}",
                translate("Actions", "Show the {view} view").format(view=view_title(name)),
            )
            for i, name in enumerate(VIEW_NAMES, start=1)
        },
        recent_menu=QMenu(translate("Actions", "Open &Recent"), window),
        appearance={
            name: _action(window, translate("Actions", APPEARANCE_TITLES[name]))
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


def build_menus(window: QMainWindow, actions: Actions) -> QMenu:
    """The window's menus; returns the Edit menu (the library puts its Undo there)."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
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
    edit_menu = bar.addMenu(translate("Menus", "&Edit"))
    edit_menu.addAction(actions.find)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.copy_chart)
    edit_menu.addAction(actions.save_chart)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.preferences)
    view_menu = bar.addMenu(translate("Menus", "&View"))
    for action in actions.views.values():
        view_menu.addAction(action)
    view_menu.addSeparator()
    appearance = view_menu.addMenu(translate("Menus", "&Appearance"))
    for action in actions.appearance.values():
        appearance.addAction(action)
    help_menu = bar.addMenu(translate("Menus", "&Help"))
    help_menu.addAction(actions.about)
    return edit_menu


def build_toolbar(window: QMainWindow, actions: Actions) -> QToolBar:
    toolbar = window.addToolBar(translate("Menus", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addAction(actions.open)
    toolbar.addAction(actions.export_pdf)
    toolbar.addAction(actions.export_csv)
    toolbar.addSeparator()
    toolbar.addAction(actions.preferences)
    return toolbar
