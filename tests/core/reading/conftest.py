"""Fixtures for the reader tests: small files written to a temporary folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "data"
WriteFile = Callable[..., Path]


@pytest.fixture
def data_dir() -> Path:
    """``tests/data``: the seed file and the bad-input corpus."""
    return DATA


@pytest.fixture
def write_file(tmp_path: Path) -> WriteFile:
    """``write_file(name, text_or_bytes, encoding="utf-8")`` -> the path written."""

    def write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return write
