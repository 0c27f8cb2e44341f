"""How one table is read (``Spec``) and how a row is rejected (``Rule``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Spec:
    """Field -> header, per-row fallback headers, seconds per unit of duration fields,
    fields holding numbers counted from the start, whether numbers in date columns are Excel
    serial days, and how a row is named in reasons (line, or sheet and row)."""

    mapping: dict[str, str]
    fallbacks: dict[str, str]
    units: dict[str, float]
    offsets: frozenset[str]
    serials: bool
    path: str
    sheet: str | None = None
    damaged: bool = False

    def where(self, line: int) -> str:
        return f"sheet '{self.sheet}', row {line}" if self.sheet else f"line {line}"


@dataclass(frozen=True)
class Rule:
    """Rows where ``mask`` is set are rejected with ``message(row)`` unless an earlier rule hit."""

    mask: np.ndarray
    message: Callable[[int], str]
    totals: bool = False
