"""Table models: raw-value sorting, formatted display, search, details; worked by hand."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from views_data import shown, small_incidents

from desktop_app.core.analysis import Selection, analyse
from desktop_app.core.settings import DEFAULTS, Settings
from desktop_app.text import text_for
from desktop_app.text.method import definition
from desktop_app.theme import BAD_COLOUR, GOOD_COLOUR
from desktop_app.ui.models import RAW_ROLE, IncidentsTableModel, ServicesTableModel
from desktop_app.ui.views import IncidentsView, ServicesView

DESC = Qt.SortOrder.DescendingOrder


def column_texts(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_incident_model_shows_formatted_rows():
    model = IncidentsTableModel("Asia/Seoul")
    model.set_incidents(small_incidents())
    assert model.rowCount() == 5
    assert model.columnCount() == 9
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    assert headers == [
        "ID", "Service", "Title", "Severity", "Impact", "Start", "End", "Duration", "User notice"
    ]  # fmt: skip
    first = [model.data(model.index(0, c)) for c in range(8)]
    # 2024-01-10 10:00 UTC is 19:00 in Seoul (UTC+9); 60 minutes long.
    assert first == [
        "A-1", "api", "DB 장애", "Critical", "Full outage",
        "2024-01-10 19:00", "2024-01-10 20:00", "1 h 0 min",
    ]  # fmt: skip
    assert model.data(model.index(0, 7), RAW_ROLE).total_seconds() == 3600


def test_incident_model_flags_the_analysis_notifiable_outages():
    incidents = small_incidents()
    model = IncidentsTableModel("Asia/Seoul")
    model.set_incidents(incidents, notice=analyse(incidents, Selection(), Settings()).notice)
    # A-2 is a 2 h partial outage (notifiable); P-2's 2 h is maintenance; the rest are shorter
    assert column_texts(model, 8) == ["", "Notify users", "", "", ""]
    notice = analyse(incidents, Selection(), Settings(notice_hours=0.75)).notice
    model.set_incidents(incidents, "Asia/Seoul", notice_hours=0.75, notice=notice)
    # from 45 min: A-1 (60 min), A-2 and P-3 (45 min); P-1 (30 min) and maintenance are not
    assert column_texts(model, 8) == ["Notify users", "Notify users", "", "", "Notify users"]
    model.set_incidents(incidents)
    assert column_texts(model, 8) == [""] * 5  # no analysis, nothing flagged


def test_incident_model_sorts_on_raw_values():
    model = IncidentsTableModel()
    model.set_incidents(small_incidents())
    model.sort(7, DESC)  # durations: 60, 120, 30, 120, 45 minutes
    assert column_texts(model, 0) == ["A-2", "P-2", "A-1", "P-3", "P-1"]
    model.sort(3)  # severity in category order, not alphabetical
    assert column_texts(model, 3) == ["Critical", "Critical", "Major", "Minor", "Minor"]
    model.sort(5, DESC)
    assert column_texts(model, 0) == ["P-3", "P-2", "P-1", "A-2", "A-1"]


def test_open_incidents_sort_by_duration_as_running_to_as_of():
    incidents = small_incidents()
    incidents.loc[incidents["incident_id"] == "P-1", "resolved_at"] = pd.NaT  # still open
    started = incidents.set_index("incident_id").loc["P-1", "started_at"]
    model = IncidentsTableModel()
    model.set_incidents(incidents, as_of=started + pd.Timedelta(hours=3))  # open 180 min
    model.sort(7, DESC)  # 180 (open), 120, 120, 60, 45 minutes
    assert column_texts(model, 0) == ["P-1", "A-2", "P-2", "A-1", "P-3"]
    model.set_incidents(incidents, as_of=started + pd.Timedelta(minutes=50))  # open 50 min
    model.sort(7, DESC)
    assert column_texts(model, 0) == ["A-2", "P-2", "A-1", "P-1", "P-3"]


def test_incident_search_keeps_sort_and_matches_korean():
    model = IncidentsTableModel()
    model.set_incidents(small_incidents())
    model.sort(5, DESC)
    model.set_search_text("장애")  # titles "DB 장애" and "카드사 연동 장애"
    assert column_texts(model, 0) == ["P-3", "A-1"]
    model.set_search_text("결제")  # the service 결제 (P-1 also has it in its title)
    assert column_texts(model, 0) == ["P-3", "P-2", "P-1"]
    model.set_search_text("")
    assert model.rowCount() == 5


def test_incidents_view_double_click_opens_details(qtbot):
    view = IncidentsView()
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    qtbot.waitExposed(view)
    view.set_analysis(analyse(small_incidents(), Selection(), Settings()))
    assert view.current_table()["ID"].tolist() == ["A-1", "A-2", "P-1", "P-2", "P-3"]
    view.incidents.search.setText("카드사")
    assert view.current_table()["ID"].tolist() == ["P-3"]
    rect = view.table.visualRect(view.model.index(0, 2))
    with qtbot.waitSignal(view.incidents.detailsOpened) as opened:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    fields = dict(opened.args[0].fields)
    assert fields["Title"] == "카드사 연동 장애"
    assert fields["Cause"] == "외부"
    assert fields["Source"] == "incidents.csv, line 6"
    assert fields["Duration"] == "45 min"
    assert fields["Severity"] == "Critical (“CRITICAL” in the file)"
    opened.args[0].close()


def test_empty_view_shows_message(qtbot):
    view = IncidentsView()
    qtbot.addWidget(view)
    view.set_analysis(None)
    assert view.is_empty()
    assert view.current_table() is None


def test_services_model_marks_slo(qtbot):
    # api: 96 min down (60 full + 120 partial x 0.3) of 131,040 -> 99.9267 %;
    # 결제: 75 min down of 131,040 - 120 maintenance -> 99.9427 %.
    analysis = analyse(small_incidents(), Selection(), Settings(slo_pct=99.93))
    view = ServicesView()
    qtbot.addWidget(view)
    view.set_analysis(analysis)
    model = view.model
    assert column_texts(model, 0) == ["api", "결제"]
    assert column_texts(model, 1) == ["99.93 %", "99.94 %"]
    assert column_texts(model, 2) == ["1 h 36 min", "1 h 15 min"]
    assert column_texts(model, 3) == ["2", "2"]
    # api's two repairs took 60 and 120 min; a resample of two has its median at 60 (1 in 4),
    # 90 (2 in 4) or 120 min (1 in 4), so 90 % of resample medians lie within 60-120 min.
    assert column_texts(model, 5)[0] == "2"
    assert column_texts(model, 6)[0] == "1 h 0 min – 2 h 0 min"
    assert column_texts(model, 9) == ["no", "yes"]  # SLO met
    colours = [model.data(model.index(r, 9), Qt.ItemDataRole.ForegroundRole) for r in (0, 1)]
    assert [c.name().upper() for c in colours] == [BAD_COLOUR, GOOD_COLOUR]
    model.sort(1, DESC)
    assert column_texts(model, 0) == ["결제", "api"]
    model.sort(6, DESC)  # by the interval's low end: 결제's repairs took 30 and 45 min
    assert column_texts(model, 6) == ["1 h 0 min – 2 h 0 min", "30 min – 45 min"]
    help_text = model.headerData(6, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert help_text == definition(text_for("en"), "mttr_interval")
    assert view.current_table()["Service"].tolist() == ["api", "결제"]  # exported as shown


def test_services_model_without_frame():
    model = ServicesTableModel()
    model.set_services(None, DEFAULTS)
    assert model.rowCount() == 0


def incident_table(qtbot):
    from desktop_app.ui.views.incident_table import IncidentTable

    table = shown(qtbot, IncidentTable(), (1000, 400))
    quarter = (pd.Timestamp("2024-01-01", tz="UTC"), pd.Timestamp("2024-04-01", tz="UTC"))
    table.set_incidents(small_incidents(), "Asia/Seoul", quarter)
    return table


def test_search_matches_severity_and_impact_words_as_shown(qtbot):
    table = incident_table(qtbot)
    assert table.count.text() == "4 incidents · 1 maintenance window"
    table.search.setText("full outage")  # shown as "Full outage", stored as full_outage
    assert table.model.visible_frame()["incident_id"].tolist() == ["A-1", "P-1", "P-3"]
    assert table.count.text() == "3 incidents of 4 · 0 maintenance windows of 1"
    table.search.setText("maint")
    assert table.count.text() == "0 incidents of 4 · 1 maintenance window of 1"
    table.search.setText("no such words")
    assert table.count.text() == "0 incidents of 4 · 0 maintenance windows of 1"
    table.search.setText("Critical")
    assert table.model.visible_frame()["incident_id"].tolist() == ["A-1", "P-3"]


def test_ctrl_f_focuses_search(qtbot):
    """Offscreen windows never become active, so focus itself cannot be observed here; the
    key press reaching ``focus_search`` can."""
    table = incident_table(qtbot)
    calls = []
    table.focus_search = lambda: calls.append("search")
    qtbot.keyClick(table.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["search"]


def test_multi_row_copy_is_tab_separated(qtbot):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QAbstractItemView

    table = incident_table(qtbot)
    table.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.table.selectRow(0)
    table.table.selectionModel().select(
        table.model.index(2, 0),
        table.table.selectionModel().SelectionFlag.Select
        | table.table.selectionModel().SelectionFlag.Rows,
    )
    table.table.setFocus()
    qtbot.keyClick(table.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().split("\r\n")
    # sorted by start; times in Asia/Seoul (UTC+9), durations as shown
    assert lines[0].split("\t") == [
        "A-1", "api", "DB 장애", "Critical", "Full outage",
        "2024-01-10 19:00", "2024-01-10 20:00", "1 h 0 min", "",
    ]  # fmt: skip
    assert lines[1].split("\t")[0] == "P-1"
    assert lines[2] == ""
    menu = table.context_menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Copy 2 rows", "Copy 2 rows with headers", "Details…"]
    assert not menu.actions()[-1].isEnabled()  # details: one incident at a time


def test_table_fits_1024_with_times_whole(qtbot):
    table = incident_table(qtbot)
    table.resize(1000, 400)
    header = table.table.horizontalHeader()
    assert header.length() <= table.table.viewport().width() + 1
    metrics = table.table.fontMetrics()
    for column in (5, 6):
        assert header.sectionSize(column) > metrics.horizontalAdvance("2024-01-10 19:00") + 8
