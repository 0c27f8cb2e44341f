"""Severity and impact words."""

from __future__ import annotations

import pytest

from desktop_app.core.reading.normalize import impact_of, severity_of


@pytest.mark.parametrize(
    ("text", "level"),
    [
        *[
            (t, "critical")
            for t in [
                "P1",
                "SEV1",
                "sev 1",
                "1",
                "1 - Critical",
                "1 - High",
                "critical",
                "Highest",
                "긴급",
                "심각",
                "P0",
            ]
        ],
        *[(t, "major") for t in ["P2", "SEV2", "2", "2 - High", "high", "major", "High", "높음"]],
        *[(t, "minor") for t in ["P3", "P4", "3 - Moderate", "medium", "low", "보통", "낮음"]],
        *[(t, "unknown") for t in ["", "whatever", "10"]],
    ],
)
def test_severity(text: str, level: str) -> None:
    assert severity_of(text) == level


@pytest.mark.parametrize(
    ("text", "impact"),
    [
        ("major_outage", "full_outage"),
        ("outage", "full_outage"),
        ("Down", "full_outage"),
        ("전면 장애", "full_outage"),
        ("partial_outage", "partial_outage"),
        ("부분 장애", "partial_outage"),
        ("degraded_performance", "degraded"),
        ("성능 저하", "degraded"),
        ("under_maintenance", "maintenance"),
        ("Planned", "maintenance"),
        ("점검", "maintenance"),
        ("investigating", None),
        ("1 - High", None),
    ],
)
def test_impact(text: str, impact: str | None) -> None:
    assert impact_of(text) == impact
