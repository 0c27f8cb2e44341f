"""Write the bundled sample data: the real 2020 seed incidents plus a generated two-year history.

The history is deterministic (fixed seed) and fictional: six services of an imaginary company,
2020-01-01 to 2021-12-31 in Asia/Seoul, every impact and severity, overlaps, clusters, planned
maintenance and a few incidents still open at the end.
Run: ``python scripts/generate_sample_data.py``.
"""

from __future__ import annotations

import csv
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
SEED = ROOT.parent / "shared" / "data" / "seed_incidents.csv"
KST = timezone(timedelta(hours=9))
START = datetime(2020, 1, 1, tzinfo=KST)
MONTHS = 24

# name, incidents per month at the start, yearly improvement factor
SERVICES = [
    ("메시지 전송", 2.2, 0.75),
    ("로그인·인증", 1.4, 0.8),
    ("결제", 1.1, 0.7),
    ("Search API", 1.7, 0.9),
    ("Web Console", 1.2, 1.0),
    ("파일 전송", 0.9, 0.85),
]
IMPACTS = ["full_outage", "partial_outage", "degraded_performance", "under_maintenance"]
IMPACT_P = [0.22, 0.38, 0.25, 0.15]
SEVERITY_BY_IMPACT = {
    "full_outage": (["critical", "major"], [0.7, 0.3]),
    "partial_outage": (["critical", "major", "minor"], [0.15, 0.6, 0.25]),
    "degraded_performance": (["major", "minor"], [0.3, 0.7]),
    "under_maintenance": (["minor"], [1.0]),
}
TITLES_KO = {
    "full_outage": ["{s} 전면 장애", "{s} 접속 불가"],
    "partial_outage": ["{s} 일부 이용자 오류", "{s} 간헐적 실패"],
    "degraded_performance": ["{s} 응답 지연", "{s} 성능 저하"],
    "under_maintenance": ["{s} 정기 점검", "{s} 데이터베이스 점검"],
}
TITLES_EN = {
    "full_outage": ["{s} unavailable", "{s} down for all users"],
    "partial_outage": ["{s} errors for some users", "{s} intermittent failures"],
    "degraded_performance": ["{s} slow responses", "{s} elevated latency"],
    "under_maintenance": ["{s} planned maintenance", "{s} database upgrade"],
}
CAUSES = [
    "배포 후 설정 오류",
    "데이터베이스 연결 풀 고갈",
    "내부 네트워크 문제",
    "트래픽 폭증",
    "외부 결제사 장애",
    "인증서 만료",
    "Disk full on log volume",
    "Memory leak after release",
    "",
]


def _incident_rows(rng: np.random.Generator) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for name, rate, improvement in SERVICES:
        for month in range(MONTHS):
            month_start = _add_months(START, month)
            days = (_add_months(START, month + 1) - month_start).days
            expected = rate * improvement ** (month / 12)
            for _ in range(rng.poisson(expected)):
                rows.append(_one_incident(rng, name, month_start, days))
    return rows


def _one_incident(rng: np.random.Generator, service: str, month_start: datetime, days: int) -> dict:
    impact = str(rng.choice(IMPACTS, p=IMPACT_P))
    severities, weights = SEVERITY_BY_IMPACT[impact]
    severity = str(rng.choice(severities, p=weights))
    if impact == "under_maintenance":
        day = int(rng.integers(0, days))
        started = month_start + timedelta(days=day, hours=2)
        minutes = float(rng.choice([60, 90, 120]))
    else:
        started = month_start + timedelta(minutes=float(rng.uniform(0, days * 24 * 60)))
        minutes = float(np.clip(rng.lognormal(np.log(38), 0.9), 4, 12 * 60))
    started = started.replace(second=0, microsecond=0)
    resolved = started + timedelta(minutes=round(minutes))
    acknowledged = started + timedelta(minutes=max(1, round(rng.exponential(6))))
    titles = TITLES_EN if service.isascii() else TITLES_KO
    title = str(rng.choice(titles[impact])).format(s=service)
    return {
        "service": service,
        "title": title,
        "severity": severity,
        "impact": impact,
        "started_at": started.isoformat(),
        "resolved_at": resolved.isoformat(),
        "acknowledged_at": acknowledged.isoformat() if impact != "under_maintenance" else "",
        "cause": str(rng.choice(CAUSES)) if impact != "under_maintenance" else "정기 점검",
    }


def _add_months(moment: datetime, months: int) -> datetime:
    year, month = divmod(moment.month - 1 + months, 12)
    return moment.replace(year=moment.year + year, month=month + 1)


def _cluster(service: str, when: datetime) -> list[dict[str, str]]:
    """A bad evening: a full outage with a partial one overlapping it on the same service."""
    full_end = when + timedelta(minutes=80)
    return [
        {
            "service": service,
            "title": f"{service} 메시지 수·발신 불가",
            "severity": "critical",
            "impact": "full_outage",
            "started_at": when.isoformat(),
            "resolved_at": full_end.isoformat(),
            "acknowledged_at": (when + timedelta(minutes=3)).isoformat(),
            "cause": "데이터센터 전원 장애",
        },
        {
            "service": service,
            "title": f"{service} 복구 후 일부 지연",
            "severity": "major",
            "impact": "partial_outage",
            "started_at": (when + timedelta(minutes=50)).isoformat(),
            "resolved_at": (full_end + timedelta(minutes=95)).isoformat(),
            "acknowledged_at": (when + timedelta(minutes=52)).isoformat(),
            "cause": "대기열 적체",
        },
    ]


def _still_open() -> list[dict[str, str]]:
    """Incidents still open when the export was taken, on its last afternoon."""
    opened = [
        ("메시지 전송", "메시지 전송 지연", "major", "partial_outage", "21:42"),
        ("Search API", "Search API elevated latency", "minor", "degraded", "22:20"),
        ("결제", "결제 접속 불가", "critical", "full_outage", "23:05"),
    ]
    return [
        {
            "service": service,
            "title": title,
            "severity": severity,
            "impact": impact,
            "started_at": f"2021-12-31T{at}:00+09:00",
            "resolved_at": "",
            "acknowledged_at": f"2021-12-31T{at[:3]}{int(at[3:]) + 4:02d}:00+09:00",
            "cause": "",
        }
        for service, title, severity, impact, at in opened
    ]


def build_rows() -> list[dict[str, str]]:
    rng = np.random.default_rng(20200302)
    rows = _incident_rows(rng)
    rows += _cluster("메시지 전송", datetime(2021, 3, 18, 20, 5, tzinfo=KST))
    rows += _cluster("결제", datetime(2020, 11, 11, 0, 10, tzinfo=KST))
    rows += _still_open()
    rows.sort(key=lambda row: row["started_at"])
    for number, row in enumerate(rows, start=1):
        row["incident_id"] = f"INC-{row['started_at'][:4]}-{number:04d}"
    return rows


def main() -> None:
    SAMPLES.mkdir(parents=True, exist_ok=True)
    rows = build_rows()
    fields = ["incident_id", *(key for key in rows[0] if key != "incident_id")]
    target = SAMPLES / "example_corp_2020_2021.csv"
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    shutil.copyfile(SEED, SAMPLES / "kakao_2020_seed.csv")
    print(f"wrote {len(rows)} incidents to {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
