"""The words that name each incident field in the headers of many tools and languages.

A header is scored per field by the words it holds (see ``header_scoring``): Latin-script
words match whole tokens (``createdAt`` -> ``created``, ``at``), words in Hangul or Japanese
match inside a token (``장애발생일시`` holds ``발생``), and a longer match is a more specific
one. Weights: 3 a word that names the field, 2 a word that usually does, 1 a hint.
"""

from __future__ import annotations

#: Fields holding free text rather than a time or an identifier.
TEXT_FIELDS: frozenset[str] = frozenset(
    {"service", "title", "cause", "severity", "impact", "status", "event"}
)
#: Words that make a header a point in time (added to start/end/ack/update scores once).
TIME_WORDS: frozenset[str] = frozenset(
    {
        "at", "time", "date", "timestamp", "datetime", "on", "when", "ts", "dt", "utc", "local",
        "일시", "시각", "시간", "날짜", "일자", "日時", "時刻", "日付", "zeit", "datum", "fecha",
        "hora", "heure", "horodatage", "data",
    }
)  # fmt: skip
#: A header holding one of these and a date word has a partner holding the time of day.
DATE_PART_WORDS: frozenset[str] = frozenset(
    {"date", "day", "datum", "fecha", "일자", "날짜", "日付"}
)
TIME_PART_WORDS: frozenset[str] = frozenset(
    {"time", "hour", "zeit", "hora", "heure", "시간", "시각", "時刻"}
)

