"""The headless commands end to end, on the real 2020 KakaoTalk / KakaoStory incidents."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.cli.library import library_parser
from desktop_app.cli.options import gui_parser, report_parser, summary_parser
from desktop_app.cli.words import help_texts
from desktop_app.text import text_for
from desktop_app.text.catalogue import ARGPARSE_DOMAIN, translations

SEED = Path(__file__).parent / "data" / "seed_incidents.csv"

# The seed, read in Asia/Seoul. Default window: 2020-01-01 to 2020-04-01 (KST) = 31 + 29 + 31
# days = 91 days = 131,040 minutes. No maintenance.
# KakaoTalk: two partial outages, 00:00-02:15 (135 min) and 08:58-10:17 (79 min), weight 0.3:
#   D = 0.3 * 214 = 64.2 min; availability = 100 * (1 - 64.2 / 131040) = 99.951007 %.
#   uptime = 131040 - 214 = 130826 min over 2 incidents: MTBF = 65413 min = 1090.2167 h.
# KakaoStory: one full outage 12:00-15:00 (180 min): D = 180, availability = 99.862637 %,
#   MTBF = (131040 - 180) / 60 = 2181 h.
# Overall: availability = mean = 99.906822 %; downtime = 244.2 min; 3 incidents (1 critical,
#   2 major); MTTR over 135, 79, 180 min: mean 131.333, median 135, p90 = 135 + 0.8 * 45 = 171;
#   MTBF = (130826 + 130860) / 3 min = 1453.8111 h.
WINDOW_MINUTES = 131040


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(["summary", str(SEED), "--tz", "Asia/Seoul", "--json", *argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_summary_json_seed_figures(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys)
    assert data["window"] == {
        "from": "2020-01-01T00:00:00+09:00",
        "to": "2020-04-01T00:00:00+09:00",
        "timezone": "Asia/Seoul",
        "to_date": False,
    }
    overall = data["overall"]
    assert overall["availability_pct"] == pytest.approx(99.906822, abs=1e-5)
    assert overall["downtime_minutes"] == pytest.approx(244.2, abs=1e-3)
    assert overall["maintenance_minutes"] == 0
    assert overall["incidents"] == 3
    assert overall["open_incidents"] == 0
    assert overall["mttr_minutes"] == pytest.approx(394 / 3, abs=1e-3)
    assert overall["mttr_median_minutes"] == pytest.approx(135, abs=1e-3)
    assert overall["mttr_p90_minutes"] == pytest.approx(171, abs=1e-3)
    assert overall["mtbf_hours"] == pytest.approx((130826 + 130860) / 3 / 60, abs=1e-3)
    assert overall["by_severity"] == {"critical": 1, "major": 2, "minor": 0, "unknown": 0}
    services = {s["service"]: s for s in data["services"]}
    assert services["KakaoTalk"]["availability_pct"] == pytest.approx(
        100 * (1 - 64.2 / WINDOW_MINUTES), abs=1e-5
    )
    assert services["KakaoTalk"]["mtbf_hours"] == pytest.approx(65413 / 60, abs=1e-3)
    assert services["KakaoStory"]["availability_pct"] == pytest.approx(
        100 * (1 - 180 / WINDOW_MINUTES), abs=1e-5
    )
    assert services["KakaoStory"]["mtbf_hours"] == pytest.approx(2181, abs=1e-3)


def test_summary_json_lists_the_undated_row_as_rejected(capsys: pytest.CaptureFixture[str]) -> None:
    (file,) = run_json(capsys)["files"]
    assert (file["rows"], file["imported"], file["duplicates"]) == (4, 3, 0)
    assert [r["line"] for r in file["rejected"]] == [5]
    assert "start" in file["rejected"][0]["reason"]
    assert file["mapping"]["started_at"] == "started_at"


def test_summary_monthly_periods(capsys: pytest.CaptureFixture[str]) -> None:
    periods = run_json(capsys, "--granularity", "month")["periods"]
    assert [p["start"][:10] for p in periods] == ["2020-01-01", "2020-02-01", "2020-03-01"]
    # January: only KakaoTalk's 135 min partial outage: 0.3 * 135 = 40.5 min.
    assert periods[0]["downtime_minutes"] == pytest.approx(40.5, abs=1e-3)
    assert periods[1]["incidents"] == 0
    # March: 0.3 * 79 + 180 = 203.7 min.
    assert periods[2]["downtime_minutes"] == pytest.approx(203.7, abs=1e-3)


def test_summary_window_and_service_filter(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "--from", "2020-03-01", "--to", "2020-03-31", "--service", "KakaoStory")
    # March only, KakaoStory only: 31 days = 44,640 min; 180 min down.
    assert data["overall"]["availability_pct"] == pytest.approx(100 * (1 - 180 / 44640), abs=1e-5)
    assert [s["service"] for s in data["services"]] == ["KakaoStory"]


def test_summary_text_reports_rejections_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", str(SEED), "--tz", "Asia/Seoul"]) == 0
    out, err = capsys.readouterr()
    assert "KakaoStory" in out and "KakaoTalk" in out
    assert "line 5" in err


def test_summary_unreadable_file_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert main(["summary", str(empty)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"error: {empty}: ")


def test_summary_bad_file_beside_a_good_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "dump.csv"
    binary.write_bytes(bytes(range(256)) * 8)
    assert main(["summary", str(SEED), str(binary), "--tz", "Asia/Seoul", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["overall"]["incidents"] == 3
    assert f"error: {binary}: " in captured.err


def test_bad_option_values_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", str(SEED), "--tz", "Mars/Olympus"]) == 2
    assert "unknown time zone" in capsys.readouterr().err
    assert main(["summary", str(SEED), "--map", "when=Created"]) == 2
    assert "unknown field" in capsys.readouterr().err


def test_report_command_writes_a_pdf(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    code = main(["report", str(SEED), "--tz", "Asia/Seoul", "-o", str(target), "--org", "카카오"])
    assert code == 0
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "99.91 %" in text
    assert "카카오" in text


def test_the_method_page_states_the_weights_used(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    argv = ["report", str(SEED), "--tz", "Asia/Seoul", "-o", str(target)]
    assert main([*argv, "--partial-weight", "0.5", "--degraded-weight", "0.1"]) == 0
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(target).pages]
    (method,) = [page for page in pages if "Method " in page]  # it follows the incidents
    assert "a partial outage 0.5 (adjustable), degraded performance 0.1 (adjustable)" in method
    # KakaoTalk's two partial outages (214 min) now weigh 0.5: 107 min of downtime, so
    # availability = 100 * (1 - 107 / 131040) = 99.918346 %; KakaoStory stays at 99.862637 %;
    # overall (99.918346 + 99.862637) / 2 = 99.890 %.
    assert "99.89 %" in pages[0]


def test_python_dash_m_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0
    assert done.stdout.strip().endswith("0.1.0")


BAD = Path(__file__).parent / "data" / "bad"


@pytest.mark.parametrize("name", sorted(p.name for p in BAD.iterdir()))
def test_every_bad_input_is_explained_or_adds_up(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = BAD / name
    code = main(["summary", str(path), "--tz", "UTC", "--json"])
    captured = capsys.readouterr()
    if code == 1:
        errors = [e for e in captured.err.strip().splitlines() if not e.startswith("note: ")]
        (line,) = errors
        assert line.startswith(f"error: {path}: ")
        return
    assert code == 0
    (file,) = json.loads(captured.out)["files"]
    assert file["rows"] == file["imported"] + file["duplicates"] + len(file["rejected"])
    assert all(row["line"] >= 2 and row["reason"] for row in file["rejected"])


def test_summary_text_lists_each_rejected_row_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", str(SEED), "--tz", "Asia/Seoul"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"rejected: {SEED}: line 5: no start time (column 'started_at' is empty)"]


def test_map_gives_a_duration_its_unit(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 11: --map duration=report.closeTime:ms (Opsgenie's close time is in ms)."""
    path = tmp_path / "alerts.csv"
    path.write_text("tinyId,createdAt,report.closeTime\n1,2026-03-01T10:00:00Z,1800000\n")
    argv = ["summary", str(path), "--tz", "UTC", "--json", "--map", "duration=report.closeTime:ms"]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overall"]["mttr_minutes"] == 30
    assert data["as_of"] is not None


