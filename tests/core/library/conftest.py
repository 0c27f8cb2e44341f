"""Small libraries, on both backends, and CSV exports written by the tests themselves.

``library`` runs each test twice: on a DuckDB file in a temporary folder and on a fresh schema
of the throwaway PostgreSQL server of ``tests/postgres.py``.
"""

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


@pytest.fixture(params=["duckdb", "postgresql"])
def library_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "duckdb":
        return str(tmp_path / "lib" / "library.duckdb")
    url: str = request.getfixturevalue("server_url")
    return url


@pytest.fixture
def library(library_location: str) -> Iterator[Library]:
    with open_library(library_location) as opened:
        yield opened


@pytest.fixture
def file_library(tmp_path: Path) -> Iterator[Library]:
    """A DuckDB file, for what only a file has (its writer lock, backups)."""
    with open_library(tmp_path / "lib" / "library.duckdb") as opened:
        yield opened
