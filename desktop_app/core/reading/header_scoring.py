"""Which header holds which field: header names scored and fields assigned, the table unseen.

The values reach this module only as a ``ValueKind`` per header (``column_detection`` samples
them from the table), so the scoring is tested on header names alone.

Each header is split into tokens (``report.closeTime`` -> prefix ``report``, tokens ``close``,
``time``) and scored against ``vocabulary.FIELD_WORDS``. Candidates are then checked against
what their values look like (``ValueKind``): a time field needs times, a text field must not
hold times, an end or acknowledgement column holding plain numbers is a duration after the
start. Fields are then assigned greedily, best score first, a (nearly) empty column after
every filled one (Jira Cloud's empty ``Custom field (Start date)`` is not the start when
``Created`` is filled; an empty end column still is the end: its incidents are open); equal
start candidates go to the one whose times come earlier. The runner-up of a few fields
becomes a per-row fallback (ServiceNow's ``closed_at`` when ``resolved_at`` is empty,
``cmdb_ci`` for ``business_service``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from desktop_app.core.messages import MessageError, MessageKind
from desktop_app.core.model import shown_headers
from desktop_app.core.reading.vocabulary import (
    FIELD_WORDS,
    INCIDENT_PREFIXES,
    LABEL_WORDS,
    TEXT_FIELDS,
    TIME_FIELDS,
    TIME_WORDS,
)

_NON_WORD = re.compile(r"[\W_]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af"
_SCRIPT = re.compile(f"(?<=[A-Za-z0-9])(?=[{_CJK}])|(?<=[{_CJK}])(?=[A-Za-z0-9])")
_ID_WORDS = frozenset({"id", "key", "number", "no", "num", "nr", "ref", "reference", "ticket"})
_INCIDENT_WORDS = frozenset({"incident", "issue", "ticket", "alert", "event", "장애", "인시던트"})
_PERSON_WORDS = frozenset({"by", "user", "owner", "assignee", "email"})
MIN_SCORE = 1.5
_STRONG_TIME = 3.0
_STRONG_TEXT_TIME = 3.5
#: Fields an empty column may rightly hold (no end yet: the incidents are open), so that
#: emptiness does not put a column after the others.
_EMPTY_MEANS_NOT_YET = frozenset({"resolved_at", "acknowledged_at", "duration"})
#: Fields whose runner-up header fills the row when the chosen one is empty.
FALLBACK_FIELDS: tuple[str, ...] = ("started_at", "resolved_at", "service", "severity")
UNITS: dict[str, float] = {
    "ms": 0.001, "millis": 0.001, "milliseconds": 0.001, "msec": 0.001,
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "초": 1,
    "min": 60, "mins": 60, "minute": 60, "minutes": 60, "분": 60,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600, "시간": 3600,
    "d": 86400, "day": 86400, "days": 86400, "일": 86400,
}  # fmt: skip
#: Headers whose documented unit is not in their name (Opsgenie's report object: ms).
DOCUMENTED_UNITS: dict[str, str] = {"report.closetime": "ms", "report.acktime": "ms"}


MAPPING_NOT_IN_FILE = MessageKind(
    "mapping_not_in_file",
    "the mapping {field}={wanted} names a column that is not in the file (headers seen: {seen})",
)


class MappingError(MessageError):
    """An explicit mapping names a header the file does not have."""


@dataclass(frozen=True)
class HeaderWords:
    """A header split into the tokens of its last segment and of its dotted prefix."""

    tokens: tuple[str, ...]
    prefix: tuple[str, ...]


@dataclass(frozen=True)
class ValueKind:
    """What a column's values look like: ``time``, ``number``, ``text`` or ``empty``, and for
    times the median in nanoseconds (to tell start from end when the words tie)."""

    kind: str
    median: int = 0
    impact_words: bool = False
    severity_scale: bool = False
    status_words: bool = False
    event_words: bool = False
    sparse: bool = False
    """Values in (almost) none of the sampled rows."""


@dataclass
class Detection:
    """Field -> header, per-row fallback headers, and the fields read as durations."""

    mapping: dict[str, str]
    fallbacks: dict[str, str] = field(default_factory=dict)


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


@lru_cache(maxsize=1 << 14)
def header_words(header: str) -> HeaderWords:
    """``attributes.createdAt`` -> tokens (created, at), prefix (attributes)."""
    segments = [s for s in re.split(r"[.>/]", header) if s.strip()] or [header]
    *head, last = segments
    if last.strip().casefold() in LABEL_WORDS and head:
        return HeaderWords(_tokens(head[-1]) + _tokens(last), _tokens(" ".join(head[:-1])))
    return HeaderWords(_tokens(last), _tokens(" ".join(head)))


def header_tokens(header: str) -> tuple[str, ...]:
    """Every token of a header, prefix included: ``OUTAGE.START.DATE`` -> outage, start, date."""
    return _tokens(header)


def _tokens(text: str) -> tuple[str, ...]:
    spaced = _SCRIPT.sub(" ", _CAMEL.sub(" ", text))
    return tuple(t for t in _NON_WORD.split(spaced.casefold()) if t)


@dataclass(frozen=True)
class _FieldWords:
    """A field's words (weights in the vocabulary's order), split by script: an ASCII word
    must be a token, another must be part of a token that is not ASCII."""

    weights: dict[str, float]
    ascii: frozenset[str]
    other: tuple[str, ...]


_FIELD_WORDS = {
    name: _FieldWords(
        words,
        frozenset(w for w in words if w.isascii()),
        tuple(w for w in words if not w.isascii()),
    )
    for name, words in FIELD_WORDS.items()
}


def _word_score(tokens: Sequence[str], words: _FieldWords) -> float:
    """The weights of the words among ``tokens``, summed in the vocabulary's order."""
    matched = {token for token in tokens if token in words.ascii}
    others = [token for token in tokens if not token.isascii()]
    if others:
        matched.update(w for w in words.other if any(w in token for token in others))
    if not matched:
        return 0.0
    return sum((weight for word, weight in words.weights.items() if word in matched), 0.0)