def test_summary_in_korean_from_the_locale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert main(["summary", str(SEED), "--tz", "Asia/Seoul"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    # the default window: January to March 2020, as the Korean PDF writes it
    assert lines[0].startswith("기간: 2020년 1월 1일 ~ 2020년 3월 31일 · KST (UTC+9) ·")
    overall = next(line for line in lines if line.startswith("전체"))
    assert "99.907 %" in overall and "2시간 15분" in overall  # median MTTR 135 min
    assert err.startswith("제외: ")
    assert main(["summary", str(SEED), "--tz", "Asia/Seoul", "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("Window: 1 Jan 2020 – 31 Mar 2020")


def test_reasons_findings_and_file_errors_in_korean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The seed's line 5 has no start; an empty file; split_date_time's units row and zone."""
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    split = SEED.parent / "formats" / "split_date_time.csv"
    argv = ["summary", str(SEED), str(split), str(empty), "--tz", "Asia/Seoul"]
    assert main([*argv, "--lang", "ko"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert f"오류: {empty}: 파일이 비어 있습니다" in err
    assert f"제외: {SEED}: 5행: 시작 시각 없음('started_at' 열이 비어 있음)" in err
    assert f"참고: {split}: 2행: 장애가 아니라 단위를 적은 행이라 건너뛰었습니다" in err
    assert f"참고: {split}: 시간대가 없는 시각은 Asia/Seoul 현지 시각으로 읽었습니다" in err
    assert main([*argv, "--lang", "en"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert f"error: {empty}: the file is empty" in err
    assert f"note: {split}: line 2: row 2 holds units, not an incident; skipped" in err


def test_help_in_korean_and_english(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["summary", "--help", "--lang", "ko"])
    korean = capsys.readouterr().out
    flowing = " ".join(korean.split())  # the help wraps at the terminal's width
    assert done.value.code == 0
    assert korean.startswith("사용법: reliability-desk summary [-h]")
    assert "\n옵션:\n  -h, --help            이 도움말을 보여 주고 끝냅니다\n" in korean
    assert "부분 장애 중 다운타임으로 셈하는 비율 (기본값 0.3)" in flowing
    assert "이용자 고지 대상으로 표시합니다 (기본값 2시간)" in flowing
    with pytest.raises(SystemExit):
        main(["summary", "--help", "--lang", "en"])
    english = " ".join(capsys.readouterr().out.split())
    assert english.startswith("usage: reliability-desk summary [-h]")
    assert "share of a partial outage counted as downtime (default 0.3)" in english
    assert "(default 2)" in english
    assert argparse._("usage: ") == "usage: "  # argparse's words are English again


PARSERS = (summary_parser, report_parser, gui_parser, library_parser)
#: Every subcommand's ``--help``.
HELPS = (
    ["summary", "--help"],
    ["report", "--help"],
    ["--help"],
    ["library", "--help"],
    *(["library", action, "--help"] for action in ("import", "list", "remove", "export")),
)


def test_every_help_text_has_korean(capsys: pytest.CaptureFixture[str]) -> None:
    """Each description and help text of every command is in the catalogue with a Korean
    form, and no English one is left in any ``--help`` written in Korean."""
    english = {text for build in PARSERS for text in help_texts(build(text_for("en")))}
    assert len(english) > 30
    ours, argparses = translations("ko"), translations("ko", ARGPARSE_DOMAIN)
    assert [t for t in english if t == ours.gettext(t) == argparses.gettext(t)] == []
    for argv in HELPS:
        with pytest.raises(SystemExit) as done:
            main([*argv, "--lang", "ko"])
        assert done.value.code == 0
        shown = " ".join(capsys.readouterr().out.split())
        left = [t for t in english if " ".join(t.split("%(")[0].split()) in shown]
        assert left == [], argv


def test_a_bad_option_in_korean(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    """``--lang`` or, without it, the locale chooses the words of argparse's own errors."""
    assert main(["summary", str(SEED), "--slo", "x", "--lang", "ko"]) == 2
    expected = "오류: --slo: float 값으로 읽을 수 없음: 'x' (reliability-desk summary --help 참고)"
    assert capsys.readouterr().err.strip() == expected
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert main(["summary", str(SEED), "--granularity", "hour"]) == 2
    assert capsys.readouterr().err.startswith("오류: --granularity: 고를 수 없는 값 'hour'")
    assert main(["summary", str(SEED), "--slo", "x", "--lang", "en"]) == 2
    assert capsys.readouterr().err.startswith("error: argument --slo: invalid float value: 'x'")


def test_json_is_the_same_in_every_language(capsys: pytest.CaptureFixture[str]) -> None:
    korean, english = run_json(capsys, "--lang", "ko"), run_json(capsys, "--lang", "en")
    korean.pop("as_of"), english.pop("as_of")  # the moment of each run
    assert korean == english


def test_report_in_korean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.pdf"
    argv = ["report", str(SEED), "--tz", "Asia/Seoul", "-o", str(target), "--lang", "ko"]
    assert main(argv) == 0
    assert capsys.readouterr().out.strip() == f"작성함: {target}"
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "보고 기간 2020년 1월 1일 ~ 2020년 3월 31일" in text
    # KakaoTalk's 135 min outage and KakaoStory's 180 min one reach the 2 h threshold;
    # KakaoTalk's 79 min one does not
    assert "이용자 고지 대상 (2건)" in text


def test_the_settings_options_come_from_the_schema() -> None:
    """Each setting's flag has the schema's default and choices, under the field's name."""
    from desktop_app.core.settings import SETTINGS

    for build in (summary_parser, report_parser):
        actions = {a.dest: a for a in build(text_for("en"))._actions}
        for item in SETTINGS:
            if item.name not in actions:
                continue
            action = actions[item.name]
            assert action.option_strings == [item.option]
            assert action.default == (None if item.name == "tz" else item.default)
            assert action.choices == item.choices
    assert "page_size" not in {a.dest for a in summary_parser(text_for("en"))._actions}


@pytest.mark.parametrize(
    ("option", "value", "line"),
    [
        ("--partial-weight", "1.5", "error: --partial-weight: 1.5 is not a share between 0 and 1"),
        (
            "--degraded-weight",
            "nan",
            "error: --degraded-weight: nan is not a share between 0 and 1",
        ),
        ("--slo", "100", "error: --slo: 100 is not a percentage above 0 and below 100"),
        ("--notice-hours", "0", "error: --notice-hours: 0 is not a positive number"),
    ],
)
def test_a_setting_out_of_range_is_one_error_line(
    capsys: pytest.CaptureFixture[str], option: str, value: str, line: str
) -> None:
    assert main(["summary", str(SEED), option, value, "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip() == line


def test_argparse_words_are_put_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """argparse's domain and the language are the command's only while it parses."""
    import gettext
    import os

    from desktop_app.cli.words import argparse_words

    monkeypatch.setenv("LANGUAGE", "fr")
    domain = gettext.textdomain()
    with argparse_words("ko"):
        assert argparse._("usage: ") == "사용법: "
    assert (gettext.textdomain(), os.environ["LANGUAGE"]) == (domain, "fr")
    assert argparse._("usage: ") == "usage: "
