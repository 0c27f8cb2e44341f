"""The PDF read back with pypdf: pages, figures, Korean, literal markup, metadata, failures."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pandas as pd
import pytest
import report_data as data
from pypdf import PdfReader

from desktop_app.core.analysis import Selection, analyse
from desktop_app.core.reporting.report_model import ReportModel, build_report_model
from desktop_app.core.window import Window
from desktop_app.core.writing import atomic
from desktop_app.report import ReportWriteError, write_report_pdf
from desktop_app.text import text_for
from desktop_app.text.report import report_text

_EN = text_for("en")

#: summary with the day calendar; trends; services, time to resolve, longest incidents and
#: the method flowing on (two pages); appendices A and B sharing the last page
PAGES = 5


def make_model(table: pd.DataFrame | None = None, title: str = "March review") -> ReportModel:
    return build_report_model(
        data.analysis(table), data.imported(table), title=title, organisation="Kakao <Ops> & Co"
    )


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    return write_report_pdf(make_model(), path)


def test_page_count_and_page_numbers(report_pdf: Path) -> None:
    texts = page_texts(report_pdf)
    assert len(texts) == PAGES
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {PAGES}" in text
        assert "March review" in text  # header on every page


def test_kpi_figures_equal_the_core(report_pdf: Path) -> None:
    overall = data.analysis().metrics.overall
    summary = page_texts(report_pdf)[0]
    assert _EN.pct(overall.availability_pct) == "99.77 %"
    for figure in (
        _EN.pct(overall.availability_pct),
        _EN.minutes(overall.downtime_minutes),
        _EN.count(overall.incidents),
        _EN.minutes(overall.mttr_median_minutes),
        _EN.minutes(overall.mttr_minutes),
    ):
        assert figure in summary


def test_korean_and_markup_titles_appear_literally(report_pdf: Path) -> None:
    text = "\n".join(page_texts(report_pdf))
    assert data.KOREAN_TITLE in text
    assert data.MARKUP_TITLE in text
    assert "<b>bad</b> & <font> row" in text  # a rejected row's reason
    assert "Kakao <Ops> & Co" in text


def test_metadata(report_pdf: Path) -> None:
    meta = PdfReader(report_pdf).metadata
    assert meta.title == "March review"
    assert meta.author == "Kakao <Ops> & Co"
    assert meta.subject == "Availability and incidents, 1 Mar 2020 – 31 Mar 2020"


def test_fonts_are_embedded(report_pdf: Path) -> None:
    fonts = set()
    for page in PdfReader(report_pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            if descriptor is not None:
                fonts.add("/FontFile2" in descriptor.get_object())
    assert fonts == {True}


def test_letter_size(tmp_path: Path) -> None:
    path = write_report_pdf(make_model(), tmp_path / "letter.pdf", page_size="Letter")
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    with pytest.raises(ValueError, match="page size"):
        write_report_pdf(make_model(), tmp_path / "x.pdf", page_size="A3")


def test_long_and_huge_titles_wrap_without_breaking(tmp_path: Path) -> None:
    long_title = " ".join(["아주긴제목"] * 40) + " " + "x" * 300
    extra = [
        {
            "incident_id": "KT-9",
            "service": "KakaoTalk",
            "title": long_title,
            "severity": "major",
            "impact": "full_outage",
            "started_at": "2020-03-20T10:00",
            "resolved_at": "2020-03-20T20:00",
            "cause": "y" * 5_000_000,
        },
    ]
    path = write_report_pdf(make_model(data.incidents(extra), title=long_title), tmp_path / "l.pdf")
    texts = page_texts(path)
    assert len(texts) >= PAGES  # a very long title may push the summary onto two pages
    assert texts[0].startswith("아주긴제목 아주긴제목")
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]


def test_progress_is_reported_and_can_cancel(tmp_path: Path) -> None:
    seen: list[float] = []
    write_report_pdf(make_model(), tmp_path / "p.pdf", progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 3

    def cancel(fraction: float) -> None:
        if fraction > 0.3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_report_pdf(make_model(), tmp_path / "c.pdf", progress=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.pdf"]


def test_unwritable_folder_fails_cleanly(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    target = not_a_folder / "report.pdf"
    with pytest.raises(ReportWriteError) as caught:
        write_report_pdf(make_model(), target)
    assert str(target) in str(caught.value)
    assert caught.value.reason
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_failed_replace_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old report")

    def full_disk(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "replace", full_disk)
    with pytest.raises(ReportWriteError, match="No space left on device") as caught:
        write_report_pdf(make_model(), target)
    assert caught.value.path == str(target)
    assert target.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_period_without_incidents(tmp_path: Path) -> None:
    window = Window.from_dates("2019-01-01", "2019-01-31", "Asia/Seoul")
    analysis = analyse(data.incidents(), Selection(window=window), data.SETTINGS)
    model = build_report_model(analysis, data.imported(), title="Quiet", organisation="")
    # The import covers March 2020 only (issue 22): January 2019 has no figure, not 100 %.
    assert report_text(model, text_for("en")).sentences[0] == (
        "No imported data covers the period, so availability is not known; no incidents."
    )
    texts = page_texts(write_report_pdf(model, tmp_path / "quiet.pdf"))
    assert len(texts) == PAGES
    assert "No incident caused downtime in the period." in texts[0]
    assert "Appendix A · Every incident of the period (0)" in "\n".join(texts)


def test_no_previous_period_is_said_once(report_pdf: Path) -> None:
    """The fixture's data starts in March 2020: nothing to compare with, said once."""
    text = "\n".join(page_texts(report_pdf)).replace("\n", " ")
    assert text.count("No previous period to compare") == 1
    assert "no previous period to compare" not in text


