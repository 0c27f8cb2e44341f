"""Value rules and header scoring beyond the named tools (issue 11)."""

from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pandas as pd
import pytest

from desktop_app.core.model import MissingColumnError, ReadOptions
from desktop_app.core.reading.cell_values import duration_seconds
from desktop_app.core.reading.header_scoring import score
from desktop_app.core.reading.reader import read_incident_file

UTC = ReadOptions(tz="UTC")


def minutes(row: pd.Series) -> float:
    return (row["resolved_at"] - row["started_at"]).total_seconds() / 60


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("1:20:00", 4800),
        ("80분", 4800),
        ("1시간 20분", 4800),
        ("PT1H20M", 4800),
        ("1d 3h 8m", 86400 + 3 * 3600 + 8 * 60),
        ("3m 50s", 230),
        ("1m", 60),
    ],
)
def test_duration_forms(text: str, seconds: float) -> None:
    assert duration_seconds(text, 60.0) == seconds


def test_plain_duration_numbers_take_the_header_unit(write_file) -> None:
    text = "id,started_at,elapsed_ms\nA,2026-01-01 00:00,90000\n"
    frame = read_incident_file(write_file("ms.csv", text), UTC).incidents
    assert minutes(frame.iloc[0]) == 1.5  # 90,000 ms


def test_the_mapping_can_give_a_duration_unit(write_file) -> None:
    text = "id,started_at,took\nA,2026-01-01 00:00,120\n"
    options = ReadOptions(tz="UTC", mapping={"duration": "took:s"})
    frame = read_incident_file(write_file("u.csv", text), options).incidents
    assert minutes(frame.iloc[0]) == 2


@pytest.mark.parametrize("marker", ["?", "-", "N/A", "NULL", "null", "None", "NaT", "없음"])
def test_missing_markers_in_an_end_column_mean_still_open(write_file, marker: str) -> None:
    text = f"id,service,started_at,resolved_at\nA,NA,2026-01-01 00:00,{marker}\n"
    result = read_incident_file(write_file("m.csv", text), UTC)
    assert (result.imported, len(result.rejected)) == (1, 0)
    assert pd.isna(result.incidents.iloc[0]["resolved_at"])
    assert result.incidents.iloc[0]["service"] == "NA"  # a region's name, kept


def test_day_first_is_decided_once_for_the_file(write_file) -> None:
    """One 13/07/2020 in the end column used to flip that column alone: now every date
    column reads day-first and 01/07 to 02/07 lasts one day, not a month."""
    text = (
        "id,started_at,resolved_at\n"
        "A,01/07/2020 10:00,02/07/2020 10:00\n"
        "B,12/07/2020 10:00,13/07/2020 10:00\n"
    )
    result = read_incident_file(write_file("d.csv", text), UTC)
    assert [minutes(result.incidents.iloc[i]) for i in range(2)] == [1440, 1440]
    assert "dayfirst" in {f.kind for f in result.findings}


def test_a_row_contradicting_the_files_order_is_rejected(write_file) -> None:
    text = (
        "id,started_at,resolved_at\n"
        "A,13/07/2020 10:00,14/07/2020 10:00\n"
        "B,25/07/2020 10:00,26/07/2020 10:00\n"
        "C,07/28/2020 10:00,07/29/2020 10:00\n"
    )
    result = read_incident_file(write_file("c.csv", text), UTC)
    assert (result.imported, [r.line for r in result.rejected]) == (2, [4])
    assert "day-first" in str(result.rejected[0].reason)


@pytest.mark.parametrize(
    ("header", "value"),
    [("duration_minutes", "inf"), ("duration_minutes", "1e12"), ("duration_seconds", "1e30")],
)
def test_absurd_durations_reject_the_row_not_the_file(write_file, header: str, value: str) -> None:
    text = f"id,started_at,{header}\nA,2026-01-01 00:00,{value}\nB,2026-01-01 00:00,5\n"
    result = read_incident_file(write_file("x.csv", text), UTC)
    assert (result.imported, [r.line for r in result.rejected]) == (1, [2])


