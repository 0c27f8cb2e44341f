"""Every message the reader and the analysis write has a Korean rendering (issue 14), rendered
by the text package from its code and values (issue 21).

The corpus is every fixture under ``tests/data`` (bad files, tool exports), an Excel workbook
and the hostile inputs of ``tests/test_cli_hostile.py``, read in two zones and analysed; a new
message kind without a Korean form fails here.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli import ZONE_FALLBACK
from desktop_app.core.analysis import Selection, SelectionTooLargeError, analyse
from desktop_app.core.library.imports import NOTHING_IMPORTED_BECAUSE
from desktop_app.core.messages import Message, MessageKind
from desktop_app.core.model import ImportResult, ReadOptions
from desktop_app.core.reading.assemble import TOTALS_ROW
from desktop_app.core.reading.encoding import PNG_FILE
from desktop_app.core.reading.incident_times import UNREADABLE_DATE
from desktop_app.core.reading.reader import read_incident_files
from desktop_app.core.reading.sources import EMPTY_FILE, NOT_CSV_TEXT
from desktop_app.core.reading.spec import AT_LINE, AT_SHEET_ROW
from desktop_app.core.settings import Limits, Settings
from desktop_app.core.window import local_zone
from desktop_app.report.pdf import MISSING_GLYPHS, MISSING_GLYPHS_MORE
from desktop_app.text import text_for

DATA = Path(__file__).resolve().parents[1] / "data"
HEADER = "incident_id,service,severity,impact,started_at,resolved_at\n"
_HANGUL = re.compile("[가-힣]")


def korean(message: Message) -> str:
    return text_for("ko").message(message)


def has_korean(message: Message) -> bool:
    """The Korean rendering is not the English one and is written in Hangul."""
    shown = korean(message)
    return shown != str(message) and _HANGUL.search(shown) is not None


def _workbook(path: Path) -> Path:
    """The reader test's workbook: a title block, an unreadable date, a sheet without a header."""
    book = openpyxl.Workbook()
    rows = [
        ["장애 현황 보고서"],
        ["인시던트ID", "업무구분", "장애발생일시", "장애복구일시"],
        ["K-1", "결제", datetime(2026, 3, 5, 9, 10), datetime(2026, 3, 5, 9, 40)],
        ["K-3", "메일", "someday", None],
    ]
    book.active.title = "장애"
    for row in rows:
        book.active.append(row)
    book.create_sheet("요약").append(["월", "건수"])
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def _hostile(folder: Path) -> list[Path]:
    """The hostile CLI cases that reach the reader: offsets past ±14:00, absurd and negative
    durations, far-off years, a folder and a pipe, a file without a start column."""
    offsets = folder / "offsets.csv"
    offsets.write_text(
        HEADER + "A,web,major,full_outage,2021-03-02T10:00:00+23:00,2021-03-02T11:00:00+23:00\n"
    )
    durations = folder / "durations.csv"
    durations.write_text(
        "incident_id,service,started_at,duration_minutes\n"
        "A,web,2021-03-02T10:00:00Z,1e300\nB,web,2021-03-02T10:00:00Z,-5\n"
        "C,web,2021-03-02T10:00:00Z,soon\nD,web,2021-03-02T10:00:00Z,30\n"
    )
    rows = [
        f"S{i},svc{i},minor,full_outage,2020-06-0{1 + i % 5} 10:00,2020-06-01 11:00\n"
        for i in range(5)
    ]
    far = folder / "far.csv"
    far.write_text(HEADER + "".join(rows) + "OLD,svc0,minor,full_outage,1990-01-02,1990-01-03\n")
    no_start = folder / "no_start.csv"
    no_start.write_text("name,owner\nweb,ann\n")
    pipe = folder / "pipe.csv"
    os.mkfifo(pipe)
    return [offsets, durations, far, no_start, pipe, folder]


def _messages(result: ImportResult, tz: str = "UTC") -> Iterator[Message]:
    yield from (error.reason for error in result.failed)
    for file in result.files:
        yield from (row.reason for row in file.rejected)
        yield from (finding.message for finding in file.findings)
    yield from (finding.message for finding in result.findings)
    if not result.incidents.empty:
        yield from (
            f.message for f in analyse(result.incidents, Selection(), Settings(tz=tz)).findings
        )


