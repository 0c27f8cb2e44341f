"""The report's account of incidents reclassified by hand in the library, with the reasons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from desktop_app.core.dataset import Reclassification
from desktop_app.core.formatting import format_count, format_time
from desktop_app.core.language import Language
from desktop_app.core.library.edits import VERSION
from desktop_app.core.window import Window

#: The words of the changes and of the sentence, per language.
WORDS: dict[Language, dict[str, str]] = {
    "en": {
        "version": "values of import {} used, not the latest import's",
        "maintenance": "counted as maintenance",
        "excluded": "excluded from availability ({})",
        "start": "start corrected from {} to {}",
        "end": "end corrected from {} to {}",
        "no_reason": "no reason given",
        "none": "No incident of the period was reclassified by hand.",
        "one": "1 incident was reclassified by hand; appendix C lists it with the reasons.",
        "many": "{} incidents were reclassified by hand; appendix C lists them with the reasons.",
    },
    "ko": {
        "version": "최신 가져오기 대신 가져오기 {}번의 값 사용",
        "maintenance": "점검으로 분류",
        "excluded": "가용성 계산에서 제외({})",
        "start": "시작 시각 정정: {} → {}",
        "end": "종료 시각 정정: {} → {}",
        "no_reason": "사유 없음",
        "none": "기간 중 수작업으로 재분류한 장애 없음.",
        "one": "장애 1건을 수작업으로 재분류함. 사유는 부록 C에 있음.",
        "many": "장애 {}건을 수작업으로 재분류함. 사유는 부록 C에 있음.",
    },
}


@dataclass(frozen=True)
class ReclassifiedEntry:
    """One row of the appendix: the incident as imported, what was changed, and why."""

    incident_id: str
    service: str
    title: str
    started: str
    change: str
    reason: str


def _change_text(
    name: str, value: str, item: Reclassification, tz: str, words: dict[str, str]
) -> str:
    if name == VERSION:
        return words["version"].format(value)
    if name == "maintenance":
        return words["maintenance"]
    if name == "excluded":
        return words["excluded"].format(value)
    imported = item.started_at if name == "started_at" else item.resolved_at
    which = "start" if name == "started_at" else "end"
    return words[which].format(format_time(imported, tz), format_time(pd.Timestamp(value), tz))


def _in_window(item: Reclassification, window: Window) -> bool:
    ends_after = item.resolved_at is None or item.resolved_at > window.start
    return bool(item.started_at < window.end and ends_after)


def reclassified_entries(
    reclassifications: Sequence[Reclassification], window: Window, lang: Language = "en"
) -> list[ReclassifiedEntry]:
    """The reclassified incidents that, as imported, overlap the window; one row each."""
    tz, words = window.tz, WORDS[lang]
    return [
        ReclassifiedEntry(
            item.incident_id,
            item.service,
            item.title,
            format_time(item.started_at, tz),
            "; ".join(_change_text(n, value, item, tz, words) for n, value, _ in item.changes),
            "; ".join(reason for _, _, reason in item.changes if reason) or words["no_reason"],
        )
        for item in reclassifications
        if _in_window(item, window)
    ]


def reclassified_sentence(entries: Sequence[ReclassifiedEntry], lang: Language = "en") -> str:
    """How many incidents of the period were reclassified, pointing to appendix C."""
    words = WORDS[lang]
    if not entries:
        return words["none"]
    if len(entries) == 1:
        return words["one"]
    return words["many"].format(format_count(len(entries)))
