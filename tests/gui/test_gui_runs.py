"""``--screenshot`` and ``--smoke`` leave the user's settings alone (issue 15): a screenshot
of a file must not become the "last session" that the next normal start reopens."""

from __future__ import annotations

import pytest
from gui_flow_data import SMALL_CSV
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from desktop_app.cli import main

pytestmark = pytest.mark.gui


def test_a_screenshot_run_writes_no_user_setting(qapp, write_csv, tmp_path, gui_settings):
    gui_settings.set_last_files(["/data/mine.csv"])
    gui_settings.sync()
    before = {k: QSettings().value(k) for k in QSettings().allKeys()}
    out = tmp_path / "shot.png"
    assert (
        main(["--screenshot", str(out), "--view", "calendar", str(write_csv("s.csv", SMALL_CSV))])
        == 0
    )
    assert QImage(str(out)).width() == 1440
    after = QSettings()
    after.sync()
    assert {k: after.value(k) for k in after.allKeys()} == before
    assert gui_settings.last_files() == ["/data/mine.csv"]


def test_a_smoke_run_writes_no_user_setting(qapp, capsys):
    assert main(["--smoke"]) == 0
    settings = QSettings()
    settings.sync()
    assert settings.allKeys() == []
