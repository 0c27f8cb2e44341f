"""The report in Korean: the model's words worked out by hand, and the PDF read back with pypdf.

The fixture is report_data's March 2020 (see there for the figures): KakaoStory's 3 h full
outage reaches the 2 h user-notice threshold, KakaoTalk's 79 min partial outage does not.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path

import pytest
import report_data as data
from pypdf import PdfReader

from desktop_app.core.analysis import Selection, analyse
from desktop_app.core.model import Finding, ImportResult, RejectedRow
from desktop_app.core.reading.incident_times import LOCAL_TIMES, NO_START
from desktop_app.core.reading.spec import AT_LINE
from desktop_app.core.reporting.report_model import ReportModel, build_report_model
from desktop_app.report import write_report_pdf
from desktop_app.text import text_for
from desktop_app.text.kpis import tile
from desktop_app.text.report import ReportText, report_text

ROOT = Path(__file__).resolve().parents[2]
GENERATED = datetime(2026, 1, 5, 0, 30, tzinfo=UTC)


#: A reason and a finding as the reader writes them, in English (JSON keeps them so).
REASON = "line 12: no start time (column 'started_at' is empty)"
ZONE_NOTE = "times without a time zone were read as local times in Asia/Seoul"


def imported() -> ImportResult:
    """report_data's import with a real reader reason and finding added."""
    result = data.imported()
    reason = AT_LINE(line=12, message=NO_START(column="started_at"))
    result.files[0].rejected.append(RejectedRow(12, reason))
    zone_note = LOCAL_TIMES(zone="Asia/Seoul")
    result.findings.append(Finding(result.files[0].path, "timezone", zone_note))
    return result


def model() -> ReportModel:
    return build_report_model(
        data.analysis(), imported(), organisation="카카오 운영팀", generated_at=GENERATED
    )


def korean_model() -> ReportText:
    return report_text(model(), text_for("ko"))


def test_header_and_kpis_in_korean() -> None:
    report = korean_model()
    assert report.title == "서비스 안정성 보고서"  # the language's default title
    assert report.period == "2020년 3월 1일 ~ 2020년 3월 31일"
    assert report.timezone == "KST (UTC+9)"
    assert report.generated == "2026년 1월 5일 09:30 (UTC+9)"
    tiles = {kpi.key: shown for kpi, shown in report.tiles}
    assert tiles == {kpi.key: tile(text_for("ko"), kpi) for kpi in report.model.kpis}
    assert (tiles["availability"].label, tiles["availability"].value) == ("가용성", "99.77 %")
    assert tiles["availability"].detail == "목표 99.90 % · 미달"
    # 180 + 23.7 min of downtime; 2 h maintenance
    assert tiles["downtime"].value == "3시간 24분"
    assert tiles["downtime"].detail == "점검 2시간"


def test_sentences_read_as_a_korean_summary() -> None:
    sentences = korean_model().sentences
    assert sentences[0] == "가용성 99.77 %, 목표 99.9 % 미달. 장애 2건 중 심각 1건."
    assert sentences[1] == f"가장 긴 장애는 KakaoStory '{data.KOREAN_TITLE}'으로 3시간 지속."
    assert sentences[2] == "직전 같은 길이의 기간은 장애 데이터가 없어 비교하지 않음."
    assert sentences[3].startswith("서비스 2개 중 1개 목표 미달. 가장 낮은 서비스는 KakaoStory")
    assert "오류 예산 228.2 % 사용으로 소진" in sentences[4]
    assert sentences[5] == "2시간 이상 이어진 장애 1건은 이용자 고지 대상."


def test_notice_list_and_korean_rows() -> None:
    report = korean_model()
    assert [(r.incident_id, r.duration, r.notice) for r in report.notices] == [
        ("KS-1", "3시간", True)
    ]
    assert [(r.incident_id, r.downtime) for r in report.worst] == [
        ("KS-1", "3시간"),
        ("KT-1", "24분"),  # 79 min x 0.3 = 23.7 min
    ]
    assert report.method[-1][0] == "이용자 고지"
    assert "2시간 이상" in report.method[-1][1]


def test_the_data_appendix_says_reasons_and_findings_in_korean() -> None:
    """The model keeps the coded messages; the PDF writes them in the report's language."""
    report = korean_model()
    assert report.rejected[-1].reason == "12행: 시작 시각 없음('started_at' 열이 비어 있음)"
    assert ("incidents.csv", "", "시간대가 없는 시각은 Asia/Seoul 현지 시각으로 읽었습니다") in (
        report.findings
    )
    english = report_text(model(), text_for("en"))
    assert english.rejected[-1].reason == REASON
    assert ("incidents.csv", "", ZONE_NOTE) in english.findings


@pytest.fixture(scope="module")
def korean_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "report_ko.pdf"
    return write_report_pdf(model(), path, lang="ko")


