"""Menus and toolbar share the window's actions; shortcuts; About; views by name."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar

from desktop_app import __version__
from desktop_app.ui.dialogs.about import AboutDialog


def _menu_actions(window) -> set:
    found = set()
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            found.add(action)
    return found


def test_shortcuts_are_the_usual_ones(window):
    a = window.actions
    shortcuts = {
        a.open: "Ctrl+O",
        a.export_pdf: "Ctrl+E",
        a.quit: "Ctrl+Q",
        a.preferences: "Ctrl+,",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut() == QKeySequence(keys)


def test_menus_and_toolbar_share_the_same_actions(window):
    in_menus = _menu_actions(window)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    on_toolbar = {action for action in toolbar.actions() if not action.isSeparator()}
    assert on_toolbar
    assert on_toolbar <= in_menus
    for action in (window.actions.about, window.actions.recent_menu.menuAction()):
        assert action in in_menus


def test_view_actions_switch_tabs(window):
    window.actions.views["services"].trigger()
    assert window.current_view_name() == "services"
    window.actions.views["timeline"].trigger()
    assert window.tabs.currentWidget() is window.views["timeline"]


def test_about_names_the_version_the_log_and_the_font_licence(qtbot):
    dialog = AboutDialog(log_path="/logs/app.log")
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"Version {__version__}" in texts
    assert "/logs/app.log" in texts
    assert "SIL Open Font License" in texts
    assert "SIL OPEN FONT LICENSE" in dialog.licence_view.toPlainText()
