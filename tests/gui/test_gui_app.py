"""The application object and ``run_gui``: names, Korean font, startup files, screenshots."""

from __future__ import annotations

import sys
from pathlib import Path

from gui_flow_data import ODD_HEADER_CSV, SMALL_CSV, wait_analysed
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QFontDatabase, QImage

from desktop_app import APP_NAME, ORG_NAME
from desktop_app.assets import FONT_FAMILY, LATIN_FAMILY, sample_data_files
from desktop_app.ui.settings import Preferences
from desktop_app.ui.startup.app import create_application, run_gui, startup_files


def test_the_application_is_named_and_uses_the_bundled_latin_then_hangul_font(qapp):
    app = create_application()
    assert app is qapp
    assert (app.organizationName(), app.applicationName()) == (ORG_NAME, APP_NAME)
    assert {FONT_FAMILY, LATIN_FAMILY} <= set(QFontDatabase.families())
    # digits and the decimal point from Noto Sans, Hangul from NanumGothic behind it
    assert app.font().families()[:2] == [LATIN_FAMILY, FONT_FAMILY]


def test_startup_opens_given_files_else_last_session_else_the_sample(gui_settings, write_csv):
    given = write_csv("given.csv", SMALL_CSV)
    assert startup_files([str(given)], gui_settings) == ([str(given)], False)
    samples = [str(p) for p in sample_data_files()]
    assert samples
    assert startup_files([], gui_settings) == (samples, True)
    gui_settings.set_last_files([str(given), "/no/such/file.csv"])
    assert startup_files([], gui_settings) == ([str(given)], False)
    gui_settings.set_preferences(Preferences(reopen_last_files=False, timezone="UTC"))
    assert startup_files([], gui_settings) == (samples, True)


def test_screenshot_saves_the_chosen_view_and_exits_zero(qapp, write_csv, tmp_path):
    out = tmp_path / "shots" / "services.png"
    hook = sys.excepthook
    assert run_gui([str(write_csv("a.csv", SMALL_CSV))], screenshot=str(out), view="services") == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1440, 900)
    assert sys.excepthook is hook
    QThreadPool.globalInstance().waitForDone(10_000)


def test_screenshot_fails_with_a_message_when_the_import_cannot_finish(
    qapp, write_csv, tmp_path, capsys
):
    out = tmp_path / "x.png"
    assert run_gui([str(tmp_path / "missing.csv")], screenshot=str(out)) == 1
    assert "missing.csv" in capsys.readouterr().err
    assert run_gui([str(write_csv("odd.csv", ODD_HEADER_CSV))], screenshot=str(out)) == 1
    assert "odd.csv" in capsys.readouterr().err
    assert run_gui([], screenshot=str(out), view="nowhere") == 2
    assert "nowhere" in capsys.readouterr().err
    assert not Path(out).exists()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_first_run_shows_a_one_line_hint_with_the_sample_said_once(qtbot, window):
    from desktop_app.ui.main_window import FIRST_RUN_HINT

    window.show_first_run_hint()
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        window.empty_state.sample_button.click()
    wait_analysed(qtbot, window)
    assert window.library.banner.text() == FIRST_RUN_HINT  # the one banner about the sample
    text = window.notification.label.text()
    assert "sample" not in text.lower()
    assert text.startswith(f"{len(sample_data_files())} files, ")
    assert window.state.loaded_paths == [str(p) for p in sample_data_files()]
