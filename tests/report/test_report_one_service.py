"""A report about one service is about that service (issue 22).

Two files: story.csv holds KakaoStory's incident KS-1, talk.csv KakaoTalk's KT-1 and KT-2
(report_data's March 2020). Each file has one rejected row and one finding; one incident of
each service was reclassified by hand. Filtered to KakaoStory, the report names it, counts
and lists one reclassified incident (KS-1) and only story.csv's rejected row and finding.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import report_data as data
from pypdf import PdfReader

from desktop_app.core.analysis import Selection, analyse
from desktop_app.core.dataset import Dataset, Reclassification
from desktop_app.core.library.records import STORED
from desktop_app.core.model import FileImport, Finding, RejectedRow
from desktop_app.core.reporting.report_model import build_report_model
from desktop_app.report import write_report_pdf
from desktop_app.text import text_for
from desktop_app.text.report import report_text

STORY, TALK = "/data/story.csv", "/data/talk.csv"


def _dataset() -> Dataset:
    table = data.incidents()
    table["source_file"] = table["service"].map({"KakaoStory": STORY, "KakaoTalk": TALK})
    table["source_file"] = table["source_file"].astype("string")

    def file(path: str, rows: pd.DataFrame, bad: str) -> FileImport:
        rejected = [RejectedRow(9, STORED(text=bad))]
        return FileImport(path, "utf-8", ",", len(rows) + 1, len(rows), 0, {}, rejected, rows)

    story, talk = table[table["source_file"] == STORY], table[table["source_file"] == TALK]
    findings = (
        Finding(STORY, "note", STORED(text="story finding")),
        Finding(TALK, "note", STORED(text="talk finding")),
    )

    def reclassified(row: pd.Series) -> Reclassification:
        change = (("maintenance", "true", f"{row['incident_id']} reason"),)
        return Reclassification(
            row["incident_id"], row["service"], row["title"], row["started_at"], None, change
        )

    first_of = table.drop_duplicates("service")
    return Dataset(
        table,
        (file(STORY, story, "story bad row"), file(TALK, talk, "talk bad row")),
        findings,
        reclassifications=tuple(reclassified(r) for _, r in first_of.iterrows()),
    )


def _model(services: tuple[str, ...] | None):
    dataset = _dataset()
    selection = Selection(window=data.WINDOW, services=services)
    analysis = analyse(dataset.incidents, selection, data.SETTINGS)
    return build_report_model(
        analysis,
        dataset,
        organisation="",
        reclassifications=dataset.reclassifications,
    )


def test_a_one_service_report_keeps_that_services_appendices():
    model = _model(("KakaoStory",))
    assert [entry.incident_id for entry in model.reclassified or ()] == ["KS-1"]
    assert model.summary.reclassified == 1
    assert [(r.file, str(r.reason)) for r in model.rejected] == [("story.csv", "story bad row")]
    assert [str(f.message) for f in model.findings] == ["story finding"]
    english, korean = report_text(model, text_for("en")), report_text(model, text_for("ko"))
    assert english.filters == "KakaoStory (1 of 2 services)"
    assert korean.filters == "KakaoStory (서비스 2개 중 1개)"


def test_an_unfiltered_report_keeps_every_file_and_reclassification():
    model = _model(None)
    assert [entry.incident_id for entry in model.reclassified or ()] == ["KS-1", "KT-1"]
    assert len(model.rejected) == 2 and len(model.findings) == 2


def test_the_pdf_of_a_one_service_report(tmp_path: Path):
    path = tmp_path / "story.pdf"
    write_report_pdf(_model(("KakaoStory",)), path)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "Showing KakaoStory (1 of 2 services)" in text
    assert "story bad row" in text and "story finding" in text and "KS-1 reason" in text
    assert "talk bad row" not in text and "talk finding" not in text
    assert "KT-1 reason" not in text
    # The method page states what the data covers: KS-1, 2 Mar 2020 12:00-15:00 KST.
    assert "story.csv covers KakaoStory from 2 Mar 2020 to 2 Mar 2020." in text
    assert "talk.csv covers" not in text


def test_the_method_page_states_each_files_span_in_korean():
    model = _model(None)
    lines = report_text(model, text_for("ko")).coverage
    assert lines == (
        "story.csv: KakaoStory, 2020년 3월 2일부터 2020년 3월 2일까지 포함.",
        "talk.csv: KakaoTalk, 2020년 3월 2일부터 2020년 3월 10일까지 포함.",
    )