def _limited() -> Iterator[Message]:
    """The seed by day with a grid cap: coarser periods at 100 cells, refused at one."""
    seed = read_incident_files([DATA / "seed_incidents.csv"]).incidents
    by_day = Selection(granularity="day")
    coarser = Settings(limits=Limits(max_grid_cells=100))
    yield from (f.message for f in analyse(seed, by_day, coarser).findings)
    with pytest.raises(SelectionTooLargeError) as refused:
        analyse(seed, by_day, Settings(limits=Limits(max_grid_cells=1)))
    yield refused.value.message


@pytest.fixture
def corpus(tmp_path: Path) -> list[Message]:
    files = sorted(p for p in DATA.rglob("*") if p.is_file())
    files += [_workbook(tmp_path / "report.xlsx"), *_hostile(tmp_path)]
    found: dict[Message, None] = {}
    for tz in ("UTC", "Asia/Seoul"):
        result = read_incident_files(files, ReadOptions(tz=tz), skip_unreadable=True)
        found.update(dict.fromkeys(_messages(result, tz)))
    found.update(dict.fromkeys(_limited()))
    tiny = Limits(max_file_bytes=64)
    too_big = read_incident_files([DATA / "seed_incidents.csv"], skip_unreadable=True, limits=tiny)
    found.update(dict.fromkeys(_messages(too_big)))
    return list(found)


def test_every_message_of_the_corpus_has_korean(corpus: list[Message]) -> None:
    missing = [str(message) for message in corpus if not has_korean(message)]
    assert missing == []
    assert len(corpus) > 30  # the corpus reached the reader's many message forms
    assert len({m.code for m in corpus}) > 20  # of many kinds


def test_korean_carries_the_variable_parts_over() -> None:
    reason = AT_SHEET_ROW(
        sheet="장애", row=4, message=UNREADABLE_DATE(value="someday", column="장애발생일시")
    )
    assert str(reason) == (
        "sheet '장애', row 4: cannot read 'someday' in column '장애발생일시' as a date"
    )
    assert korean(reason) == (
        "'장애' 시트 4행: '장애발생일시' 열의 'someday'을(를) 날짜로 읽을 수 없습니다"
    )
    error = NOT_CSV_TEXT(reason=PNG_FILE())
    assert str(error) == "cannot read it as CSV text: it is a PNG image, not a CSV file"
    assert korean(error) == "CSV 텍스트로 읽을 수 없습니다: CSV 파일이 아니라 PNG 이미지입니다"


def test_messages_beside_the_reader_have_korean(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's note on an unknown TZ, the PDF's missing glyphs, a library import that kept
    nothing (built as their modules build them)."""
    monkeypatch.setenv("TZ", "Mars/Base")
    zone = local_zone()
    zone_note = ZONE_FALLBACK(problem=zone.problem, zone=zone.name)
    assert str(zone_note) == (
        "TZ='Mars/Base' names no time zone this machine knows; using UTC (choose one with --tz)"
    )
    assert korean(zone_note) == (
        "TZ='Mars/Base'은(는) 이 컴퓨터가 아는 시간대가 아닙니다. UTC을(를) 씁니다(--tz로 고르세요)"
    )
    glyphs = {"count": 2, "mark": "□"}
    few = MISSING_GLYPHS(shown="'\u0e01' (U+0E01), '\u0e02' (U+0E02)", **glyphs)
    many = MISSING_GLYPHS_MORE(shown="'\u0e01' (U+0E01)", more=14, **glyphs)
    assert has_korean(few) and has_korean(many)
    assert korean(many) == (
        "글자 2개는 내장 글꼴에 없어 PDF에 □(으)로 그렸습니다: '\u0e01' (U+0E01) 외 14개"
    )
    nothing = NOTHING_IMPORTED_BECAUSE(
        rows=2, rejected=2, reason=AT_LINE(line=2, message=EMPTY_FILE())
    )
    assert str(nothing) == (
        "no incident was imported (2 rows, 2 rejected; line 2: the file is empty)"
    )
    assert korean(nothing) == "가져온 장애 없음(2행 중 2행 제외. 2행: 파일이 비어 있습니다)"


def test_english_and_unknown_messages_are_shown_as_they_are() -> None:
    reason = AT_LINE(line=3, message=TOTALS_ROW(label="Total"))
    assert text_for("en").message(reason) == str(reason)
    assert str(reason) == "line 3: 'Total' marks a totals row, not an incident"
    something_new = MessageKind("test_something_new", "something new")
    assert korean(something_new()) == "something new"
    assert not has_korean(something_new())
