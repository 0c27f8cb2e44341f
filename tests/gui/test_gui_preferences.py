"""Preferences persist in QSettings (redirected to a temp folder) and drive the figures."""

from __future__ import annotations

from dataclasses import asdict

from gui_flow_data import SMALL_CSV, load_and_wait, wait_analysed
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter

from desktop_app.core.window import local_timezone_name
from desktop_app.text import text_for
from desktop_app.text.kpis import tile
from desktop_app.ui import main_window
from desktop_app.ui.dialogs.preferences import PreferencesDialog
from desktop_app.ui.errors import ErrorReporter
from desktop_app.ui.i18n import install_translators
from desktop_app.ui.library import import_flow as library_import_flow
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings, Preferences


def test_defaults_are_the_documented_ones(gui_settings):
    prefs = gui_settings.preferences()
    assert prefs == Preferences(
        slo_pct=99.9,
        partial_weight=0.3,
        timezone=local_timezone_name(),
        organisation="",
        reopen_last_files=True,
        page_size="A4",
    )


def test_settings_live_in_the_redirected_folder(gui_settings, tmp_path):
    gui_settings.set_preferences(Preferences(slo_pct=99.5, timezone="Asia/Seoul"))
    assert QSettings().fileName().startswith(str(tmp_path))


def test_preferences_dialog_choices_persist_and_recompute(qtbot, window, write_csv, monkeypatch):
    load_and_wait(qtbot, window, [write_csv("a.csv", SMALL_CSV)])

    def choose(dialog: PreferencesDialog) -> int:
        dialog.widgets["slo_pct"].setValue(99.5)
        dialog.widgets["partial_weight"].setValue(0.5)
        dialog.widgets["timezone"].setCurrentText("Asia/Seoul")
        dialog.widgets["organisation"].setText("카카오 Corp")
        dialog.widgets["reopen_last_files"].setChecked(False)
        dialog.widgets["page_size"].setCurrentText("Letter")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    with qtbot.waitSignal(window.state.analysisChanged):
        window.actions.preferences.trigger()
    assert AppSettings(QSettings()).preferences() == Preferences(
        slo_pct=99.5,
        partial_weight=0.5,
        timezone="Asia/Seoul",
        organisation="카카오 Corp",
        reopen_last_files=False,
        page_size="Letter",
    )
    analysis = window.state.analysis
    assert analysis.settings.tz == "Asia/Seoul"
    assert tile(text_for("en"), analysis.kpis[0]).detail.startswith("target 99.50 %")
    assert window.tz_label.text() == "Time zone: Asia/Seoul (UTC+09:00)"


def test_an_unknown_time_zone_is_refused_in_the_dialog(qtbot):
    dialog = PreferencesDialog(Preferences(timezone="UTC"))
    qtbot.addWidget(dialog)
    dialog.widgets["timezone"].setCurrentText("Mars/Olympus")
    dialog.accept()
    assert dialog.result() != PreferencesDialog.DialogCode.Accepted
    assert "Mars/Olympus" in dialog.error_label.text()


def test_the_time_zone_refusal_is_korean_in_korean(qtbot):
    install_translators("ko")
    try:
        dialog = PreferencesDialog(Preferences(timezone="UTC"))
        qtbot.addWidget(dialog)
        dialog.widgets["timezone"].setCurrentText("Mars/Olympus")
        dialog.accept()
        assert dialog.error_label.text() == (
            "알 수 없는 시간대 'Mars/Olympus'입니다(Asia/Seoul 같은 IANA 이름을 쓰세요)"
        )
    finally:
        install_translators("en")


def test_header_mappings_are_remembered_per_exact_headers(gui_settings):
    gui_settings.remember_mapping(["a", "when"], {"started_at": "when"})
    assert AppSettings().mapping_for(["a", "when"]) == {"started_at": "when"}
    assert AppSettings().mapping_for(["when", "a"]) is None


def test_window_size_and_splitters_are_remembered(qtbot, window):
    window.resize(790, 520)
    size = window.size()
    splitter = window.findChildren(QSplitter)[0]
    splitter.setSizes([100, 300])
    saved = splitter.saveState()
    window.close()
    again = MainWindow(AppSettings(), ErrorReporter())
    qtbot.addWidget(again)
    assert again.size() == size
    assert size.height() == 520
    assert again.findChildren(QSplitter)[0].saveState() == saved


