"""Every refusal the library can give a person has a Korean form (the app shows it in the
interface's language): each is made here by the call that makes it in the app, and rendered
by the text package from its code and values."""

from __future__ import annotations

import re
from collections.abc import Callable

import duckdb
import pytest

from desktop_app.core.library.edits import EditError, change, undo, use_version
from desktop_app.core.library.imports import import_files, list_imports
from desktop_app.core.library.records import findings_from_json, rejected_from_json
from desktop_app.core.library.store import LibraryError, open_library, restore_backup
from desktop_app.text import text_for

ROWS = ["A-1,api,Login down,major,full_outage,2024-01-10T10:00:00Z,2024-01-10T10:30:00Z"]
KOREAN = text_for("ko")


def _refusal(call: Callable[[], object]) -> EditError | LibraryError:
    with pytest.raises((EditError, LibraryError)) as refused:
        call()
    return refused.value


def _untranslated(refusals: list[EditError | LibraryError]) -> list[str]:
    """The refusals whose Korean is their English or holds no Hangul."""
    return [
        str(r)
        for r in refusals
        if KOREAN.error(r) == str(r) or not re.search("[가-힣]", KOREAN.error(r))
    ]


def test_every_refusal_of_an_edit_has_korean(library, write_csv):
    import_files(library, [write_csv("jan.csv", ROWS)])
    first = change(library, "incident", "A-1", "resolved_at", "2024-01-10T10:20:00+00:00", "late")
    change(library, "incident", "A-1", "resolved_at", "2024-01-10T10:25:00+00:00", "later")
    refusals = [
        _refusal(lambda: change(library, "incident", "A-1", "started_at", "tomorrow", "why")),
        _refusal(lambda: change(library, "incident", "A-1", "started_at", "2024-01-10 09:00", "w")),
        _refusal(lambda: change(library, "service", "api", "slo_pct", "high")),
        _refusal(lambda: change(library, "service", "api", "slo_pct", "120")),
        _refusal(lambda: change(library, "incident", "A-1", "colour", "red")),
        _refusal(lambda: change(library, "incident", "A-1", "excluded", "false alarm")),
        _refusal(lambda: change(library, "incident", "A-1", "note", "")),
        _refusal(lambda: use_version(library, "A-1", 1, "")),
        _refusal(lambda: use_version(library, "A-9", 1, "why")),
        _refusal(lambda: undo(library, 99)),
        _refusal(lambda: undo(library, first.id)),
        _refusal(
            lambda: change(
                library,
                "incident",
                "A-1",
                "resolved_at",
                "2024-01-10T10:40:00+00:00",
                "x",
                base=first.id,
            )
        ),
    ]
    assert _untranslated(refusals) == []
    assert str(refusals[5]) == "changing 'excluded' needs a reason"
    assert KOREAN.error(refusals[5]) == "'excluded'을(를) 바꾸려면 사유가 필요합니다"


def test_every_refusal_of_the_library_file_has_korean(file_library, tmp_path):
    missing = tmp_path / "nothing" / "library.duckdb"
    refusals = [_refusal(lambda: open_library(missing, write=False))]
    with open_library(file_library.path) as second:
        refusals.append(_refusal(lambda: second.writing().__enter__()))
    refusals.append(_refusal(lambda: restore_backup(tmp_path / "never.duckdb")))
    for version in (99, 0):
        stamped = tmp_path / f"schema-{version}.duckdb"
        with open_library(stamped):
            pass
        con = duckdb.connect(str(stamped))
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
        con.close()
        refusals.append(_refusal(lambda s=stamped: open_library(s, write=False)))
    assert _untranslated(refusals) == []
    assert str(refusals[-2]).endswith(
        "it was made by a newer Reliability Desk (schema 99); update the app"
    )
    assert KOREAN.error(refusals[-2]).endswith(
        "더 새 Reliability Desk(스키마 99)가 만든 파일입니다. 앱을 업데이트하세요"
    )
    assert KOREAN.error(refusals[-2]).startswith(f"{tmp_path / 'schema-99.duckdb'}: ")


def test_a_damaged_library_is_said_in_korean(tmp_path):
    """The library window shows this refusal in the interface's language (issue 21)."""
    damaged = tmp_path / "damaged.duckdb"
    damaged.write_bytes(b"not a database at all" * 100)
    refused = _refusal(lambda: open_library(damaged, write=False))
    assert str(refused).startswith(f"{damaged}: the library file cannot be read (")
    assert str(refused).endswith("; start a new library (there is no backup)")
    shown = KOREAN.error(refused)
    assert shown.startswith(f"{damaged}: 라이브러리 파일을 읽을 수 없습니다(")
    assert shown.endswith(". 새 라이브러리를 시작하세요(백업이 없습니다)")


def test_stored_reasons_and_findings_keep_their_code(library, write_csv):
    """Read back from the library, a rejected row's reason and a finding are the messages the
    reader made (said in Korean again), not English text."""
    rows = [*ROWS, "A-2,api,Bad,major,full_outage,someday,2024-01-10T10:30:00Z"]
    naive = write_csv("jan.csv", [r.replace("T10:00:00Z", " 10:00") for r in rows])
    (outcome,) = import_files(library, [naive])
    (record,) = list_imports(library)
    (rejected,) = record.rejected
    assert rejected.reason == outcome.record.rejected[0].reason
    assert rejected.reason.code == "at_line"
    assert KOREAN.message(rejected.reason) == (
        "3행: 'started_at' 열의 'someday'을(를) 날짜로 읽을 수 없습니다"
    )
    zone = next(f for f in record.findings if f.kind == "timezone")
    assert KOREAN.message(zone.message) == "시간대가 없는 시각은 UTC 현지 시각으로 읽었습니다"


def test_a_reason_stored_without_a_code_is_its_english_text():
    """Libraries written before issue 21 stored English only: it is shown as it is."""
    (row,) = rejected_from_json('[{"line": 3, "reason": "line 3: an old reason"}]')
    assert str(row.reason) == "line 3: an old reason"
    assert KOREAN.message(row.reason) == "line 3: an old reason"
    (finding,) = findings_from_json('[{"file": "a.csv", "kind": "x", "message": "an old note"}]')
    assert (str(finding.message), finding.line) == ("an old note", None)


def test_a_database_that_is_no_library_is_said_in_korean_throughout(tmp_path):
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    refused = _refusal(lambda: open_library(other, write=False))
    assert str(refused) == (
        f"{other}: the library file cannot be read (it is a DuckDB file but not a Reliability "
        "Desk library (no meta table)); start a new library (there is no backup)"
    )
    assert KOREAN.error(refused) == (
        f"{other}: 라이브러리 파일을 읽을 수 없습니다(DuckDB 파일이지만 Reliability Desk "
        "라이브러리가 아닙니다(meta 테이블 없음)). 새 라이브러리를 시작하세요(백업이 없습니다)"
    )
