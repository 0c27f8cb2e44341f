"""The window in Korean: tabs, KPI tiles, durations, the notice column and the status bar.

SMALL_CSV in Asia/Seoul: A-1 a 1 h full outage, A-2 a 2 h partial outage (at the user-notice
threshold), B-2 45 min of degraded performance; B-1 has no start date and is rejected.
"""

from __future__ import annotations

import pytest
from gui_flow_data import SMALL_CSV, load_and_wait, wait_analysed
from PySide6.QtCore import Qt

from desktop_app.core.model import NO_SERVICE
from desktop_app.text import text_for
from desktop_app.text.kpis import tile
from desktop_app.ui.i18n import install_translators, resolved_language
from desktop_app.ui.settings import Preferences


@pytest.fixture
def korean_window(open_window, gui_settings):
    install_translators("ko")
    gui_settings.set_preferences(Preferences(timezone="Asia/Seoul"))
    yield open_window()
    install_translators("en")


def test_the_window_speaks_korean(qtbot, korean_window, write_csv):
    window = korean_window
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["개요", "타임라인", "달력", "장애 목록", "서비스"]
    assert window.menuBar().actions()[0].text() == "파일(&F)"
    load_and_wait(qtbot, window, [write_csv("a.csv", SMALL_CSV)])
    tiles = {kpi.key: tile(text_for("ko"), kpi) for kpi in window.state.analysis.kpis}
    assert tiles["availability"].label == "가용성"
    # 60 min + 0.3 x 120 min = 1 h 36 min of downtime; degraded counts 0
    assert tiles["downtime"].value == "1시간 36분"
    assert window.tz_label.text() == "시간대: KST (UTC+9)"
    trends = window.views["overview"].trends
    assert trends.series.item(0).text() == "전체"  # the overall line, still keyed "Overall"
    assert trends.shown_series() == {"Overall"}


def test_rejected_rows_and_notes_are_korean(qtbot, korean_window, write_csv):
    """B-1 (line 4) has no readable start; SMALL_CSV's times carry a zone, so no zone note."""
    window = korean_window
    load_and_wait(qtbot, window, [write_csv("a.csv", SMALL_CSV)])
    window.notification.rejected_button.click()
    model = window.rejected_dialog.model
    reason = model.data(model.index(0, 2))
    assert reason == "4행: 'started_at' 열의 'not a date'을(를) 날짜로 읽을 수 없습니다"
    (file,) = window.state.dataset.files
    assert str(file.rejected[0].reason).startswith("line 4: cannot read 'not a date'")  # English


def test_the_incident_table_flags_notifiable_outages_in_korean(qtbot, korean_window, write_csv):
    window = korean_window
    load_and_wait(qtbot, window, [write_csv("a.csv", SMALL_CSV)])
    window.show_view("incidents")
    model = window.views["incidents"].model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[-2:] == ["지속 시간", "이용자 고지"]
    rows = {
        model.data(model.index(r, 0)): (
            model.data(model.index(r, 7)),
            model.data(model.index(r, 8)),
        )
        for r in range(model.rowCount())
    }
    assert rows == {"A-1": ("1시간", ""), "A-2": ("2시간", "고지 대상"), "B-2": ("45분", "")}


def test_the_language_follows_the_locale_unless_chosen(monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert resolved_language("") == "ko"
    assert resolved_language("en") == "en"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert resolved_language("") == "en"
    assert resolved_language("ko") == "ko"


def test_a_refused_export_is_said_in_korean(qtbot, korean_window, write_csv):
    """Writing the PDF over a loaded file is refused in the interface's language (issue 21)."""
    window = korean_window
    data = write_csv("a.csv", SMALL_CSV)
    load_and_wait(qtbot, window, [data])
    with qtbot.waitSignal(window.reporter.errorReported) as reported:
        assert window.exporter.write_pdf(data) is None
    assert f"{data}은(는) 입력 파일({data})입니다. 다른 출력 파일을 고르세요" in reported.args[0]


def test_rows_without_a_service_are_shown_in_korean(qtbot, korean_window, write_csv):
    """The stand-in service is stored as ``(no service)`` and shown translated."""
    window = korean_window
    rows = SMALL_CSV + "C-1,,No owner,minor,degraded,2024-03-02T00:00:00Z,2024-03-02T00:10:00Z\n"
    load_and_wait(qtbot, window, [write_csv("a.csv", rows)])
    picker = window.filter_bar.services
    shown = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert "(서비스 없음)" in shown and NO_SERVICE not in shown
    assert NO_SERVICE in picker.services()
    picker.only(NO_SERVICE)
    assert picker.checked() == (NO_SERVICE,)
    assert picker.text().startswith("(서비스 없음)")
    wait_analysed(qtbot, window)
    window.show_view("incidents")
    model = window.views["incidents"].model
    rows = range(model.rowCount())
    services = {model.data(model.index(r, 0)): model.data(model.index(r, 1)) for r in rows}
    assert services == {"C-1": "(서비스 없음)"}  # the picker shows only the stand-in now


def test_the_stand_in_service_is_korean_on_the_timeline_and_the_calendar(
    qtbot, korean_window, write_csv
):
    window = korean_window
    rows = SMALL_CSV + "C-1,,No owner,minor,degraded,2024-03-02T00:00:00Z,2024-03-02T00:10:00Z\n"
    load_and_wait(qtbot, window, [write_csv("a.csv", rows)])
    window.filter_bar.services.only(NO_SERVICE)
    wait_analysed(qtbot, window)
    window.show_view("timeline")
    timeline = window.views["timeline"]
    assert timeline.tooltip_text(0).splitlines()[:2] == ["No owner", "(서비스 없음) · 성능 저하"]
    window.show_view("calendar")
    calendar = window.views["calendar"]
    calendar.by_service.setChecked(True)
    assert calendar.heatmap.grid.row_labels == ["(서비스 없음)"]
    assert " · (서비스 없음)" in calendar.heatmap.day_text(0, 0)
