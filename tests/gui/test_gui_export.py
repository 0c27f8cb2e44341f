"""Export PDF… and Export table as CSV…: save dialog, overwrite question, off-thread writing."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_flow_data import SMALL_CSV, load_and_wait, wait_analysed
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.core.window import period_slug
from desktop_app.ui.i18n import current_language


@pytest.fixture
def loaded(qtbot, window, write_csv):
    load_and_wait(qtbot, window, [write_csv("a.csv", SMALL_CSV)])
    return window


@pytest.fixture(autouse=True)
def report_dialog(monkeypatch):
    """The Export PDF dialog answers at once; ``choices`` may edit it first (as a user)."""
    from desktop_app.ui.dialogs.report_dialog import ReportDialog

    choices: list = []
    shown: list[ReportDialog] = []

    def exec_(self) -> int:
        shown.append(self)
        for choose in choices:
            choose(self)
        return ReportDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportDialog, "exec", exec_)
    return choices, shown


def _save_as(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def _answer(monkeypatch, button, questions: list[str]) -> None:
    def question(parent, title, text, *args, **kwargs):
        questions.append(title)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)


def test_export_pdf_writes_the_report_and_offers_to_open_it(qtbot, loaded, tmp_path, monkeypatch):
    questions: list[str] = []
    _save_as(monkeypatch, tmp_path / "report")
    _answer(monkeypatch, QMessageBox.StandardButton.Close, questions)
    with qtbot.waitSignal(loaded.exporter.exported, timeout=60_000) as exported:
        loaded.actions.export_pdf.trigger()
    assert exported.args[0] == str(tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert questions == ["Export finished"]


def test_export_asks_before_overwriting_and_no_keeps_the_old_file(
    qtbot, loaded, tmp_path, monkeypatch
):
    old = tmp_path / "report.pdf"
    old.write_bytes(b"old report")
    questions: list[str] = []
    _save_as(monkeypatch, old)
    _answer(monkeypatch, QMessageBox.StandardButton.No, questions)
    assert loaded.exporter.export_pdf() is None
    assert questions == ["Replace file?"]
    assert old.read_bytes() == b"old report"


def test_export_table_saves_the_incidents_view_as_csv(qtbot, loaded, tmp_path, monkeypatch):
    loaded.show_view("incidents")
    assert loaded.actions.export_csv.isEnabled()
    _save_as(monkeypatch, tmp_path / "incidents.csv")
    _answer(monkeypatch, QMessageBox.StandardButton.Close, [])
    with qtbot.waitSignal(loaded.exporter.exported, timeout=10_000):
        loaded.actions.export_csv.trigger()
    text = (tmp_path / "incidents.csv").read_text(encoding="utf-8-sig")
    assert "A-1" in text
    assert "결제 지연" in text


def test_export_table_is_off_for_views_without_a_table(loaded):
    loaded.show_view("overview")
    assert not loaded.actions.export_csv.isEnabled()
    assert loaded.actions.export_pdf.isEnabled()


def test_a_failed_write_is_reported_not_silent(qtbot, loaded, tmp_path, monkeypatch):
    folder = tmp_path / "not-a-folder"
    folder.write_text("a file where a folder should be")
    _save_as(monkeypatch, folder / "report.pdf")
    with qtbot.waitSignal(loaded.reporter.errorReported, timeout=60_000) as reported:
        loaded.actions.export_pdf.trigger()
    assert reported.args[0].startswith("Could not write report.pdf")
    assert loaded.error_dialog.isVisible()


def test_csv_export_writes_the_table_as_shown(qtbot, loaded, tmp_path, monkeypatch):
    """Times in the chosen zone (the screen's dates, not UTC's) as wall-clock times a
    spreadsheet reads as dates, the zone named in their headers; durations as displayed plus
    minutes; UTF-8 with a BOM so Excel reads the Korean; named after the period."""
    from dataclasses import replace

    loaded.state.set_settings(replace(loaded.state.settings, tz="Asia/Seoul"))
    wait_analysed(qtbot, loaded)
    loaded.show_view("incidents")
    table = loaded.views["incidents"].incidents
    table.search.setText("api")
    _save_as(monkeypatch, tmp_path / "incidents.csv")
    _answer(monkeypatch, QMessageBox.StandardButton.Close, [])
    with qtbot.waitSignal(loaded.exporter.exported, timeout=10_000):
        loaded.actions.export_csv.trigger()
    raw = (tmp_path / "incidents.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == (
        "ID,Service,Title,Severity,Impact,Start (Asia/Seoul),End (Asia/Seoul),Duration,"
        "Duration (min),User notice"
    )
    # 2024-01-10 10:00-11:00 UTC is 19:00-20:00 in Seoul, as the table shows it
    assert lines[1] == (
        "A-1,api,API down,Critical,Full outage,2024-01-10 19:00,2024-01-10 20:00,1 h 0 min,60.0,"
    )
    assert lines[2].startswith("A-2,api,Slow API,Minor,Partial outage,2024-02-05 17:00,")
    assert ",2 h 0 min,120.0," in lines[2]
    assert lines[3:] == [""]  # the search kept api's two incidents only


def test_the_pdf_dialog_is_remembered_and_names_the_file_after_the_period(
    qtbot, loaded, tmp_path, monkeypatch, report_dialog, gui_settings
):
    from datetime import date

    from pypdf import PdfReader

    choices, shown = report_dialog
    loaded.state.clock = lambda _tz: date(2024, 5, 10)  # the last full quarter is 2024 Q1

    def choose(dialog) -> None:
        dialog.title_edit.setText("Q1 review")
        dialog.org_edit.setText("Payments & Co")
        dialog.period_combo.setCurrentIndex(dialog.period_combo.findData("Last quarter"))
        dialog.appendices_check.setChecked(False)

    choices.append(choose)
    defaults: list[str] = []

    def save_as(parent, caption, default, *args, **kwargs):
        defaults.append(default)
        return str(tmp_path / "out.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    _answer(monkeypatch, QMessageBox.StandardButton.Close, [])
    with qtbot.waitSignal(loaded.exporter.exported, timeout=60_000):
        loaded.actions.export_pdf.trigger()
    assert defaults[0].endswith("reliability-2024-Q1.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "out.pdf").pages)
    assert "Q1 review" in text and "Payments & Co" in text
    assert "Appendix" not in text  # appendices off
    # the next export starts from these choices
    choices.clear()
    assert loaded.exporter.ask_report_options() == gui_settings.report_options()
    dialog = shown[-1]
    assert dialog.title_edit.text() == ""  # a title names its period: not carried over
    assert dialog.org_edit.text() == "Payments & Co"  # the organisation is
    assert dialog.period_combo.currentData() == "Last quarter"
    assert not dialog.appendices_check.isChecked()


def test_period_slugs():
    from desktop_app.core.window import Window, period_slug

    assert period_slug(Window.from_dates("2021-10-01", "2021-12-31", "UTC")) == "2021-Q4"
    assert period_slug(Window.from_dates("2021-12-01", "2021-12-31", "UTC")) == "2021-12"
    assert period_slug(Window.from_dates("2021-01-01", "2021-12-31", "UTC")) == "2021"
    assert period_slug(Window.from_dates("2021-11-01", "2022-01-31", "UTC")) == (
        "2021-11-01_2022-01-31"
    )


def test_the_report_is_written_in_the_language_chosen_for_it(
    qtbot, loaded, tmp_path, monkeypatch, report_dialog
):
    """An English session exporting a Korean report: Korean throughout, its filters too."""
    from pypdf import PdfReader

    choices, _ = report_dialog
    loaded.filter_bar.services.only("api")

    def choose_korean(dialog) -> None:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ko"))

    choices.append(choose_korean)
    _save_as(monkeypatch, tmp_path / "report.pdf")
    _answer(monkeypatch, QMessageBox.StandardButton.Close, [])
    assert current_language() == "en"  # an English session
    with qtbot.waitSignal(loaded.exporter.exported, timeout=60_000):
        loaded.actions.export_pdf.trigger()
    first = PdfReader(tmp_path / "report.pdf").pages[0].extract_text()
    assert "필터: api (서비스 2개 중 1개)" in first and "요약" in first
    assert "Showing" not in first and "In brief" not in first


def test_the_csv_is_named_after_the_period(qtbot, loaded, tmp_path, monkeypatch):
    offered = []

    def save(*args, **kwargs):
        offered.append(Path(args[2]).name)
        return str(tmp_path / "out.csv"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    _answer(monkeypatch, QMessageBox.StandardButton.Close, [])
    loaded.show_view("incidents")
    with qtbot.waitSignal(loaded.exporter.exported, timeout=10_000):
        loaded.actions.export_csv.trigger()
    slug = period_slug(loaded.state.analysis.window)
    assert offered == [f"incidents-{slug}.csv"]
    assert slug.startswith("2024")  # the data's period, not today
