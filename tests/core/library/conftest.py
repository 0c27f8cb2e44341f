"""Small libraries in a temporary folder and CSV exports written by the tests themselves."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.core.library.store import Library, open_library

HEADER = "incident_id,service,title,severity,impact,started_at,resolved_at"


def csv_text(rows: list[str]) -> str:
    """A CSV with ``HEADER``; each row is ``id,service,title,severity,impact,start,end``."""
    return "\n".join([HEADER, *rows]) + "\n"


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[[str, list[str]], Path]:
    def write(name: str, rows: list[str]) -> Path:
        path = tmp_path / name
        path.write_text(csv_text(rows), encoding="utf-8")
        return path

    return write


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with open_library(tmp_path / "lib" / "library.duckdb") as opened:
        yield opened
