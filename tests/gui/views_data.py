"""Hand-made incident tables for the view tests (imported by tests/gui/test_views_*.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtGui import QFontDatabase

from desktop_app.core.model import INCIDENT_COLUMNS

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "NanumGothic.ttf"


def register_font() -> str:
    """Register the bundled Hangul font and return its family name."""
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    return QFontDatabase.applicationFontFamilies(font_id)[0]


def incidents_frame(rows: list[tuple]) -> pd.DataFrame:
    """(id, service, title, severity, impact, start, end or None, cause) rows, times in UTC."""
    ids, services, titles, severities, impacts, starts, ends, causes = zip(*rows, strict=True)
    frame = pd.DataFrame(
        {
            "incident_id": ids,
            "service": services,
            "title": titles,
            "severity": severities,
            "severity_raw": [s.upper() for s in severities],
            "impact": impacts,
            "impact_raw": impacts,
            "started_at": pd.to_datetime(list(starts), utc=True),
            "resolved_at": pd.to_datetime(list(ends), utc=True),
            "acknowledged_at": pd.to_datetime([None] * len(rows), utc=True),
            "cause": causes,
            "source_file": ["incidents.csv"] * len(rows),
            "source_line": range(2, 2 + len(rows)),
        }
    )
    return frame.astype(INCIDENT_COLUMNS)  # type: ignore[arg-type]


#: Two services over the first quarter of 2024 (UTC). Minutes: Jan 44,640, Feb 41,760,
#: Mar 44,640; the quarter 131,040.
SMALL_ROWS: list[tuple] = [
    (
        "A-1",
        "api",
        "DB 장애",
        "critical",
        "full_outage",
        "2024-01-10 10:00",
        "2024-01-10 11:00",
        "디스크 가득",
    ),
    (
        "A-2",
        "api",
        "느린 응답",
        "minor",
        "partial_outage",
        "2024-02-05 00:00",
        "2024-02-05 02:00",
        "",
    ),
    (
        "P-1",
        "결제",
        "결제 실패",
        "major",
        "full_outage",
        "2024-02-20 12:00",
        "2024-02-20 12:30",
        "배포 오류",
    ),
    (
        "P-2",
        "결제",
        "정기 점검",
        "minor",
        "maintenance",
        "2024-03-03 01:00",
        "2024-03-03 03:00",
        "",
    ),
    (
        "P-3",
        "결제",
        "카드사 연동 장애",
        "critical",
        "full_outage",
        "2024-03-15 00:00",
        "2024-03-15 00:45",
        "외부",
    ),
]


def small_incidents() -> pd.DataFrame:
    return incidents_frame(SMALL_ROWS)


def big_incidents(count: int, services: int = 50, seed: int = 7) -> pd.DataFrame:
    """``count`` random incidents over two years, for timing and smoothness checks."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2023-01-01", tz="UTC").value
    span = 730 * 86_400 * 10**9
    starts = start + rng.integers(0, span, count)
    minutes = rng.exponential(45.0, count).astype("int64") + 1
    ends = starts + minutes * 60 * 10**9
    names = np.array([f"서비스-{i:02d}" for i in range(services)], dtype=object)
    severities = np.array(["critical", "major", "minor", "unknown"], dtype=object)
    impacts = np.array(["full_outage", "partial_outage", "degraded", "maintenance"], dtype=object)
    frame = pd.DataFrame(
        {
            "incident_id": [f"INC-{i}" for i in range(count)],
            "service": names[rng.integers(0, services, count)],
            "title": "응답 지연",
            "severity": severities[rng.integers(0, 4, count)],
            "severity_raw": "x",
            "impact": impacts[rng.choice(4, count, p=[0.2, 0.3, 0.4, 0.1])],
            "impact_raw": "x",
            "started_at": pd.to_datetime(starts, utc=True),
            "resolved_at": pd.to_datetime(ends, utc=True),
            "acknowledged_at": pd.to_datetime(starts, utc=True),
            "cause": "",
            "source_file": "big.csv",
            "source_line": np.arange(2, count + 2),
        }
    )
    return frame.astype(INCIDENT_COLUMNS)  # type: ignore[arg-type]


def shown(qtbot, widget, size: tuple[int, int] = (1024, 700)):
    """``widget`` on screen (offscreen) at ``size``, closed after the test."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
