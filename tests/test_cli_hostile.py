"""Awkward but legitimate inputs and options, run through the CLI: each ends in a figure or in
one clear line, never a traceback, and never in a destroyed file (issue 12)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.settings import DEFAULT_LIMITS, Limits

HEADER = "incident_id,service,severity,impact,started_at,resolved_at"


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def run(
    capsys: pytest.CaptureFixture[str], *argv: str, limits: Limits = DEFAULT_LIMITS
) -> tuple[int, str, str]:
    code = main(list(argv), limits=limits)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def one_error_line(err: str) -> str:
    (line,) = err.strip().splitlines()
    assert line.startswith("error: ")
    return line


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """web: a 60 min full outage (critical) and a 30 min one (minor); db: a 4 h maintenance."""
    return write_csv(
        tmp_path / "small.csv",
        [
            "A,web,critical,full_outage,2021-03-02T10:00:00Z,2021-03-02T11:00:00Z",
            "B,web,minor,full_outage,2021-03-05T10:00:00Z,2021-03-05T10:30:00Z",
            "M,web,,maintenance,2021-03-02T09:00:00Z,2021-03-02T13:00:00Z",
        ],
    )


BAD_OPTIONS = [
    ["--partial-weight", "inf"],
    ["--partial-weight", "nan"],
    ["--partial-weight", "50"],
    ["--partial-weight", "-1"],
    ["--degraded-weight", "1.5"],
    ["--slo", "nan"],
    ["--slo", "150"],
    ["--slo", "-5"],
    ["--slo", "inf"],
    ["--slo", "100"],
    ["--from", "9999-01-01"],
    ["--from", "0001-01-01"],
    ["--to", "2021-02-30"],
    ["--from", "2021-03-31", "--to", "2021-03-01"],
    ["--from", "2030-01-01"],
    ["--granularity", "hour"],
    ["--tz", "Mars/Base"],
    ["--service", "Web"],
]


@pytest.mark.parametrize("options", [*BAD_OPTIONS, ["--map", "bogus=x"]], ids=" ".join)
def test_a_bad_option_is_said_in_korean(
    options: list[str], small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The English line's words after the option are gone from the Korean one (issue 14)."""
    argv = ["summary", str(small), "--tz", "UTC", *options]
    _, _, english = run(capsys, *argv, "--lang", "en")
    code, _, korean = run(capsys, *argv, "--lang", "ko")
    words = one_error_line(english).removeprefix("error: ").removeprefix("argument ")
    said = words.split(": ", 1)[1].split(" (see ")[0]
    assert code == 2
    assert korean.startswith("오류: ") and said not in korean
    assert re.search("[가-힣]", korean.split(": ", 2)[2])


@pytest.mark.parametrize("options", BAD_OPTIONS, ids=" ".join)
def test_a_bad_option_is_one_usage_line_and_exit_2(
    options: list[str], small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "summary", str(small), "--tz", "UTC", *options)
    assert (code, out) == (2, "")
    line = one_error_line(err)
    assert options[0] in line or "service" in line


def test_an_unknown_service_is_refused_with_the_known_ones(
    small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "summary", str(small), "--tz", "UTC", "--service", "WEB")
    assert code == 2
    line = one_error_line(err)
    assert "no service 'WEB'" in line
    assert "did you mean 'web'?" in line
    assert "known services: web" in line


