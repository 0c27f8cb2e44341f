"""CSV export: spreadsheet formulas neutralised (OWASP), UTF-8 with BOM, atomic, round trip."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.writing import atomic
from desktop_app.core.writing.csv_export import export_csv, neutralise_formulas


def table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "title": [
                '=HYPERLINK("http://x","click")',
                "+cmd|' /C calc'!A0",
                "-2+3",
                "@SUM(A1:A2)",
                "\tTabbed",
                "\rReturn",
                "카카오톡 지연 = 복구",
                "<b>&<font>",
                None,
            ],
            "downtime": [-5.0, 1.5, 0.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0],
            "severity": pd.Categorical(
                ["-major", "minor", "minor", "minor", "minor", "minor", "major", "major", "major"]
            ),
        }
    )


def test_neutralises_formula_cells_only() -> None:
    safe = neutralise_formulas(table())
    assert safe["title"].tolist()[:6] == [
        '\'=HYPERLINK("http://x","click")',
        "'+cmd|' /C calc'!A0",
        "'-2+3",
        "'@SUM(A1:A2)",
        "'\tTabbed",
        "'\rReturn",
    ]
    assert safe["title"].tolist()[6:8] == ["카카오톡 지연 = 복구", "<b>&<font>"]
    assert pd.isna(safe["title"].iloc[8])
    assert safe["downtime"].tolist() == table()["downtime"].tolist()  # numbers stay numbers
    assert safe["severity"].iloc[0] == "'-major"


def test_round_trip_with_bom(tmp_path: Path) -> None:
    path = export_csv(table(), tmp_path / "out.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    back = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)
    expected = neutralise_formulas(table())
    assert back["title"].tolist() == [*expected["title"].tolist()[:8], ""]
    assert back["downtime"].tolist() == table()["downtime"].tolist()
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_failed_export_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out.csv"
    path.write_text("old")

    def full_disk(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), dst)

    monkeypatch.setattr(atomic.os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        export_csv(table(), path)
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
