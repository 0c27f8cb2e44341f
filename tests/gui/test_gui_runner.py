"""The analysis runs on a worker, the latest request winning; hidden views draw when shown.

Data: gui_flow_data.SMALL_CSV (UTC): api has A-1 (60 min full outage) and A-2 (120 min partial
outage); 결제 has B-2 (45 min degraded); B-1 is rejected.
"""

from __future__ import annotations

import threading
from datetime import date

import pytest
from gui_flow_data import SMALL_CSV, load_and_wait, wait_analysed

from desktop_app.core.window import Window
from desktop_app.ui.jobs import analysis_runner, export_flow
from desktop_app.ui.settings import ALL_DATA, CURRENT_SELECTION, ReportOptions


@pytest.fixture
def loaded(qtbot, window, write_csv):
    load_and_wait(qtbot, window, [write_csv("small.csv", SMALL_CSV)])
    return window


@pytest.fixture
def held(monkeypatch):
    """The worker's ``analyse``, holding its first call until ``release`` is set; ``asked``
    lists the services of every selection it was called for."""
    release, started = threading.Event(), threading.Event()
    asked: list[tuple[str, ...] | None] = []
    real = analysis_runner.analyse

    def analyse(incidents, selection, settings, **options):
        asked.append(selection.services)
        if len(asked) == 1:
            started.set()
            release.wait(30)
        return real(incidents, selection, settings, **options)

    monkeypatch.setattr(analysis_runner, "analyse", analyse)
    return release, started, asked


def test_of_two_quick_filter_changes_only_the_second_is_shown(qtbot, loaded, held):
    release, started, asked = held
    shown = []
    loaded.state.analysisChanged.connect(shown.append)
    loaded.show_only_service("api")
    assert started.wait(10)  # the first analysis is running on the worker, held there
    loaded.show_only_service("결제")
    assert loaded.state.is_analysing
    release.set()  # the first one's result now arrives, after the second was asked for
    wait_analysed(qtbot, loaded)
    assert asked == [("api",), ("결제",)]
    assert [a.selection.services for a in shown] == [("결제",)]
    analysis = loaded.state.analysis
    assert analysis.selection.services == ("결제",)
    assert analysis.metrics.overall.downtime_minutes == 0  # B-2 is degraded: weight 0
    assert all(view.analysis() is analysis for view in loaded.views.values())
    assert loaded.views["overview"].trends.mttr.distribution.minutes.tolist() == [45.0]
    loaded.show_view("incidents")
    assert loaded.views["incidents"].current_table()["ID"].tolist() == ["B-2"]


def test_a_request_waiting_behind_a_newer_one_never_runs(qtbot, loaded, held):
    release, started, asked = held
    shown = []
    loaded.state.analysisChanged.connect(shown.append)
    loaded.show_only_service("api")
    assert started.wait(10)
    loaded.show_only_service("결제")
    loaded.show_only_service("api")
    release.set()
    wait_analysed(qtbot, loaded)
    assert asked == [("api",), ("api",)]  # the one for 결제 was replaced while it waited
    assert len(shown) == 1 and shown[0].selection.services == ("api",)
    # api: A-1 60 min full + A-2 120 min partial x 0.3
    assert shown[0].metrics.overall.downtime_minutes == 96


def test_the_busy_bar_shows_while_an_analysis_takes_long(qtbot, loaded, held):
    release, started, _asked = held
    loaded.show_only_service("api")
    assert started.wait(10)
    qtbot.waitUntil(loaded.busy_bar.isVisible, timeout=5_000)
    release.set()
    wait_analysed(qtbot, loaded)
    assert not loaded.busy_bar.isVisible()


def test_a_hidden_view_draws_when_it_is_shown(qtbot, loaded):
    timeline = loaded.views["timeline"]
    assert loaded.current_view_name() == "overview" and timeline.is_stale()
    loaded.show_view("timeline")
    assert len(timeline.bars["full_outage"]) == 1
    loaded.show_view("overview")
    loaded.show_only_service("결제")
    wait_analysed(qtbot, loaded)
    assert timeline.analysis() is loaded.state.analysis
    assert timeline.is_stale()
    assert len(timeline.bars["full_outage"]) == 1  # still the bars of every service
    loaded.show_view("timeline")
    assert not timeline.is_stale()
    assert len(timeline.bars["full_outage"]) == 0 and len(timeline.bars["degraded"]) == 1
    assert not loaded.views["overview"].is_stale()


@pytest.fixture
def reported(monkeypatch):
    """The analyses the PDF export builds its report from, with the thread that made each."""
    made: list[tuple[object, bool]] = []
    real_build, real_analyse = export_flow.build_report_model, export_flow.analyse

    def analyse(*args, **kwargs):
        made.append(("analysed", threading.current_thread() is threading.main_thread()))
        return real_analyse(*args, **kwargs)

    def build(analysis, *args, **kwargs):
        made.append((analysis, threading.current_thread() is threading.main_thread()))
        return real_build(analysis, *args, **kwargs)

    monkeypatch.setattr(export_flow, "analyse", analyse)
    monkeypatch.setattr(export_flow, "build_report_model", build)
    return made


def test_the_report_of_the_current_selection_reuses_its_analysis(qtbot, loaded, tmp_path, reported):
    options = ReportOptions(period=CURRENT_SELECTION)
    selection = loaded.exporter.report_selection(options)
    with qtbot.waitSignal(loaded.exporter.exported, timeout=60_000):
        loaded.exporter.write_pdf(tmp_path / "current.pdf", options=options, selection=selection)
    assert reported == [(loaded.state.analysis, False)]  # built on the export worker


def test_the_report_of_another_period_is_analysed_off_the_ui_thread(
    qtbot, loaded, tmp_path, reported
):
    loaded.show_only_service("api")
    wait_analysed(qtbot, loaded)
    assert loaded.exporter.report_selection(ReportOptions(period=ALL_DATA)) == (
        loaded.state.selection
    )  # the window shows all the data already
    loaded.state.clock = lambda _tz: date(2025, 3, 1)
    options = ReportOptions(period="Last year")
    selection = loaded.exporter.report_selection(options)
    assert selection.services == ("api",)
    tz = loaded.state.settings.tz
    assert selection.window == Window.from_dates(date(2024, 1, 1), date(2024, 12, 31), tz)
    with qtbot.waitSignal(loaded.exporter.exported, timeout=60_000):
        loaded.exporter.write_pdf(tmp_path / "all.pdf", options=options, selection=selection)
    (analysed, analysed_on_ui), (analysis, built_on_ui) = reported
    assert analysed == "analysed" and not analysed_on_ui and not built_on_ui
    assert analysis is not loaded.state.analysis
    assert analysis.selection == selection and analysis.services == ("api",)


def test_an_analysis_that_fails_on_the_worker_reaches_the_error_dialog(qtbot, loaded, monkeypatch):
    shown = loaded.state.analysis

    def broken(*_args, **_options):
        raise RuntimeError("the engine broke")

    monkeypatch.setattr(analysis_runner, "analyse", broken)
    with qtbot.waitSignal(loaded.reporter.errorReported, timeout=10_000) as reported:
        loaded.show_only_service("api")
    assert "the engine broke" in reported.args[0]
    assert "RuntimeError" in reported.args[1]
    wait_analysed(qtbot, loaded)
    assert loaded.state.analysis is shown  # the figures shown stay as they were
