"""Rows that are not incidents of their own: service requests, and records merged into
another (duplicates, children of a parent incident).

An ITSM export often lists every ticket: requests ("reset my password") sit beside incidents,
and a record closed as a duplicate repeats an outage already counted. Such rows are left out
of the figures, each with its reason (a rejected row), and a finding says how many and why.

The columns are found by their header words, not by the field mapping (a type or resolution
column is no incident field), and decided by their values, so a column that merely shares a
word (``업무구분`` holding 결제, 인증) changes nothing:

- a type or category cell that says request (``Service Request``, demande, Anfrage, 요청,
  서비스요청, 依頼) marks a request;
- a status or resolution cell that says duplicate or merged (``Duplicate``, 중복, 병합) marks a
  duplicate;
- a filled ``duplicate of`` / ``merged into`` cell marks a duplicate; a filled ``parent``
  cell does only when it names another row's id of the file (Jira's ``Parent`` of an issue
  under an epic is no duplicate).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from desktop_app.core.messages import MessageKind
from desktop_app.core.model import Finding
from desktop_app.core.reading.cell_values import map_distinct, nulled
from desktop_app.core.reading.field_columns import Prepared
from desktop_app.core.reading.header_scoring import header_tokens
from desktop_app.core.reading.spec import Rule, Spec

SERVICE_REQUEST = MessageKind(
    "service_request", "'{value}' in column '{column}' marks a service request, not an incident"
)
MARKED_DUPLICATE = MessageKind(
    "marked_duplicate",
    "'{value}' in column '{column}' marks a duplicate of another incident; it is not counted again",
)
CHILD_RECORD = MessageKind(
    "child_record",
    "column '{column}' names '{value}' as the incident this row belongs to; it is not counted "
    "again",
)
NOT_INCIDENTS = MessageKind(
    "not_incidents",
    "{requests} service requests and {duplicates} duplicates or merged records were left out "
    "(not incidents of their own)",
)

_TYPE_WORDS = frozenset(
    {"type", "category", "kind", "class", "classification", "record", "ticket", "유형", "분류",
     "구분", "종류", "種別", "分類", "種類", "catégorie", "categorie", "kategorie", "typ",
     "categoría", "tipo"}
)  # fmt: skip
_STATUS_WORDS = frozenset(
    {"status", "state", "resolution", "상태", "처리상태", "처리결과", "결과", "해결", "状態",
     "ステータス", "解決状況", "statut", "estado", "résolution", "lösung"}
)  # fmt: skip
_DUPLICATE_OF_WORDS = ("duplicate", "duplicated", "merged", "master", "중복", "병합", "重複")
_PARENT_WORDS = frozenset({"parent", "상위", "親"})
_REQUESTS = frozenset(
    {"request", "servicerequest", "servicerequests", "sr", "requestitem", "demande",
     "demandedeservice", "anfrage", "serviceanfrage", "solicitud", "solicituddeservicio",
     "richiesta", "요청", "서비스요청", "요청사항", "서비스요청사항", "依頼", "サービス要求",
     "サービスリクエスト", "要求"}
)  # fmt: skip
_DUPLICATE = re.compile(
    r"(?<![a-z])(duplicate[ds]?|dup|merged?|doublon|dupliziert|duplicado)(?![a-z])|중복|병합|重複|統合",
    re.IGNORECASE,
)
_KEY = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return _KEY.sub("", text.casefold())


def is_request(text: str) -> bool:
    """Whether a type cell says service request (``Service Request``, ``서비스 요청``)."""
    key = _key(text)
    return key in _REQUESTS or key.startswith("servicerequest")


def is_duplicate(text: str) -> bool:
    """Whether a status or resolution cell says the record is a duplicate or was merged."""
    return bool(_DUPLICATE.search(text))


def non_incident_rules(columns: Prepared, spec: Spec) -> list[Rule]:
    """Requests first, then duplicates: each row's reason names the cell that decided it."""
    headers = columns.raw.table.column_names
    taken = {spec.mapping.get(f) for f in ("title", "cause", "service", "incident_id")}
    rules = []
    for header in headers:
        if header in taken:
            continue
        tokens = set(header_tokens(header))
        if _has(tokens, _TYPE_WORDS):
            rules += _value_rule(columns, header, is_request, SERVICE_REQUEST, "request")
        if _has(tokens, _STATUS_WORDS):
            rules += _value_rule(columns, header, is_duplicate, MARKED_DUPLICATE, "duplicate")
        if _names_duplicate_of(tokens):
            rules += _filled_rule(columns, header, None)
        elif _has(tokens, _PARENT_WORDS) and (ids := columns.get("incident_id")) is not None:
            rules += _filled_rule(columns, header, ids)
    requests = [r for r in rules if r.kind == "request"]
    return requests + [r for r in rules if r.kind != "request"]


def non_incident_findings(rules: list[Rule], reasons: np.ndarray, spec: Spec) -> list[Finding]:
    """How many rows each kind left out (their first reason being one of these rules)."""
    counts = {"request": 0, "duplicate": 0}
    for index, rule in enumerate(rules):
        if rule.kind in counts:
            counts[rule.kind] += int((reasons == index).sum())
    if not any(counts.values()):
        return []
    message = NOT_INCIDENTS(requests=counts["request"], duplicates=counts["duplicate"])
    return [Finding(spec.path, "not_incidents", message)]


def _has(tokens: set[str], words: frozenset[str]) -> bool:
    return bool(tokens & words) or any(w in t for t in tokens if not t.isascii() for w in words)


def _names_duplicate_of(tokens: set[str]) -> bool:
    return any(w in t for t in tokens for w in _DUPLICATE_OF_WORDS)


def _value_rule(
    columns: Prepared, header: str, test: Callable[[str], bool], kind: MessageKind, label: str
) -> list[Rule]:
    column = nulled(columns.raw.table.column(header))
    hit = map_distinct(column, lambda v: "1" if test(v) else None)
    mask = np.asarray(hit.is_valid(), dtype=bool)
    if not mask.any():
        return []
    return [Rule(mask, lambda r: kind(value=_text(column, r), column=header), kind=label)]


def _filled_rule(columns: Prepared, header: str, ids: pa.ChunkedArray | None) -> list[Rule]:
    """A filled cell; with ``ids``, only one naming another row's id."""
    column = pc.utf8_trim_whitespace(nulled(columns.raw.table.column(header)))
    filled = pc.fill_null(pc.not_equal(column, ""), False)
    if ids is not None:
        named = pc.fill_null(pc.is_in(column, value_set=pc.unique(ids).drop_null()), False)
        filled = pc.and_(filled, named)
    mask = np.asarray(filled.to_numpy(zero_copy_only=False), dtype=bool)
    if not mask.any():
        return []
    return [
        Rule(mask, lambda r: CHILD_RECORD(value=_text(column, r), column=header), kind="duplicate")
    ]


def _text(column: pa.ChunkedArray, row: int) -> str:
    text = column[row].as_py() or ""
    return text if len(text) <= 60 else text[:59] + "…"
