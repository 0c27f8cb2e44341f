"""Latin text and digits in Noto Sans, Hangul in NanumGothic behind it, in the PDF too."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from desktop_app.report.fonts import BOLD, HANGUL, HANGUL_BOLD, REGULAR, markup, runs

ROOT = Path(__file__).resolve().parents[2]


def test_digits_and_the_decimal_point_stay_in_the_latin_face() -> None:
    assert runs("가용성 99.96 %", REGULAR) == ((HANGUL, "가용성 "), (REGULAR, "99.96 %"))
    assert runs("29시간 57분", BOLD) == (
        (BOLD, "29"),
        (HANGUL_BOLD, "시간 "),
        (BOLD, "57"),
        (HANGUL_BOLD, "분"),
    )
    # the minus sign no face has is printed as a dash
    assert runs("−5", REGULAR) == ((REGULAR, "–5"),)


def test_markup_names_the_face_behind_and_escapes() -> None:
    assert markup("<b>장애</b> & 1.5") == (
        f'&lt;b&gt;<font face="{HANGUL}">장애</font>&lt;/b&gt; &amp; 1.5'
    )
    assert markup("장애", BOLD) == f'<font face="{HANGUL_BOLD}">장애</font>'


def test_the_korean_sample_embeds_both_faces() -> None:
    reader = PdfReader(ROOT / "reports" / "sample_report_ko.pdf")
    names = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert {"NotoSans-Regular", "NotoSans-Bold", "NanumGothic", "NanumGothicBold"} <= names


def test_the_latin_faces_draw_every_printable_ascii_character() -> None:
    """``runs`` takes printable ASCII in one Latin run without looking at each character."""
    from desktop_app.report.fonts import LATIN_FACES, _covered

    for face in LATIN_FACES:
        assert set(range(0x20, 0x7F)) <= _covered(face)
    assert runs("INC-2021-0182 2021-12-04 16:46", BOLD) == (
        (BOLD, "INC-2021-0182 2021-12-04 16:46"),
    )
