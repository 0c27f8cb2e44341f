"""Names of the table's categories (severity, impact) and of period lengths, per language.

Shared by the app, the CLI and the PDF, so a severity reads the same everywhere.
"""

from __future__ import annotations

from desktop_app.core.language import Language

SEVERITY_LABELS: dict[Language, dict[str, str]] = {
    "en": {"critical": "Critical", "major": "Major", "minor": "Minor", "unknown": "Unknown"},
    "ko": {"critical": "심각", "major": "주요", "minor": "경미", "unknown": "미분류"},
}
IMPACT_LABELS: dict[Language, dict[str, str]] = {
    "en": {
        "full_outage": "Full outage",
        "partial_outage": "Partial outage",
        "degraded": "Degraded",
        "maintenance": "Maintenance",
    },
    "ko": {
        "full_outage": "전면 장애",
        "partial_outage": "부분 장애",
        "degraded": "성능 저하",
        "maintenance": "점검",
    },
}
#: A period length as it reads after "one point per" / "기준".
GRANULARITY_NAMES: dict[Language, dict[str, str]] = {
    "en": {"day": "day", "week": "week", "month": "month", "quarter": "quarter"},
    "ko": {"day": "일", "week": "주", "month": "월", "quarter": "분기"},
}


def severity_label(severity: str, lang: Language = "en") -> str:
    """``Critical`` / ``심각``; an unknown key is shown as it is."""
    return SEVERITY_LABELS[lang].get(severity, severity)


def impact_label(impact: str, lang: Language = "en") -> str:
    """``Full outage`` / ``전면 장애``; an unknown key is shown as it is."""
    return IMPACT_LABELS[lang].get(impact, impact)
