"""Every refusal the library can give a person has a Korean form (the app shows it in the
interface's language): each is made here by the call that makes it in the app."""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import pytest

from desktop_app.core.library.edits import EditError, change, undo, use_version
from desktop_app.core.library.imports import import_files
from desktop_app.core.library.store import LibraryError, open_library, restore_backup
from desktop_app.core.reporting.messages_ko import has_korean, message_in

ROWS = ["A-1,api,Login down,major,full_outage,2024-01-10T10:00:00Z,2024-01-10T10:30:00Z"]


def _refusal(call: Callable[[], object]) -> str:
    with pytest.raises((EditError, LibraryError)) as refused:
        call()
    return str(refused.value)


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
    ]
    assert [r for r in refusals if not has_korean(r)] == []
    assert message_in(refusals[5], "ko") == "'excluded'을(를) 바꾸려면 사유가 필요합니다"


def test_every_refusal_of_the_library_file_has_korean(library, tmp_path):
    missing = tmp_path / "nothing" / "library.duckdb"
    refusals = [_refusal(lambda: open_library(missing, write=False))]
    with open_library(library.path) as second:
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
    assert [r for r in refusals if not has_korean(r)] == []
    assert message_in(refusals[-2], "ko").endswith(
        "더 새 Reliability Desk(스키마 99)가 만든 파일입니다. 앱을 업데이트하세요"
    )
