"""A generated quarter of incidents for the page-count tests: 885 incidents over 2024 Q1
(Asia/Seoul, 91 days), 793 of them at or over the 2 h user-notice threshold.

Built by rule, not at random, so every figure can be worked out:
- incident ``k`` (0 … 884) starts at 2024-01-01 00:00 + ``k`` × 148 min (the last starts
  on day 90: 884 × 148 = 130,832 min = 90.9 days, inside the quarter's 131,040 min);
- the first ``NOTICE`` (793) are full outages lasting 120 + (k mod 7) × 10 min (2 h – 3 h,
  each at or over the 2 h threshold); they overlap the next start (148 min apart) only
  when they last 150 min or longer;
- the other 92 are partial outages of 30 + (k mod 5) min (under the threshold);
- three services take the incidents in turn (k mod 3).
"""

from __future__ import annotations

import pandas as pd
import report_data as data

from desktop_app.core.analysis import Analysis, Selection, analyse
from desktop_app.core.model import INCIDENT_COLUMNS
from desktop_app.core.window import Window

COUNT = 885
NOTICE = 793
QUARTER = Window.from_dates("2024-01-01", "2024-03-31", "Asia/Seoul")
SERVICES = ("대외계", "Payments", "Search")


def _minutes(k: int) -> int:
    return 120 + (k % 7) * 10 if k < NOTICE else 30 + k % 5


def quarter_incidents(count: int = COUNT) -> pd.DataFrame:
    """``count`` incidents by the rule above (the first ``min(count, NOTICE)`` are notices)."""
    start = pd.Timestamp("2024-01-01", tz="Asia/Seoul")
    starts = [start + pd.Timedelta(minutes=148 * k) for k in range(count)]
    frame = pd.DataFrame(
        {
            "incident_id": [f"INC-{k + 1:04d}" for k in range(count)],
            "service": [SERVICES[k % 3] for k in range(count)],
            "title": [f"장애 {k + 1}번: API 응답 지연" for k in range(count)],
            "severity": ["critical" if k % 4 == 0 else "major" for k in range(count)],
            "impact": ["full_outage" if k < NOTICE else "partial_outage" for k in range(count)],
            "started_at": starts,
            "resolved_at": [s + pd.Timedelta(minutes=_minutes(k)) for k, s in enumerate(starts)],
            "cause": ["배포 후 설정 오류" for _ in range(count)],
        }
    )
    for column in ("started_at", "resolved_at"):
        frame[column] = pd.to_datetime(frame[column]).dt.tz_convert("UTC")
    frame["acknowledged_at"] = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns, UTC]")
    frame["severity_raw"] = frame["severity"]
    frame["impact_raw"] = frame["impact"]
    frame["source_file"] = "/data/quarter.csv"
    frame["source_line"] = range(2, count + 2)
    return frame[list(INCIDENT_COLUMNS)].astype(INCIDENT_COLUMNS)


def quarter_analysis(table: pd.DataFrame) -> Analysis:
    """The quarter by month, with the report tests' settings (2 h user notice)."""
    return analyse(table, Selection(window=QUARTER, granularity="month"), data.SETTINGS)
