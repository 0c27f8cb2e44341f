"""One selection through the GUI state, ``summary --json``, the report model and the PDF:
every figure agrees, and the views show the report's words (issue 12)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.assets import sample_data_files
from desktop_app.cli import main
from desktop_app.core.analysis import Selection
from desktop_app.core.dataset import Dataset
from desktop_app.core.metrics.figures import Figures
from desktop_app.core.model import ReadOptions
from desktop_app.core.reading.reader import read_incident_files
from desktop_app.core.reporting.report_model import build_report_model
from desktop_app.core.reporting.summary_json import figures_json
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window
from desktop_app.text import text_for
from desktop_app.text.kpis import tile
from desktop_app.text.report import report_text
from desktop_app.ui.state import AppState
from desktop_app.ui.views.incidents import IncidentsView
from desktop_app.ui.views.overview import OverviewView
from desktop_app.ui.views.services import ServicesView

_EN = text_for("en")

TZ = "Asia/Seoul"
SERVICES = ("결제", "메시지 전송", "Search API")
OPTIONS = [
    "--tz", TZ, "--from", "2021-01-01", "--to", "2021-06-30", "--granularity", "month",
    "--severity", "critical", "--severity", "major", "--partial-weight", "0.5",
    *(arg for service in SERVICES for arg in ("--service", service)),
]  # fmt: skip


@pytest.fixture(scope="module")
def sample() -> list[str]:
    return [str(path) for path in sample_data_files()]


@pytest.fixture
def gui_analysis(qtbot, sample: list[str]):
    """The same choices made in the window's state: settings, then the selection."""
    state = AppState(Settings(tz=TZ, partial_weight=0.5))
    state.set_dataset(Dataset.read_only(read_incident_files(sample, ReadOptions(tz=TZ))))
    window = Window.from_dates(date(2021, 1, 1), date(2021, 6, 30), TZ)
    state.set_selection(
        Selection(window, SERVICES, ("critical", "major"), "month"),
    )
    assert state.wait_idle()
    assert state.analysis is not None
    assert state.analysis.selection.window == window
    return state.dataset, state.analysis


@pytest.fixture
def cli_json(sample: list[str], capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["summary", *sample, *OPTIONS, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_gui_state_and_summary_json_agree_on_every_figure(gui_analysis, cli_json) -> None:
    _, analysis = gui_analysis
    metrics = analysis.metrics
    assert cli_json["window"] == metrics.window.to_json()
    assert cli_json["overall"] == figures_json(metrics.overall)
    assert cli_json["overall"]["incidents"] > 10  # a selection with something to agree on
    gui_services = [
        {"service": row["service"], **figures_json(Figures.from_row(row))}
        for row in metrics.services.to_dict("records")
    ]
    assert cli_json["services"] == gui_services
    gui_periods = [
        figures_json(Figures.from_row(row)) for row in metrics.periods.to_dict("records")
    ]
    assert [
        {k: v for k, v in p.items() if k not in ("start", "end")} for p in cli_json["periods"]
    ] == gui_periods


def test_the_report_model_and_the_views_say_what_the_figures_are(
    qtbot, gui_analysis, cli_json
) -> None:
    imported, analysis = gui_analysis
    built = build_report_model(analysis, imported, title="t", organisation="o")
    report = report_text(built, text_for("en"))
    overall = cli_json["overall"]
    kpis = {kpi.key: shown for kpi, shown in report.tiles}
    assert kpis == {k.key: tile(text_for("en"), k) for k in analysis.kpis}
    assert kpis["incidents"].value == f"{overall['incidents']:,}"
    assert kpis["mttr"].value == _EN.minutes(overall["mttr_median_minutes"])
    assert kpis["mttr"].detail.startswith(f"n = {overall['mttr_n']} · ")
    low, high = overall["mttr_median_low_minutes"], overall["mttr_median_high_minutes"]
    assert kpis["mttr"].note.startswith(f"90 % interval {_EN.minutes(low)} – {_EN.minutes(high)}")
    rows = {row.service: row for row in report.services}
    for service in cli_json["services"]:
        row = rows[service["service"]]
        assert row.incidents == f"{service['incidents']:,}"
        assert row.mttr_n == f"{service['mttr_n']:,}"
        assert row.mttr == _EN.minutes(service["mttr_median_minutes"])
    assert report.trends.mttr_counts == [p["mttr_n"] for p in cli_json["periods"]]
    assert report.trends.mttr_low == [p["mttr_median_low_minutes"] for p in cli_json["periods"]]

    overview = OverviewView()
    qtbot.addWidget(overview)
    overview.show()
    overview.set_analysis(analysis)
    for key, kpi in kpis.items():
        card = overview.card(key)
        assert (card.value.text(), card.detail.text()) == (kpi.value, kpi.detail)
        assert (card.change.text() or None) == kpi.change_text
    tally = analysis.tally
    assert tally.incidents == overall["incidents"]
    assert overview.counted.text() == text_for("en").tally(tally)
    assert overview.counted.text().startswith(f"{overall['incidents']:,} incidents · ")
    incidents = IncidentsView()
    qtbot.addWidget(incidents)
    incidents.set_analysis(analysis)
    assert incidents.incidents.count.text() == text_for("en").tally(tally)

    services = ServicesView()
    qtbot.addWidget(services)
    services.set_analysis(analysis)
    model = services.model
    shown = {model.index(r, 0).data(): model.index(r, 6).data() for r in range(model.rowCount())}
    assert {name: row.mttr_interval for name, row in rows.items()} == shown


def test_the_pdf_prints_the_same_figures(
    tmp_path: Path, sample: list[str], gui_analysis, cli_json
) -> None:
    target = tmp_path / "agree.pdf"
    assert main(["report", *sample, *OPTIONS, "-o", str(target)]) == 0
    imported, analysis = gui_analysis
    report = report_text(
        build_report_model(analysis, imported, title="t", organisation="o"), text_for("en")
    )
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(target).pages]
    for _, kpi in report.tiles:
        assert kpi.value in pages[0] and kpi.detail in pages[0].replace("\n", " ")
    services_page = next(p for p in pages if p.startswith("Services"))
    for row in report.services:
        assert f"{row.service} {row.availability} {row.downtime} {row.incidents}" in services_page
        assert f"{row.mttr} {row.mttr_n} {row.mttr_interval}" in services_page