def _has_time_word(tokens: Sequence[str]) -> bool:
    return any(
        t in TIME_WORDS or (not t.isascii() and any(w in t for w in TIME_WORDS)) for t in tokens
    )


@lru_cache(maxsize=1 << 16)
def score(header: str, field_name: str) -> float:
    """How strongly ``header`` names ``field_name`` (0 when not at all); a wide file's
    headers are scored once, not once per header-row candidate and per delimiter."""
    words = header_words(header)
    own = _word_score(words.tokens, _FIELD_WORDS[field_name])
    own += 0.5 * _word_score(words.prefix, _FIELD_WORDS[field_name])
    timed = _has_time_word(words.tokens)
    if field_name in TIME_FIELDS:
        own += 1.0 if timed else 0.0
    elif timed:
        own -= 2.0
    if field_name == "incident_id":
        own *= _id_factor(words)
    elif field_name in TEXT_FIELDS and _ID_WORDS & set(words.tokens):
        own -= 2.0
    if _PERSON_WORDS & set(words.tokens):
        own -= 3.0
    return own


def _id_factor(words: HeaderWords) -> float:
    """``service.id`` or ``page_id`` name another object's id: less weight; a longer phrase
    (``Number of Customers Affected``) is a count, not an id: half."""
    if len(words.tokens) >= 3:
        return 0.5
    others = [t for t in words.tokens if t not in _ID_WORDS and t not in _INCIDENT_WORDS]
    foreign_prefix = any(t not in INCIDENT_PREFIXES for t in words.prefix)
    return 0.75 if others or foreign_prefix else 1.0


def _fits(field_name: str, kind: ValueKind, points: float) -> bool:
    """Whether a column with values of ``kind`` can hold ``field_name``; a header that names
    a time field strongly keeps it even when its values are unreadable (the rows are then
    rejected with their reason, not the column silently ignored)."""
    if kind.kind == "empty":
        return True
    if field_name in TIME_FIELDS:
        if kind.kind == "number":
            return field_name in ("resolved_at", "acknowledged_at") or points >= _STRONG_TIME
        return kind.kind == "time" or points >= _STRONG_TEXT_TIME
    if field_name == "duration":
        return kind.kind != "time"
    if field_name == "impact":
        return kind.impact_words
    if field_name == "status":
        return kind.status_words
    if field_name == "event":
        return kind.event_words
    return kind.kind != "time"