def test_pdf_has_korean_headings_dates_and_the_notice_section(korean_pdf: Path) -> None:
    pages = [page.extract_text() for page in PdfReader(korean_pdf).pages]
    text = "\n".join(pages)
    for heading in ("요약", "추이", "서비스별 현황", "가장 긴 장애", "산출 방법", "부록 A"):
        assert heading in text
    assert "보고 기간 2020년 3월 1일 ~ 2020년 3월 31일" in pages[0]
    assert "이용자 고지 대상 (1건)" in text
    assert "2시간 이상 이어진 장애 1건은 이용자 고지 대상." in text
    assert f"1 / {len(pages)}쪽" in pages[0]
    assert "시작 시각 없음('started_at' 열이 비어 있음)" in text  # appendix B


def test_pdf_metadata_in_korean(korean_pdf: Path) -> None:
    reader = PdfReader(korean_pdf)
    assert reader.metadata.title == "서비스 안정성 보고서"
    assert reader.metadata.subject == "가용성과 장애, 2020년 3월 1일 ~ 2020년 3월 31일"
    assert reader.trailer["/Root"]["/Lang"] == "ko"


def test_committed_korean_sample_report() -> None:
    """reports/sample_report_ko.pdf (scripts/make_sample_report.py) is the 2021 sample."""
    reader = PdfReader(ROOT / "reports" / "sample_report_ko.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "보고 기간 2021년 1월 1일 ~ 2021년 12월 31일 · 시간대 KST (UTC+9)" in text
    assert "요약" in text and "이용자 고지 대상" in text
    assert reader.metadata.title == "서비스 안정성 보고서"


def _filtered_report() -> ReportModel:
    """A report of KakaoStory's critical incidents only. The model has no language, whatever
    the session's: the PDF's is chosen when it is written."""
    settings = data.SETTINGS
    selection = Selection(window=data.WINDOW, services=("KakaoStory",), severities=("critical",))
    analysis = analyse(data.incidents(), selection, settings)
    return build_report_model(analysis, imported(), organisation="", generated_at=GENERATED)


def _pdf_text(model: ReportModel, lang: str, path: Path) -> str:
    write_report_pdf(model, path, lang=lang)
    pages = [page.extract_text() for page in PdfReader(path).pages]
    return " ".join(" ".join(pages).split())


#: Fixed words of the report (never data) in each language.
KOREAN_WORDS = ("요약", "추이", "서비스별 현황", "산출 방법", "부록 A", "가용성", "장애 시간")
ENGLISH_WORDS = ("In brief", "Trends", "Services", "Method", "Appendix A", "Availability")
#: (session's language, the PDF's, what the PDF says, what it must not say). KakaoStory's
#: 180 min of 44,640: 99.5968 %; the filters keep 1 of the 2 loaded services, critical only.
CROSSED = [
    (
        "en",
        "ko",
        (
            *KOREAN_WORDS,
            "필터: KakaoStory (서비스 2개 중 1개) · 심각만",
            "보고 기간 2020년 3월 1일 ~ 2020년 3월 31일 · 시간대 KST (UTC+9)",
            "가용성 99.60 %, 목표 99.9 % 미달. 장애 1건 중 심각 1건.",
        ),
        (*ENGLISH_WORDS, "1 of 2 services", "critical only", "Page 1 of", "vs previous period"),
    ),
    (
        "ko",
        "en",
        (
            *ENGLISH_WORDS,
            "Showing KakaoStory (1 of 2 services) · critical only",
            "Reporting period 1 Mar 2020 – 31 Mar 2020 · time zone Asia/Seoul (UTC+09:00)",
            "Availability was 99.60 %, below the 99.9 % target; 1 incident, 1 critical.",
        ),
        (*KOREAN_WORDS, "필터", "서비스 2개 중 1개", "심각만", "쪽", "직전 기간 대비"),
    ),
]


@pytest.mark.parametrize(
    ("session", "lang", "said", "unsaid"),
    CROSSED,
    ids=["korean-pdf-of-an-english-session", "english-pdf-of-a-korean-session"],
)
def test_the_pdf_is_in_the_language_chosen_when_it_is_written(
    tmp_path: Path, session: str, lang: str, said: tuple[str, ...], unsaid: tuple[str, ...]
) -> None:
    model = _filtered_report()
    assert "language" not in {field.name for field in fields(model.settings)}
    text = _pdf_text(model, lang, tmp_path / f"{lang}.pdf")
    assert [word for word in said if word not in text] == []
    assert [word for word in unsaid if word in text] == []


def test_rows_without_a_service_are_named_in_korean() -> None:
    """The stand-in service (stored as ``(no service)``) is said in the report's language in
    the incident lists, the services table and the summary's longest incident."""
    from dataclasses import replace

    from desktop_app.core.model import NO_SERVICE
    from desktop_app.text.sentences import longest

    built = model()
    nameless = replace(
        built,
        worst=tuple(r._replace(service=NO_SERVICE) for r in built.worst),
        longest=tuple(r._replace(service=NO_SERVICE) for r in built.longest),
        incidents=tuple(r._replace(service=NO_SERVICE) for r in built.incidents),
        services=tuple(replace(r, service=NO_SERVICE) for r in built.services),
    )
    report = report_text(nameless, text_for("ko"))
    named = [line.service for line in (*report.worst, *report.incidents, *report.services)]
    assert named and set(named) == {"(서비스 없음)"}
    said = longest(text_for("ko"), built.longest[0]._replace(service=NO_SERVICE))
    assert said.startswith("가장 긴 장애는 (서비스 없음) '")
