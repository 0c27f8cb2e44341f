"""The window under issue 12's hostile situations: it never writes over a loaded file, keeps
maintenance under a severity filter, says when periods were coarsened or the zone is unknown,
and gives every figure's definition on F1."""

from __future__ import annotations

from dataclasses import replace

from gui_flow_data import load_and_wait, wait_analysed
from PySide6.QtCore import QPoint, Qt

from desktop_app.core.analysis import Selection
from desktop_app.core.settings import DEFAULT_LIMITS, Limits
from desktop_app.text import text_for
from desktop_app.text.method import definition
from desktop_app.ui.help import help_text_at

CSV = (
    "incident_id,service,severity,impact,started_at,resolved_at\n"
    "A,web,critical,full_outage,2021-03-02T10:00:00Z,2021-03-02T11:00:00Z\n"
    "B,web,minor,full_outage,2021-03-05T10:00:00Z,2021-03-05T10:30:00Z\n"
    "M,web,,maintenance,2021-03-02T09:00:00Z,2021-03-02T13:00:00Z\n"
)


def test_exports_never_write_over_a_loaded_file(qtbot, window, write_csv) -> None:
    data = write_csv("incidents.csv", CSV)
    load_and_wait(qtbot, window, [data])
    with qtbot.waitSignal(window.reporter.errorReported) as reported:
        assert window.exporter.write_pdf(data) is None
    assert "is an input file" in reported.args[0]
    frame = window.state.analysis.in_window
    with qtbot.waitSignal(window.reporter.errorReported):
        window.exporter._refused(data.parent / "." / data.name)
    assert data.read_text(encoding="utf-8") == CSV
    assert len(frame) == 3


def test_a_severity_filter_keeps_maintenance(qtbot, window, write_csv) -> None:
    load_and_wait(qtbot, window, [write_csv("incidents.csv", CSV)])
    everything = window.state.analysis.metrics.overall
    window.state.set_selection(Selection(severities=("critical",)))
    wait_analysed(qtbot, window)
    critical = window.state.analysis.metrics.overall
    # Incident A lies inside the 4 h maintenance, so it costs nothing in either selection;
    # the critical-only selection has no downtime left: 100 %.
    assert critical.maintenance_minutes == everything.maintenance_minutes == 240
    assert critical.availability_pct == 100.0 > everything.availability_pct
    assert window.views["overview"].counted.text() == "1 incident · 1 maintenance window"


def test_coarser_periods_and_a_refused_selection_are_told(qtbot, window, write_csv) -> None:
    load_and_wait(qtbot, window, [write_csv("incidents.csv", CSV)])
    # March 2021 by day: 31 periods x 1 service; a cap of 10 cells forces quarters (1 period).
    settings = window.state.settings
    with qtbot.waitSignal(window.state.notice) as told:
        window.state.set_settings(replace(settings, limits=Limits(max_grid_cells=10)))
        window.state.set_selection(Selection(granularity="day"))
    assert "periods are by" in told.args[0]
    assert window.state.analysis.metrics.options.granularity != "day"
    assert "periods are by" in window.views["overview"].assumptions.text()
    with qtbot.waitSignal(window.state.notice) as told:
        window.state.set_settings(replace(settings, limits=Limits(max_grid_cells=0)))
        window.state.set_selection(Selection(granularity="week"))
    assert "choose fewer services or a shorter window" in told.args[0]
    assert window.state.analysis is None


def test_f1_gives_the_method_page_definition(qtbot, window, write_csv) -> None:
    load_and_wait(qtbot, window, [write_csv("incidents.csv", CSV)])
    settings = window.state.settings
    card = window.views["overview"].card("mtbf")
    assert help_text_at(card.value, QPoint()) == definition(text_for("en"), "mtbf", settings)
    assert card.toolTip().count("<p>") >= 2
    window.show_view("services")
    table = window.views["services"].table
    header = table.horizontalHeader()
    model = table.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "MTBF per service"
    )
    inside = header.mapToGlobal(QPoint(header.sectionViewportPosition(column) + 5, 5))
    assert help_text_at(header, inside) == definition(text_for("en"), "mtbf_hours", settings)


def test_an_unknown_tz_is_told_not_guessed(qtbot, gui_settings, monkeypatch) -> None:
    from desktop_app.ui.errors import ErrorReporter
    from desktop_app.ui.main_window import MainWindow

    monkeypatch.setenv("TZ", "Mars/Base")
    win = MainWindow(gui_settings, ErrorReporter())
    qtbot.addWidget(win)
    assert win.state.settings.tz == "UTC"
    assert "TZ='Mars/Base' names no time zone" in win.statusBar().currentMessage()


def test_the_date_pickers_offer_only_supported_days(window) -> None:
    bar = window.filter_bar
    for edit in (bar.date_from, bar.date_to):
        assert edit.minimumDate().toPython() == DEFAULT_LIMITS.first_day
        assert edit.maximumDate().toPython() == DEFAULT_LIMITS.last_day
