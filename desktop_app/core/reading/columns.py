"""Which header holds which canonical field: synonyms, an explicit mapping, unique names."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

SYNONYMS: dict[str, tuple[str, ...]] = {
    "incident_id": (
        "incident_id",
        "id",
        "incident_number",
        "number",
        "Issue key",
        "tinyId",
        "key",
        "장애번호",
        "장애 ID",
    ),
    "service": (
        "service",
        "service_name",
        "component",
        "Component/s",
        "business_service",
        "cmdb_ci",
        "서비스",
        "서비스명",
    ),
    "title": (
        "title",
        "summary",
        "short_description",
        "description",
        "message",
        "name",
        "장애내용",
        "제목",
    ),
    "severity": ("severity", "priority", "urgency", "sev", "등급", "심각도", "우선순위"),
    "impact": ("status_impact", "장애유형", "영향", "impact"),
    "started_at": (
        "started_at",
        "start",
        "started",
        "start_time",
        "created_at",
        "created_on",
        "Created",
        "opened_at",
        "createdAt",
        "시작",
        "시작일시",
        "발생일시",
    ),
    "resolved_at": (
        "resolved_at",
        "resolved_on",
        "Resolved",
        "ended_at",
        "end",
        "end_time",
        "종료",
        "종료일시",
        "복구일시",
    ),
    "duration": (
        "duration_minutes",
        "duration",
        "duration (min)",
        "seconds_to_resolve",
        "소요시간(분)",
    ),
    "acknowledged_at": ("acknowledged_at", "seconds_to_first_ack"),
    "cause": ("cause", "root_cause", "원인", "장애원인"),
}
#: Used only when no header matched the field's own synonyms.
FALLBACK_SYNONYMS: dict[str, tuple[str, ...]] = {"resolved_at": ("closed_at", "closed")}
#: Impact headers that count only when their values are impact words.
CONDITIONAL_IMPACT = frozenset({"impact"})
_NON_WORD = re.compile(r"[\W_]+")


class MappingError(ValueError):
    """An explicit mapping names a header the file does not have."""


def normalise_header(name: str) -> str:
    """Case-, space- and punctuation-insensitive form: ``'Issue key'`` -> ``'issuekey'``."""
    return _NON_WORD.sub("", name.casefold())


def unique_headers(cells: Sequence[str]) -> list[str]:
    """Header names made unique (Jira repeats ``Labels``); blank ones become ``column N``."""
    seen: set[str] = set()
    names: list[str] = []
    for index, cell in enumerate(cells, start=1):
        base = cell or f"column {index}"
        name, copy = base, 1
        while name in seen:
            copy += 1
            name = f"{base} ({copy})"
        seen.add(name)
        names.append(name)
    return names


def detect_columns(
    headers: Sequence[str], has_impact_words: Callable[[str], bool]
) -> dict[str, str]:
    """Field -> header by synonym; ``has_impact_words(header)`` vets a bare ``impact`` column."""
    by_key: dict[str, str] = {}
    for header in headers:
        by_key.setdefault(normalise_header(header), header)
    detected: dict[str, str] = {}
    for field, synonyms in SYNONYMS.items():
        header = _first_match(by_key, synonyms, field, has_impact_words)
        if header is None and field in FALLBACK_SYNONYMS:
            header = _first_match(by_key, FALLBACK_SYNONYMS[field], field, has_impact_words)
        if header is not None and header not in detected.values():
            detected[field] = header
    return detected


def _first_match(
    by_key: dict[str, str],
    synonyms: Sequence[str],
    field: str,
    has_impact_words: Callable[[str], bool],
) -> str | None:
    for synonym in synonyms:
        header = by_key.get(normalise_header(synonym))
        if header is None:
            continue
        if field == "impact" and synonym in CONDITIONAL_IMPACT and not has_impact_words(header):
            continue
        return header
    return None


def apply_mapping(
    detected: dict[str, str], mapping: dict[str, str], headers: Sequence[str]
) -> dict[str, str]:
    """Explicit ``mapping`` (field -> header) overrides detection; headers match exactly first,
    then case/space/punctuation-insensitively. Raises ``MappingError`` for unknown ones."""
    result = dict(detected)
    for field, wanted in mapping.items():
        header = _find_header(wanted, headers)
        if header is None:
            seen = ", ".join(repr(h) for h in headers) or "none"
            raise MappingError(
                f"the mapping {field}={wanted!r} names a column that is not in the file "
                f"(headers seen: {seen})"
            )
        result = {f: h for f, h in result.items() if h != header}
        result[field] = header
    return result


def _find_header(wanted: str, headers: Sequence[str]) -> str | None:
    if wanted in headers:
        return wanted
    key = normalise_header(wanted)
    return next((h for h in headers if normalise_header(h) == key), None)


def duration_in_seconds(header: str) -> bool:
    """Whether a duration/acknowledgement column counts seconds (else minutes or a time)."""
    key = normalise_header(header)
    return "second" in key or key.endswith("sec") or key.endswith("secs")
