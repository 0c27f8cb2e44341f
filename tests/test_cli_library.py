"""The library from the command line: import, list, remove, export, summary and report.

Figures are the seed's, worked out in tests/test_cli.py: read in Asia/Seoul the default window
is 2020-01-01 to 2020-04-01 (131,040 min); KakaoTalk is at 100 * (1 - 64.2 / 131040) =
99.951007 %, KakaoStory (one 180 min full outage) at 99.862637 %, overall (their mean)
99.906822 %.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.core.library.edits import change, undo
from desktop_app.core.library.store import open_library

SEED = Path(__file__).parent / "data" / "seed_incidents.csv"
TALK = 100 * (1 - 64.2 / 131040)
STORY = 100 * (1 - 180 / 131040)


@pytest.fixture
def library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "library.duckdb"
    assert main(["library", "import", str(SEED), "--tz", "Asia/Seoul", "--library", str(path)]) == 0
    capsys.readouterr()
    return path


def summary(capsys: pytest.CaptureFixture[str], library: Path, *argv: str) -> dict:
    assert main(["summary", "--library", str(library), "--tz", "Asia/Seoul", "--json", *argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_import_prints_the_row_accounting_and_the_rejected_row(tmp_path, capsys):
    path = tmp_path / "library.duckdb"
    assert main(["library", "import", str(SEED), "--tz", "Asia/Seoul", "--library", str(path)]) == 0
    out, err = capsys.readouterr()
    assert (
        "import 1, 4 rows: 3 imported (3 new, 0 updated, 0 unchanged), 0 merged, 1 rejected" in out
    )
    assert "line 5" in err
    assert main(["library", "import", str(SEED), "--library", str(path)]) == 0
    assert "already in the library (import 1)" in capsys.readouterr().out


def test_summary_from_the_library_matches_the_file(library, capsys):
    data = summary(capsys, library)
    assert data["overall"]["availability_pct"] == pytest.approx((TALK + STORY) / 2, abs=1e-5)
    (file,) = data["files"]
    assert (file["rows"], file["imported"], [r["line"] for r in file["rejected"]]) == (4, 3, [5])


def test_a_reclassification_changes_the_figures_and_its_undo_restores_them(library, capsys):
    with open_library(library) as opened:
        done = change(opened, "incident", "KS-20200302", "maintenance", "yes", "vendor window")
    # KakaoStory's only outage is now maintenance: 100 %; overall (TALK + 100) / 2.
    data = summary(capsys, library)
    assert data["overall"]["availability_pct"] == pytest.approx((TALK + 100) / 2, abs=1e-5)
    as_imported = summary(capsys, library, "--as-imported")
    assert as_imported["overall"]["availability_pct"] == pytest.approx((TALK + STORY) / 2, abs=1e-5)
    with open_library(library) as opened:
        undo(opened, done.id)
    data = summary(capsys, library)
    assert data["overall"]["availability_pct"] == pytest.approx((TALK + STORY) / 2, abs=1e-5)


def test_an_excluded_incident_leaves_the_figures(library, capsys):
    with open_library(library) as opened:
        change(opened, "incident", "KS-20200302", "excluded", "false alarm", "monitor bug")
    data = summary(capsys, library)
    # KakaoStory has no incident left, so it is not a service of the window any more.
    assert data["overall"]["incidents"] == 2
    assert data["overall"]["availability_pct"] == pytest.approx(TALK, abs=1e-5)


def test_the_report_uses_service_targets_and_lists_reclassifications(library, tmp_path):
    with open_library(library) as opened:
        change(opened, "service", "KakaoTalk", "slo_pct", "99.97")
        change(opened, "incident", "KT-20200101", "started_at", "2020-01-01T00:20:00+09:00",
               "the page fired 20 minutes late")  # fmt: skip
    target = tmp_path / "report.pdf"
    argv = ["report", "--library", str(library), "--tz", "Asia/Seoul", "-o", str(target)]
    assert main([*argv, "--from", "2020-01-01", "--to", "2020-03-31"]) == 0
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(target).pages]
    text = "\n".join(pages)
    # KakaoTalk: 0.3 * (115 + 79) = 58.2 min down: 99.955586 % is below its own 99.97 %
    # (and above the 99.9 % everyone else is held to).
    (services,) = [p for p in pages if p.startswith("Services")]
    assert "missed (99.97 %)" in services
    assert "1 incident was reclassified by hand; appendix C lists it with the reasons." in text
    (appendix,) = [p[p.index("Appendix C") :] for p in pages if "Appendix C ·" in p]
    assert "KT-20200101" in appendix
    assert "start corrected from 2020-01-01 00:00 to 2020-01-01 00:20" in appendix
    assert "the page fired 20 minutes late" in appendix


def test_list_remove_and_export(library, tmp_path, capsys):
    assert main(["library", "list", "--json", "--library", str(library)]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert (record["id"], record["rows"], record["imported"], record["rejected"]) == (1, 4, 3, 1)
    with open_library(library) as opened:
        change(opened, "incident", "KT-20200302", "note", "see postmortem")
    parquet = tmp_path / "all.parquet"
    argv = ["library", "export", "--library", str(library)]
    assert main([*argv, "--format", "parquet", "-o", str(parquet)]) == 0
    frame = pd.read_parquet(parquet)
    assert sorted(frame["incident_id"]) == ["KS-20200302", "KT-20200101", "KT-20200302"]
    notes = dict(zip(frame["incident_id"], frame["edit_note"], strict=True))
    assert notes["KT-20200302"] == "see postmortem"
    assert main([*argv, "--format", "csv", "-o", str(tmp_path / "all.csv")]) == 0
    assert len(pd.read_csv(tmp_path / "all.csv")) == 3
    assert main(["library", "remove", "1", "--library", str(library)]) == 0
    assert "3 incidents left the library" in capsys.readouterr().out
    assert main(["library", "remove", "1", "--library", str(library)]) == 1
    assert "there is no import 1" in capsys.readouterr().err


def test_files_and_library_together_are_a_usage_error(library, capsys):
    assert main(["summary", str(SEED), "--library", str(library)]) == 2
    assert "not both" in capsys.readouterr().err
    assert main(["summary"]) == 2
    assert "--library" in capsys.readouterr().err


def test_a_damaged_library_is_one_clear_error(tmp_path, capsys):
    path = tmp_path / "library.duckdb"
    path.write_bytes(b"not a library" * 100)
    assert main(["summary", "--library", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {path}: the library file cannot be read")
    assert "Traceback" not in err


def test_library_commands_speak_korean(tmp_path, capsys):
    library = tmp_path / "lib.duckdb"
    seed = Path(__file__).parent / "data" / "seed_incidents.csv"
    argv = ["library", "import", str(seed), "--tz", "Asia/Seoul", "--library", str(library)]
    assert main([*argv, "--lang", "ko"]) == 0
    out, err = capsys.readouterr()
    # The seed: 4 rows, 3 new incidents, the undated row rejected (see tests/test_cli.py).
    assert "가져오기 1, 4행: 3행 가져옴(새 장애 3건, 갱신 0건, 변경 없음 0건)" in out
    assert err.startswith("제외: ")
    assert main([*argv, "--lang", "ko"]) == 0
    assert "이미 라이브러리에 있음(가져오기 1)" in capsys.readouterr().out
    assert main(["library", "list", "--library", str(library), "--lang", "ko"]) == 0
    assert "제외 1행" in capsys.readouterr().out
    assert main(["library", "remove", "9", "--library", str(library), "--lang", "ko"]) == 1
    assert capsys.readouterr().err.startswith("오류: 가져오기 9이(가) 없습니다")


def test_reread_reads_an_import_again_in_another_zone_keeping_its_edits(tmp_path, capsys):
    # Times without a zone; read as UTC first, then said to be KST.
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "incident_id,service,title,severity,impact,started_at,resolved_at\n"
        "B-1,api,DB down,major,full_outage,2024-03-28 02:00,2024-03-28 05:00\n",
        encoding="utf-8",
    )
    path = tmp_path / "library.duckdb"
    assert main(["library", "import", str(sheet), "--tz", "UTC", "--library", str(path)]) == 0
    with open_library(path) as opened:
        change(opened, "incident", "B-1", "note", "call the DBA")
    capsys.readouterr()
    sheet.unlink()  # read from the bytes kept in the library
    argv = ["library", "reread", "1", "--tz", "Asia/Seoul", "--library", str(path)]
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert "import 1 read again: 1 rows: 1 imported" in out
    assert "read as local times in Asia/Seoul" in err
    assert main(["library", "list", "--json", "--library", str(path)]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["options"]["tz"] == "Asia/Seoul"
    (span,) = summary(capsys, path)["coverage"]
    # 02:00 KST is 17:00 UTC the day before (it was 02:00 UTC, read as UTC).
    assert pd.Timestamp(span["start"]) == pd.Timestamp("2024-03-27T17:00:00Z")
    # The note is kept by the incident's id.
    with open_library(path) as opened:
        from desktop_app.core.library.edits import edits_in_force

        assert edits_in_force(opened).incidents["B-1"]["note"] == ("call the DBA", "")
    assert main(["library", "reread", "7", "--library", str(path)]) == 1
    assert "there is no import 7" in capsys.readouterr().err


def test_coverage_states_an_imports_span_and_summary_says_so(library, capsys):
    argv = ["library", "coverage", "1", "--library", str(library), "--tz", "Asia/Seoul"]
    assert main([*argv, "--from", "2020-01-01", "--to", "2020-12-31", "--reason", "all 2020"]) == 0
    assert "import 1 covers 2020-01-01 to 2020-12-31 (Asia/Seoul), as stated" in (
        capsys.readouterr().out
    )
    (span,) = summary(capsys, library)["coverage"]
    # 2020-01-01 00:00 KST is 2019-12-31 15:00 UTC; the last day ends at 2020-12-31 24:00 KST.
    assert span["stated"] is True
    assert pd.Timestamp(span["start"]) == pd.Timestamp("2019-12-31T15:00:00Z")
    assert pd.Timestamp(span["end"]) == pd.Timestamp("2020-12-31T14:59:59.999999999Z")
    assert main([*argv, "--reset"]) == 0
    assert "covers the span of the times written in it again" in capsys.readouterr().out
    (span,) = summary(capsys, library)["coverage"]
    assert span["stated"] is False
    assert main([*argv, "--from", "2020-01-01"]) == 2
    assert "give both --from and --to" in capsys.readouterr().err