def _named_by_values(field_name: str, kind: ValueKind) -> bool:
    """A header with only a hint (``Time``, ``Type``) counts when its values say the field."""
    if field_name in ("started_at", "resolved_at"):
        return kind.kind == "time"
    return field_name == "event" and kind.event_words


def detect_columns(headers: Sequence[str], kind_of: Callable[[str], ValueKind]) -> Detection:
    """Field -> header by word score and value kind; see the module docstring."""
    candidates = []
    for position, header in enumerate(headers):
        for field_name in FIELD_WORDS:
            points = score(header, field_name)
            threshold = 1.0 if field_name in TIME_FIELDS else MIN_SCORE
            if points < threshold:
                continue
            kind = kind_of(header)
            if points < MIN_SCORE and not _named_by_values(field_name, kind):
                continue
            if not _fits(field_name, kind, points):
                continue
            target = field_name
            if kind.kind == "number" and field_name == "resolved_at":
                target = "duration"
            order = kind.median if target == "started_at" else -kind.median
            first = 0 if target == "started_at" else 1
            empty = kind.sparse and target not in _EMPTY_MEANS_NOT_YET
            candidates.append((empty, -points, first, order, position, target, header))
    candidates.sort()
    return _assign(candidates, kind_of)


def _assign(candidates: list[tuple[Any, ...]], kind_of: Callable[[str], ValueKind]) -> Detection:
    mapping: dict[str, str] = {}
    fallbacks: dict[str, str] = {}
    for _empty, points, _first, _order, _position, field_name, header in candidates:
        used = header in mapping.values() or header in fallbacks.values()
        if used:
            continue
        if field_name not in mapping:
            mapping[field_name] = header
        elif field_name in FALLBACK_FIELDS and field_name not in fallbacks and -points >= 2:
            fallbacks[field_name] = header
    impact = mapping.get("impact")
    if impact and "severity" not in mapping and kind_of(impact).severity_scale:
        mapping["severity"] = impact
    if "resolved_at" in mapping:
        mapping.pop("duration", None)
    return Detection(mapping, fallbacks)


def split_unit(wanted: str) -> tuple[str, str | None]:
    """``'report.closeTime:ms'`` -> (``'report.closeTime'``, ``'ms'``); no known unit: as is."""
    head, sep, tail = wanted.rpartition(":")
    if sep and head and tail.strip().casefold() in UNITS:
        return head, tail.strip().casefold()
    return wanted, None


def apply_mapping(
    detection: Detection, mapping: dict[str, str], headers: Sequence[str]
) -> Detection:
    """Explicit ``mapping`` (field -> header) overrides detection; headers match exactly first,
    then case/space/punctuation-insensitively. Raises ``MappingError`` for unknown ones."""
    result = dict(detection.mapping)
    fallbacks = dict(detection.fallbacks)
    for field_name, wanted in mapping.items():
        header = find_header(split_unit(wanted)[0], headers)
        if header is None:
            seen = shown_headers(list(headers))
            raise MappingError(
                MAPPING_NOT_IN_FILE(field=field_name, wanted=repr(wanted), seen=seen)
            )
        result = {f: h for f, h in result.items() if h != header}
        fallbacks = {f: h for f, h in fallbacks.items() if h != header and f != field_name}
        result[field_name] = header
    if "resolved_at" in result and "duration" in mapping and "resolved_at" not in mapping:
        result.pop("resolved_at")
    elif "resolved_at" in result:
        result.pop("duration", None)
    return Detection(result, fallbacks)


def find_header(wanted: str, headers: Sequence[str]) -> str | None:
    if wanted in headers:
        return wanted
    key = normalise_header(wanted)
    return next((h for h in headers if normalise_header(h) == key), None)


def header_unit(header: str) -> str | None:
    """The unit a duration header names (``duration_minutes``, ``closeTime_in_ms``, ``(분)``)."""
    documented = DOCUMENTED_UNITS.get(header.casefold())
    if documented:
        return documented
    tokens = _tokens(header)
    for token in reversed(tokens):
        if token in UNITS:
            return token
    for unit in ("분", "초", "시간"):
        if unit in header and "소요시간" not in header.replace(f"({unit})", ""):
            return unit
    return None