def test_worst_incidents_show_their_cause(report_pdf: Path) -> None:
    summary = "".join(page_texts(report_pdf)[0].split())  # the cell wraps
    assert "일시적인시스템불안정" in summary


def test_day_calendar_and_time_to_resolve(report_pdf: Path) -> None:
    texts = page_texts(report_pdf)
    # resolved: KS-1 180 min, KT-1 79 min -> median 129.5 min, p90 79 + 0.9 x 101 = 169.9
    services_page = next(t for t in texts if "Time to resolve" in t)
    assert "Day by day" in services_page and "2020-03" in services_page
    assert "median 2 h 10 min" in services_page and "p90 2 h 50 min" in services_page
    assert "Longest incidents" in services_page


def test_the_data_appendix_lists_what_was_assumed(tmp_path: Path) -> None:
    """Findings (issue 11) are listed after the rows not imported, with file and line."""
    from desktop_app.core.library.records import STORED
    from desktop_app.core.model import Finding

    result = data.imported()
    result.findings = [
        Finding("/data/k.csv", "title_block", STORED(text="the header is on row 4 <b>"), line=4),
        Finding("/data/k.csv", "no_impact_column", STORED(text="no impact column: full outages")),
    ]
    model = build_report_model(data.analysis(), result, title="t", organisation="")
    path = write_report_pdf(model, tmp_path / "f.pdf")
    last = page_texts(path)[-1]
    assert "What was assumed (2)" in last
    assert "the header is on row 4 <b>" in last  # plain text, not markup
    assert "no impact column: full outages" in last


def test_a_one_incident_report_wastes_no_page(tmp_path: Path) -> None:
    one = data.incidents().iloc[[0]]
    window = Window.from_dates("2020-03-01", "2020-03-31", "Asia/Seoul")
    analysis = analyse(one, Selection(window=window), data.SETTINGS)
    model = build_report_model(analysis, data.imported(), title="One", organisation="")
    texts = page_texts(write_report_pdf(model, tmp_path / "one.pdf"))
    last = texts[-1]
    assert "Appendix A" in last and "Appendix B" in last  # short appendices share a page
    assert len(texts) <= PAGES