def test_invalid_utf8_bytes_reject_their_row(write_file) -> None:
    body = "id,service,started_at\nA,결제,2026-01-01 00:00\n".encode()
    body += b"B,bad\xff\xfe,2026-01-01 01:00\nC,\xea\xb2\xb0\xec\xa0\x9c,2026-01-01 02:00\n"
    result = read_incident_file(write_file("u8.csv", body), UTC)
    assert result.encoding == "utf-8"
    assert (result.imported, [r.line for r in result.rejected]) == (2, [3])
    assert "not text" in str(result.rejected[0].reason)


def test_a_stray_nul_byte_rejects_one_row(write_file) -> None:
    lines = [b"id,started_at"] + [f"R{i},2026-01-01 0{i % 10}:00".encode() for i in range(60)]
    lines[5] = b"R4\x00,2026-01-01 04:00"
    result = read_incident_file(write_file("nul.csv", b"\n".join(lines) + b"\n"), UTC)
    assert (result.imported, [r.line for r in result.rejected]) == (59, [6])


@pytest.mark.parametrize(
    ("encoding", "service"), [("cp1252", "Café Zürich"), ("shift_jis", "決済サービス")]
)
def test_legacy_encodings_are_detected_not_read_as_cp949(
    write_file, encoding: str, service: str
) -> None:
    rows = "".join(f"{i},{service},2026-01-0{i} 00:00\n" for i in range(1, 8))
    path = write_file("e.csv", ("id,service,started_at\n" + rows).encode(encoding))
    result = read_incident_file(path, UTC)
    assert set(result.incidents["service"]) == {service}
    assert "encoding" in {f.kind for f in result.findings}


def test_utf16_without_a_byte_order_mark(write_file) -> None:
    text = "id,service,started_at\nA,web,2026-01-01 00:00\n"
    result = read_incident_file(write_file("w.csv", text.encode("utf-16-le")), UTC)
    assert (result.encoding, result.imported) == ("utf-16-le", 1)


def test_an_end_in_the_repeated_fall_back_hour_reads_in_the_later_fold(write_file) -> None:
    """Europe/Berlin fell back at 03:00 CEST on 2025-10-26: 02:50 (summer) then 02:10
    (winter) is 20 minutes, not a row to reject."""
    text = "id,started_at,resolved_at\nA,2025-10-26 02:50,2025-10-26 02:10\n"
    result = read_incident_file(write_file("dst.csv", text), ReadOptions(tz="Europe/Berlin"))
    assert (result.imported, len(result.rejected)) == (1, 0)
    assert minutes(result.incidents.iloc[0]) == 20
    assert [f.line for f in result.findings if f.kind == "dst_fold"] == [2]


def test_generated_ids_of_two_same_named_files_stay_apart(tmp_path) -> None:
    from desktop_app.core.reading.reader import read_incident_files

    paths = []
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "incidents.csv"
        path.write_text("service,started_at\nweb,2026-01-01 00:00\n")
        paths.append(path)
    result = read_incident_files(paths, UTC)
    assert (len(result.incidents), result.duplicate_count) == (2, 0)
    assert sorted(result.incidents["incident_id"]) == ["a/incidents.csv:2", "b/incidents.csv:2"]


def test_error_messages_list_at_most_a_few_dozen_headers(write_file) -> None:
    headers = [f"c{i}" for i in range(5000)]
    path = write_file("wide.csv", ",".join(headers) + "\n" + ",".join("x" * 5000) + "\n")
    with pytest.raises(MissingColumnError) as caught:
        read_incident_file(path, UTC)
    assert len(str(caught.value)) < 2000
    assert "and 4970 more" in str(caught.value)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("début", "started_at"),
        ("Beginn", "started_at"),
        ("fecha_inicio", "started_at"),
        ("開始日時", "started_at"),
        ("Ende", "resolved_at"),
        ("résolution", "resolved_at"),
        ("終了日時", "resolved_at"),
        ("attributes.created", "started_at"),
        ("firedAt", "started_at"),
        ("labels.service", "service"),
        ("소요시간", "duration"),
    ],
)
def test_header_words_in_several_languages_and_shapes(header: str, field: str) -> None:
    assert score(header, field) >= 2