FIELD_WORDS: dict[str, dict[str, float]] = {
    "started_at": {
        "start": 3, "started": 3, "starts": 3, "begin": 3, "began": 3, "beginning": 3,
        "opened": 3, "created": 2.5, "creation": 2.5, "detected": 2.5, "detection": 2,
        "triggered": 2.5, "fired": 2.5, "occurred": 2.5, "occurrence": 2, "raised": 2,
        "reported": 1.5, "from": 1.5, "since": 1.5, "last": -1, "down": 1, "onset": 3,
        "seen": 1.5, "commenced": 3,
        "발생": 3, "시작": 3, "접수": 2, "début": 3, "debut": 3, "beginn": 3, "anfang": 3,
        "inicio": 3, "comienzo": 3, "開始": 3, "発生": 3, "起票": 2,
        "생성": 2.5, "作成": 2.5, "erstellt": 2.5, "créé": 2.5, "creado": 2.5,
        "création": 2.5, "creación": 2.5,
    },
    "resolved_at": {
        "end": 3, "ended": 3, "ends": 3, "resolved": 3, "resolution": 2.5,
        "resolutiondate": 3.5, "recovered": 3, "recovery": 3, "restored": 3, "restore": 3,
        "restoration": 3, "resolve": 2, "fixed": 2.5, "finished": 2.5, "mitigated": 2.5,
        "mitigation": 2.5,
        "cleared": 2.5, "closed": 2,
        "close": 2, "to": 1.5, "until": 1.5, "till": 1.5, "up": 1, "복구": 3, "서비스복구": 3.5,
        "종료": 3, "해결": 2.5, "완료": 2, "종결": 2, "résolution": 2.5, "résolu": 3, "fin": 3,
        "ende": 3, "behoben": 3, "wiederhergestellt": 3, "resuelto": 3, "resolución": 2.5,
        "resolucion": 2.5, "終了": 3, "復旧": 3, "解決": 2.5,
    },
    "duration": {
        "duration": 3, "elapsed": 3, "downtime": 2, "length": 1.5, "ttr": 3, "outage": 1,
        "소요": 3, "소요시간": 3.5, "장애시간": 3, "중단시간": 3, "durée": 3, "duree": 3,
        "dauer": 3, "ausfallzeit": 3, "duración": 3, "duracion": 3, "所要時間": 3.5,
        "継続時間": 3.5, "期間": 2,
    },
    "acknowledged_at": {
        "acknowledged": 3, "ack": 3, "acked": 3, "acknowledgement": 3, "acknowledgment": 3,
        "acknowledge": 3, "responded": 2, "인지": 2.5, "확인": 2, "quittiert": 3,
        "reconocido": 3, "確認": 2, "応答": 2,
    },
    "service": {
        "service": 3, "services": 3, "component": 3, "components": 3, "host": 3,
        "hostname": 3, "entity": 1.5, "system": 2.5, "application": 2.5, "app": 2,
        "product": 2, "cmdb": 1, "instance": 1, "job": 1, "affected": 1,
        "ci": 1, "configuration": 1.5, "monitor": 2, "friendly": 1, "site": 1.5,
        "서비스": 3, "서비스명": 3.5, "시스템": 2.5, "시스템명": 3, "업무": 2, "업무구분": 3,
        "구성항목": 2.5, "대상": 1.5, "장비": 1.5, "サービス": 3, "システム": 2.5, "dienst": 3,
        "servicio": 3, "composant": 3, "komponente": 3,
    },
    "title": {
        "title": 3, "summary": 2.8, "short": 1, "description": 2.5, "message": 3, "subject": 3,
        "problem": 2.5, "name": 2, "headline": 2, "event": 1, "alertname": 2.5,
        "desc": 2, "제목": 3, "장애내용": 3,
        "내용": 2, "장애명": 3, "건명": 3, "요약": 2.5, "titre": 3, "titel": 3, "título": 3,
        "titulo": 3, "asunto": 2.5, "betreff": 3, "件名": 3, "タイトル": 3, "概要": 2.5,
        "内容": 2,
    },
    "severity": {
        "severity": 3, "sev": 3, "priority": 2.5, "urgency": 2, "level": 1.5, "grade": 2,
        "criticality": 3, "등급": 3, "장애등급": 3.5, "심각도": 3, "우선순위": 2.5, "중요도": 2.5,
        "gravité": 3, "gravite": 3, "priorité": 2.5, "schweregrad": 3, "priorität": 2.5,
        "gravedad": 3, "severidad": 3, "prioridad": 2.5, "重要度": 3, "深刻度": 3, "優先度": 2.5,
    },
    "impact": {
        "impact": 3, "outage": 1.5, "type": 0.5, "영향": 2, "영향도": 2.5, "장애유형": 3,
        "유형": 1, "impacto": 3, "auswirkung": 3, "影響": 2, "scope": 2, "범위": 1.5,
        "範囲": 1.5, "portée": 2, "alcance": 2, "umfang": 1.5,
    },
    "incident_id": {
        "id": 2, "key": 2, "number": 2.5, "num": 1.5, "no": 1, "ticket": 2.5, "ref": 1.5,
        "reference": 1.5, "incident": 1, "issue": 0.5, "인시던트": 1, "번호": 2.5,
        "장애번호": 3, "접수번호": 3, "키": 2, "キー": 2,
        "티켓": 2.5, "numéro": 2, "nummer": 2, "número": 2, "番号": 2,
    },
    "cause": {
        "cause": 3, "root": 1, "reason": 2, "원인": 3, "장애원인": 3.5, "ursache": 3,
        "causa": 3, "原因": 3,
    },
    "status": {
        "status": 3, "state": 3, "상태": 3, "처리상태": 3.5, "진행상태": 3.5, "statut": 3,
        "estado": 3, "状態": 3, "ステータス": 3,
    },
    "event": {"event": 2.5, "type": 1, "kind": 1, "이벤트": 2.5},
    "updated_at": {
        "updated": 3, "modified": 2, "changed": 2, "change": 2, "last": 1, "수정": 2.5, "변경": 2.5,
        "更新": 2.5, "업데이트": 2.5, "aktualisiert": 3, "actualizado": 3, "modifié": 2.5,

    },
}  # fmt: skip
#: Fields that are points in time (confirmed by their values parsing as times).
TIME_FIELDS: frozenset[str] = frozenset(
    {"started_at", "resolved_at", "acknowledged_at", "updated_at"}
)
#: Dotted prefixes that still describe the incident itself (``attributes.created``).
INCIDENT_PREFIXES: frozenset[str] = frozenset(
    {"incident", "incidents", "alert", "alerts", "issue", "fields", "attributes", "data",
     "event", "problem", "record", "item", "report"}
)  # fmt: skip
#: Last segments that only label the object their prefix names (``service.summary``).
LABEL_WORDS: frozenset[str] = frozenset(
    {"name", "summary", "friendly_name", "display_name", "label", "title"}
)
