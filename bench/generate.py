"""Deterministic synthetic incident CSVs for the benchmarks (vectorised; 1M rows in seconds)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

TITLES = np.array(
    [
        "메시지 수·발신 지연",
        "로그인 불가",
        "결제 승인 실패",
        "검색 응답 지연",
        "API 5xx error rate above 5%",
        "Checkout latency p99 > 2s",
        "데이터베이스 연결 풀 고갈",
        "CDN cache miss storm",
    ]
)
IMPACTS = np.array(["full_outage", "partial_outage", "degraded_performance", "under_maintenance"])
IMPACT_P = [0.25, 0.4, 0.25, 0.1]
SEVERITIES = np.array(["critical", "major", "minor", "P4"])
SEVERITY_P = [0.15, 0.35, 0.45, 0.05]
SPAN_DAYS = 730
START = np.datetime64("2024-01-01T00:00:00", "s")


def _iso(times: np.ndarray, offset_hours: np.ndarray) -> np.ndarray:
    local = times + (offset_hours * 3600).astype("timedelta64[s]")
    text = np.datetime_as_string(local, unit="s").astype(object)
    suffix = np.where(offset_hours == 0, "Z", "+09:00").astype(object)
    return text + suffix


def incident_table(rows: int, services: int = 50, seed: int = 0) -> pa.Table:
    """``rows`` incidents over two years on ``services`` services, overlaps included."""
    rng = np.random.default_rng(seed)
    start = START + rng.integers(0, SPAN_DAYS * 86400, rows).astype("timedelta64[s]")
    minutes = np.clip(rng.lognormal(np.log(30), 1.0, rows), 1, 3 * 24 * 60).astype("int64")
    end = start + (minutes * 60).astype("timedelta64[s]")
    offsets = np.where(rng.random(rows) < 0.8, 9, 0)
    resolved = _iso(end, offsets)
    resolved[rng.random(rows) < 0.001] = ""
    service_names = np.array([f"서비스-{i:02d}" for i in range(services)], dtype=object)
    return pa.table(
        {
            "incident_id": [f"INC-{i:07d}" for i in range(rows)],
            "service": service_names[rng.integers(0, services, rows)],
            "title": TITLES[rng.integers(0, len(TITLES), rows)],
            "severity": rng.choice(SEVERITIES, rows, p=SEVERITY_P),
            "impact": rng.choice(IMPACTS, rows, p=IMPACT_P),
            "started_at": _iso(start, offsets),
            "resolved_at": resolved,
        }
    )


def write_incident_csv(path: Path, rows: int, services: int = 50, seed: int = 0) -> Path:
    """Write (or reuse, when already there) the CSV for ``rows`` incidents."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        pacsv.write_csv(incident_table(rows, services, seed), tmp)
        tmp.replace(path)
    return path
