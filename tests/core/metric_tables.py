"""A tiny builder of canonical incident tables for metric tests."""

from __future__ import annotations

import pandas as pd

from desktop_app.core.model import INCIDENT_COLUMNS, TIME_DTYPE

Time = str | pd.Timestamp | None


def _times(values: list[Time], tz: str) -> pd.Series:
    stamps = [None if v is None else pd.Timestamp(v) for v in values]
    aware = [s if s is None or s.tzinfo else s.tz_localize(tz) for s in stamps]
    return pd.Series(pd.to_datetime(aware, utc=True)).astype(TIME_DTYPE)


def make_incidents(
    rows: list[tuple[str, str, str, Time, Time]],
    tz: str = "UTC",
    acknowledged: list[Time] | None = None,
) -> pd.DataFrame:
    """Rows ``(service, impact, severity, started, resolved)``; naive times are in ``tz``.

    ``resolved`` None is an open incident.
    """
    n = len(rows)
    columns = [[row[k] for row in rows] for k in range(5)]
    services, impacts, severities, starts, ends = columns
    frame = pd.DataFrame(
        {
            "incident_id": [f"i{k}" for k in range(n)],
            "service": services,
            "title": [""] * n,
            "severity": severities,
            "severity_raw": severities,
            "impact": impacts,
            "impact_raw": impacts,
            "started_at": _times(starts, tz),
            "resolved_at": _times(ends, tz),
            "acknowledged_at": _times(acknowledged or [None] * n, tz),
            "cause": [""] * n,
            "source_file": ["test.csv"] * n,
            "source_line": range(2, n + 2),
        }
    )
    return frame.astype(INCIDENT_COLUMNS)
