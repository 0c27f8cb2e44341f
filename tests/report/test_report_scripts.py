"""Text in scripts NanumGothic lacks reaches the PDF in a fallback face; a character no bundled
face has is drawn as a visible placeholder and reported as a finding, never dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.report.fonts import PLACEHOLDER, missing_characters, runs

ROWS = [
    "incident_id,service,title,severity,impact,started_at,resolved_at",
    "A,بوابة الدفع,انقطاع الخدمة,critical,full_outage,2021-03-02T10:00:00Z,2021-03-02T11:00:00Z",
    "B,שירות,תקלה בשרת,major,full_outage,2021-03-05T10:00:00Z,2021-03-05T10:30:00Z",
    "C,भुगतान,सेवा बाधित ⚠,minor,full_outage,2021-03-06T10:00:00Z,2021-03-06T10:20:00Z",
    "D,ระบบชำระเงิน,🔥 DB down,major,full_outage,2021-03-07T10:00:00Z,2021-03-07T12:00:00Z",
]


def _fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_every_script_is_drawn_and_a_missing_glyph_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "scripts.csv"
    data.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    target = tmp_path / "scripts.pdf"
    assert main(["report", str(data), "--tz", "UTC", "-o", str(target)]) == 0
    err = capsys.readouterr().err
    assert "'🔥' (U+1F525)" in err and f"drawn as {PLACEHOLDER}" in err
    reader = PdfReader(target)
    fallbacks = {"NotoSansArabic-Regular", "NotoSansHebrew-Regular", "NotoSansThai-Regular"}
    assert fallbacks | {"NotoSansDevanagari-Regular", "NotoSansSymbols2-Regular"} <= _fonts(reader)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "भुगतान" in text and "ระบบชำระเงิน" in text and "⚠" in text
    assert f"{PLACEHOLDER} DB down" in text


def test_runs_pick_a_face_per_script_and_keep_every_character():
    parts = runs("DB 장애 انقطاع الخدمة 🔥", "NotoSans")
    faces = [face for face, _ in parts]
    assert faces == ["NotoSans", "NanumGothic", "NotoSansArabic", "NanumGothic"]
    # The Arabic words read right to left: the second word is drawn first.
    assert parts[2][1].strip() == "الخدمة انقطاع"
    assert parts[3][1] == PLACEHOLDER
    assert missing_characters(["DB 장애 🔥", "انقطاع", "😀🔥"]) == ["🔥", "😀"]
