"""Severity and impact words from many tools, mapped onto the canonical categories.

Each distinct text is classified once, so the cost is per distinct value, not per row.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from desktop_app.core.model import IMPACT_DTYPE, SEVERITY_DTYPE

_LEVEL = re.compile(r"^(?:p|sev|s|severity|priority|level|lvl)?(\d)(?:\D.*)?$")
_SEVERITY_WORDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "critical",
            "highest",
            "blocker",
            "emergency",
            "fatal",
            "urgent",
            "긴급",
            "심각",
            "치명",
            "치명적",
            "최상",
            "disaster",
            "critique",
            "kritisch",
            "crítica",
            "critica",
            "crítico",
            "緊急",
            "致命的",
        ),
        "critical",
    ),
    **dict.fromkeys(
        (
            "high",
            "major",
            "important",
            "높음",
            "상",
            "중대",
            "높은",
            "majeure",
            "élevée",
            "haute",
            "hoch",
            "alta",
            "alto",
            "mayor",
            "高",
            "重大",
        ),
        "major",
    ),
    **dict.fromkeys(
        (
            "medium",
            "moderate",
            "normal",
            "low",
            "lowest",
            "minor",
            "trivial",
            "info",
            "warning",
            "planning",
            "average",
            "information",
            "mineure",
            "moyenne",
            "faible",
            "basse",
            "mittel",
            "niedrig",
            "gering",
            "media",
            "medio",
            "baja",
            "bajo",
            "menor",
            "中",
            "低",
            "軽微",
            "not classified",
            "none",
            "보통",
            "낮음",
            "중",
            "하",
            "경미",
            "낮은",
        ),
        "minor",
    ),
}
_IMPACT_WORDS: dict[str, str] = {
    **dict.fromkeys(
        (
            "full_outage",
            "major_outage",
            "outage",
            "down",
            "full",
            "total",
            "unavailable",
            "전면 장애",
            "전체 장애",
            "서비스 중단",
            "중단",
            "불가",
            "critical",
            "major",
            # scope: who the incident reached (영향범위, scope, 影響範囲)
            "전체 고객",
            "전 고객",
            "모든 고객",
            "전체 사용자",
            "전체",
            "全体",
            "全ユーザー",
            "all",
            "all customers",
            "all users",
            "global",
        ),
        "full_outage",
    ),
    **dict.fromkeys(
        (
            "partial_outage",
            "partial",
            "partially down",
            "부분 장애",
            "일부 장애",
            "부분",
            "minor",
            "일부 고객",
            "일부 사용자",
            "일부",
            "一部",
            "一部ユーザー",
            "partial customers",
            "some customers",
            "some users",
        ),
        "partial_outage",
    ),
    **dict.fromkeys(
        (
            "degraded",
            "degraded_performance",
            "performance",
            "slow",
            "성능 저하",
            "지연",
            "저하",
            "none",
        ),
        "degraded",
    ),
    **dict.fromkeys(
        (
            "maintenance",
            "under_maintenance",
            "planned",
            "scheduled",
            "scheduled_maintenance",
            "점검",
            "정기 점검",
            "정기점검",
            "계획 점검",
        ),
        "maintenance",
    ),
}
_KEY = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return _KEY.sub("", text.casefold())


_SEVERITY_BY_KEY = {_key(word): level for word, level in _SEVERITY_WORDS.items()}
_IMPACT_BY_KEY = {_key(word): impact for word, impact in _IMPACT_WORDS.items()}


def severity_of(text: str) -> str:
    """``'P1'``/``'SEV1'``/``'1 - High'`` -> critical (a leading level number wins over words)."""
    key = _key(text)
    level = _LEVEL.match(key)
    if level:
        number = int(level.group(1))
        return "critical" if number <= 1 else "major" if number == 2 else "minor"
    return _SEVERITY_BY_KEY.get(key, "unknown")


def impact_of(text: str) -> str | None:
    """The canonical impact for a word, or ``None`` when ``text`` is not an impact word."""
    return _IMPACT_BY_KEY.get(_key(text))


def normalise_severity(raw: pa.ChunkedArray | None, rows: int) -> pd.Series:
    """Categorical severity; empty or unrecognised text is ``unknown``."""
    return _map_distinct(raw, rows, severity_of, "unknown", SEVERITY_DTYPE)


def normalise_impact(raw: pa.ChunkedArray | None, rows: int) -> pd.Series:
    """Categorical impact; no column, empty or unrecognised text count as a full outage."""
    return _map_distinct(
        raw, rows, lambda t: impact_of(t) or "full_outage", "full_outage", IMPACT_DTYPE
    )


def _map_distinct(
    raw: pa.ChunkedArray | None,
    rows: int,
    classify: Callable[[str], str],
    missing: str,
    dtype: pd.CategoricalDtype,
) -> pd.Series:
    """Classify each distinct text once; ``raw`` None (no column) is ``missing`` everywhere."""
    if raw is None or rows == 0:
        codes = np.full(rows, dtype.categories.get_loc(missing), dtype=np.int64)
        return pd.Series(pd.Categorical.from_codes(codes, dtype=dtype))
    encoded = pc.dictionary_encode(raw).combine_chunks()
    labels = [classify(value) for value in encoded.dictionary.to_pylist()] + [missing]
    label_codes = dtype.categories.get_indexer(pd.Index(labels))
    codes = pc.fill_null(encoded.indices, len(labels) - 1).to_numpy(zero_copy_only=False)
    return pd.Series(pd.Categorical.from_codes(label_codes[codes], dtype=dtype))