def test_the_start_is_the_earlier_of_two_equal_candidates(write_file) -> None:
    text = (
        "id,Time A,Time B\n"
        "A,2026-01-01 10:00,2026-01-01 09:00\n"
        "B,2026-01-02 10:00,2026-01-02 09:30\n"
    )
    result = read_incident_file(write_file("t.csv", text), UTC)
    assert (result.mapping["started_at"], result.mapping["resolved_at"]) == ("Time B", "Time A")


def test_an_excel_workbook_reads_every_incident_sheet(tmp_path) -> None:
    """Typed dates, an Excel serial number in a date column, a title block, a sheet without
    an incident header skipped with a finding, sheet and row in every reason."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "장애"
    sheet.append(["장애 현황 보고서"])
    sheet.append(["인시던트ID", "업무구분", "장애발생일시", "장애복구일시"])
    sheet.append(["K-1", "결제", datetime(2026, 3, 5, 9, 10), datetime(2026, 3, 5, 9, 40)])
    sheet.append(["K-2", "메일", 46101.5, 46101.5 + 1 / 48])  # 2026-03-20 12:00, +30 min
    sheet.append(["K-3", "메일", "someday", None])
    other = book.create_sheet("요약")
    other.append(["월", "건수"])
    other.append(["3월", 3])
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "report.xlsx"
    path.write_bytes(buffer.getvalue())
    result = read_incident_file(path, UTC)
    assert (result.rows, result.imported, len(result.rejected)) == (3, 2, 1)
    assert str(result.rejected[0].reason).startswith("sheet '장애', row 5: cannot read 'someday'")
    frame = result.incidents
    assert [minutes(frame.iloc[i]) for i in range(2)] == [30, 30]
    assert frame.iloc[1]["started_at"] == pd.Timestamp("2026-03-20 12:00", tz="UTC")
    skipped = [str(f.message) for f in result.findings if f.kind == "sheet_skipped"]
    assert skipped == ["sheet '요약' skipped: it has no incident header"]


def test_repeated_ids_with_other_start_times_are_a_finding(write_file) -> None:
    text = "id,service,started_at\nA,web,2026-01-01 00:00\nA,web,2026-01-02 00:00\n"
    result = read_incident_file(write_file("r.csv", text), UTC)
    assert (result.imported, result.duplicates) == (1, 1)
    assert "id_conflict" in {f.kind for f in result.findings}


def test_totals_rows_are_rejected_and_said(write_file) -> None:
    text = "id,started_at,duration_minutes\nA,2026-01-01 00:00,5\nTotal,,5\n"
    result = read_incident_file(write_file("t.csv", text), UTC)
    assert [str(r.reason) for r in result.rejected] == [
        "line 3: 'Total' marks a totals row, not an incident"
    ]
    assert "totals_rows" in {f.kind for f in result.findings}


def test_a_french_export_with_day_first_dates_and_french_severities(write_file) -> None:
    text = (
        "Numéro;Titre;Service;Gravité;Début;Fin\n"
        "F-1;Panne API;api;Critique;03/02/2024 10:00;03/02/2024 12:00\n"
        "F-2;Lenteur;web;Mineure;15/02/2024 09:00;15/02/2024 09:30\n"
    )
    result = read_incident_file(write_file("fr.csv", text), UTC)
    assert (result.mapping["started_at"], result.mapping["resolved_at"]) == ("Début", "Fin")
    assert list(result.incidents["severity"]) == ["critical", "minor"]
    # 15/02 proves day-first, so 03/02 is 3 February: 10:00 to 12:00, 120 minutes.
    assert minutes(result.incidents.iloc[0]) == 120
    assert result.incidents.iloc[0]["started_at"] == pd.Timestamp("2024-02-03 10:00", tz="UTC")