def test_maintenance_stays_under_a_severity_filter(
    small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # March 2021: 31 days = 44,640 min; maintenance 09:00-13:00 = 240 min is never measured.
    # Everything: incident A lies inside maintenance, so only B's 30 min count:
    #   100 * (1 - 30 / 44,400) = 99.932432 %.
    # Critical only: A alone, still inside maintenance: no downtime, 100 %. Had maintenance
    # been dropped, A's 60 min would count: 99.865591 %, worse than with every severity.
    argv = ["summary", str(small), "--tz", "UTC", "--json"]
    code, out, _ = run(capsys, *argv)
    everything = json.loads(out)["overall"]
    code, out, _ = run(capsys, *argv, "--severity", "critical")
    critical = json.loads(out)["overall"]
    assert code == 0
    assert everything["availability_pct"] == pytest.approx(100 * (1 - 30 / 44400), abs=1e-6)
    assert critical["availability_pct"] == 100.0
    assert critical["maintenance_minutes"] == everything["maintenance_minutes"] == 240
    assert critical["incidents"] == 1


@pytest.mark.parametrize(
    ("zone", "first", "last"),
    [
        ("America/Havana", "2022-03-13", "2022-11-05"),  # 00:00 skipped; 01:00 -> 00:00 back
        ("America/Asuncion", "2022-03-27", "2022-10-02"),
        ("Africa/Cairo", "2023-04-28", "2023-10-26"),
        ("Asia/Amman", "2022-02-25", "2022-10-28"),
        ("Asia/Damascus", "2022-03-25", "2022-10-28"),
    ],
)
def test_zones_whose_clocks_change_at_midnight(
    zone: str, first: str, last: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Both the covering window (first of the month) and --from/--to on the change days."""
    year = first[:4]
    data = write_csv(
        tmp_path / "dst.csv",
        [
            f"A,web,major,full_outage,{first} 00:30,{first} 02:00",
            f"B,web,major,full_outage,{last} 23:00,{year}-12-31 01:00",
        ],
    )
    argv = ["summary", str(data), "--tz", zone, "--granularity", "day", "--json"]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert len(json.loads(out)["periods"]) > 200
    code, out, _ = run(capsys, *argv, "--from", first, "--to", last)
    assert code == 0
    assert json.loads(out)["overall"]["incidents"] == 2


def test_far_off_rows_coarsen_the_periods_and_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """500 services, one row in 1990 and one in 2099: day periods would be 20 million cells."""
    rows = [
        f"S{i},svc{i:03d},minor,full_outage,2020-06-01 10:00,2020-06-01 10:05" for i in range(500)
    ]
    rows += ["OLD,svc000,minor,full_outage,1990-01-02 10:00,1990-01-02 11:00"]
    rows += ["NEW,svc001,minor,full_outage,2099-12-30 10:00,2099-12-30 11:00"]
    data = write_csv(tmp_path / "wide.csv", rows)
    code, out, _err = run(
        capsys, "summary", str(data), "--tz", "UTC", "--granularity", "day", "--json"
    )
    assert code == 0
    document = json.loads(out)
    assert len(document["periods"]) * len(document["services"]) <= DEFAULT_LIMITS.max_grid_cells
    assert document["options"]["granularity"] != "day"
    kinds = {f["kind"]: f for f in document["findings"]}
    assert "periods are by" in kinds["coarser_periods"]["message"]
    assert kinds["far_off_dates"]["line"] == 502  # header 1, 500 rows, then the 1990 row
    assert "502, 503" in kinds["far_off_dates"]["message"]


def test_a_grid_too_large_even_by_quarter_is_refused(
    small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_cells = Limits(max_grid_cells=0)
    code, _, err = run(capsys, "summary", str(small), "--tz", "UTC", limits=no_cells)
    assert code == 2
    assert "choose fewer services or a shorter window" in one_error_line(err)


def test_offsets_beyond_14_hours_are_rejected_per_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = write_csv(
        tmp_path / "offsets.csv",
        [
            "A,web,major,full_outage,2021-03-02T10:00:00+14:00,2021-03-02T11:00:00+14:00",
            "B,web,major,full_outage,2021-03-02T10:00:00+23:00,2021-03-02T11:00:00+23:00",
            "C,web,major,full_outage,2021-03-02 10:00 -14:30,2021-03-02 11:00 -14:30",
            "D,web,major,full_outage,2021-03-02T10:00:00+05:99,2021-03-02T11:00:00Z",
        ],
    )
    code, out, _ = run(capsys, "summary", str(data), "--tz", "UTC", "--json")
    assert code == 0
    (file,) = json.loads(out)["files"]
    assert file["imported"] == 1
    assert [r["line"] for r in file["rejected"]] == [3, 4, 5]
    assert all("beyond ±14:00" in r["reason"] for r in file["rejected"])


def test_an_unknown_tz_falls_back_to_utc_with_a_finding(
    small: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TZ", "Mars/Base")
    code, out, _ = run(capsys, "summary", str(small), "--json")
    assert code == 0
    document = json.loads(out)
    assert document["window"]["timezone"] == "UTC"
    (finding,) = [f for f in document["findings"] if f["kind"] == "local_zone_unknown"]
    assert "Mars/Base" in finding["message"]
    code, _, err = run(capsys, "summary", str(small))
    assert "note: TZ='Mars/Base' names no time zone" in err


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *argv], capture_output=True, text=True, timeout=120
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_special_files_are_refused_by_name(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    done = _cli("summary", str(fifo), "/dev/zero", str(tmp_path), "--tz", "UTC")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert f"error: {fifo}: it is a named pipe (FIFO), not a regular file" in lines
    assert "error: /dev/zero: it is a character device, not a regular file" in lines
    assert f"error: {tmp_path}: it is a folder, not a regular file" in lines


def test_a_file_above_the_size_cap_is_refused(
    small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tiny = Limits(max_file_bytes=64)
    code, _, err = run(capsys, "summary", str(small), "--tz", "UTC", limits=tiny)
    assert code == 1
    assert "the most one file may hold" in err


def test_report_never_writes_over_an_input(tmp_path: Path, small: Path) -> None:
    before = small.read_bytes()
    link = tmp_path / "link.pdf"
    link.symlink_to(small)
    for output in (small, link, tmp_path / "." / small.name):
        done = _cli("report", str(small), "--tz", "UTC", "-o", str(output))
        assert done.returncode == 2
        assert "is an input file" in done.stderr and "Traceback" not in done.stderr
    assert small.read_bytes() == before
    assert link.is_symlink()


def test_report_writes_through_a_symlinked_output(
    tmp_path: Path, small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "reports").mkdir()
    real = tmp_path / "reports" / "march.pdf"
    link = tmp_path / "latest.pdf"
    link.symlink_to(real)
    code, _, _ = run(capsys, "report", str(small), "--tz", "UTC", "-o", str(link))
    assert code == 0
    assert link.is_symlink() and link.resolve() == real
    assert real.read_bytes().startswith(b"%PDF-")


def test_a_reader_that_goes_away_ends_the_command_quietly(small: Path) -> None:
    """``summary ... | head``: a closed pipe is not an error worth a traceback."""
    sample = Path(__file__).parents[1] / "resources" / "samples" / "example_corp_2020_2021.csv"
    command = [sys.executable, "-m", "desktop_app", "summary", str(sample), "--tz", "UTC"]
    child = subprocess.Popen(
        [*command, "--granularity", "day", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.read(10)
    child.stdout.close()
    err = child.stderr.read()
    assert child.wait(timeout=120) in (0, 141)
    assert "Traceback" not in err


def test_absurd_durations_are_rejected_per_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "durations.csv"
    data.write_text(
        "incident_id,service,started_at,duration_minutes\n"
        "A,web,2021-03-02T10:00:00Z,1e300\n"
        "B,web,2021-03-02T10:00:00Z,inf\n"
        "C,web,2021-03-02T10:00:00Z,30\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "summary", str(data), "--tz", "UTC", "--json")
    assert code == 0
    (file,) = json.loads(out)["files"]
    assert file["imported"] == 1
    assert all("longer than" in r["reason"] for r in file["rejected"])