def test_filters_change_the_kpis(qtbot, window, write_csv):
    load_and_wait(qtbot, window, [write_csv("a.csv", SMALL_CSV)])
    incidents = {k.key: k.value for k in window.state.analysis.kpis}["incidents"]
    assert incidents == 3
    window.filter_bar.severities["critical"].setChecked(False)
    wait_analysed(qtbot, window)
    assert {k.key: k.value for k in window.state.analysis.kpis}["incidents"] == 2


def test_a_new_time_zone_rereads_the_sample_s_naive_times_in_it(
    qtbot, window, write_csv, monkeypatch
):
    """Files read as they are (the sample) are read again; the library keeps UTC times."""
    naive = write_csv("naive.csv", "id,service,started_at,resolved_at\nN-1,api,2024-01-10 09:00,\n")
    for module in (main_window, library_import_flow):
        monkeypatch.setattr(module, "sample_data_files", lambda: [naive])
    window.app_settings.set_preferences(Preferences(timezone="UTC"))
    window.state.set_settings(Preferences(timezone="UTC").analysis_settings())
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        window.load_sample()
    assert window.importer.sample_mode
    utc_start = window.state.dataset.incidents["started_at"].iloc[0]

    def choose(dialog: PreferencesDialog) -> int:
        dialog.widgets["timezone"].setCurrentText("Asia/Seoul")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        window.actions.preferences.trigger()
    wait_analysed(qtbot, window)
    seoul_start = window.state.dataset.incidents["started_at"].iloc[0]
    # 09:00 in Seoul (UTC+9) is midnight UTC, nine hours before 09:00 UTC.
    assert (utc_start - seoul_start).total_seconds() == 9 * 3600


def test_each_preference_is_kept_under_its_own_key(gui_settings):
    chosen = Preferences(
        slo_pct=99.5,
        notice_hours=4.0,
        timezone="Asia/Seoul",
        organisation="Kakao",
        page_size="Letter",
        language="ko",
        reopen_last_files=False,
        library_path="/tmp/library.duckdb",
    )
    gui_settings.set_preferences(chosen)
    q = QSettings()
    assert sorted(k for k in q.allKeys() if k.startswith("prefs/")) == sorted(
        f"prefs/{name}" for name in asdict(chosen)
    )
    assert AppSettings(q).preferences() == chosen
    q.setValue("prefs/page_size", "A3")  # no such choice: the default again
    q.setValue("prefs/slo_pct", "not a number")
    read = AppSettings(q).preferences()
    assert (read.page_size, read.slo_pct) == ("A4", 99.9)


def test_the_form_is_made_from_the_schema(qtbot):
    dialog = PreferencesDialog(Preferences(timezone="UTC", notice_hours=3.0))
    qtbot.addWidget(dialog)
    slo, notice = dialog.widgets["slo_pct"], dialog.widgets["notice_hours"]
    assert (slo.minimum(), slo.maximum(), slo.decimals(), slo.suffix()) == (50.0, 99.999, 3, " %")
    assert (notice.minimum(), notice.maximum(), notice.value(), notice.suffix()) == (
        0.5,
        72.0,
        3.0,
        " h",
    )
    assert notice.toolTip() == (
        "outages this long or longer are flagged for user notice (default 2)"
    )
    assert dialog.preferences() == Preferences(timezone="UTC", notice_hours=3.0)


def test_a_server_library_with_its_password_is_never_kept(qtbot):
    dialog = PreferencesDialog(Preferences(timezone="UTC"))
    qtbot.addWidget(dialog)
    dialog.widgets["library_path"].setText("postgresql://alice:s3cret@db.example/reliability")
    dialog.accept()
    assert dialog.result() != PreferencesDialog.DialogCode.Accepted
    assert "~/.pgpass" in dialog.error_label.text()
    dialog.widgets["library_path"].setText("postgresql://alice@db.example/reliability")
    dialog.accept()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert dialog.preferences().library_path == "postgresql://alice@db.example/reliability"
