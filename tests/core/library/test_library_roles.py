"""Roles on a server library: a read-only role opens it and reports, and is told it cannot
edit (before any write is tried); a manager's role writes, and is named in the audit trail."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from desktop_app.cli import main
from desktop_app.core.library.edits import change, history
from desktop_app.core.library.imports import import_files
from desktop_app.core.library.loaded import load_library
from desktop_app.core.library.store import LibraryError, open_library
from tests.postgres import admin, as_user

ROWS = ["A-1,api,Login down,major,full_outage,2024-01-10T10:00:00Z,2024-01-10T10:30:00Z"]


def _schema(url: str) -> str:
    return parse_qs(urlsplit(url).query)["options"][0].removeprefix("-csearch_path=")


@pytest.fixture
def roles(server_url: str, postgres_server: str, write_csv) -> Iterator[dict[str, str]]:
    """A library with one import, an auditor (SELECT only) and a manager (read and write)."""
    with open_library(server_url) as library:
        import_files(library, [write_csv("jan.csv", ROWS)])
    schema = _schema(server_url)
    auditor, manager = f"auditor_{schema}", f"manager_{schema}"
    admin(
        postgres_server,
        f"CREATE ROLE {auditor} LOGIN",
        f"CREATE ROLE {manager} LOGIN",
        f"GRANT USAGE ON SCHEMA {schema} TO {auditor}, {manager}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {auditor}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {manager}",
    )
    yield {"auditor": as_user(server_url, auditor), "manager": as_user(server_url, manager)}
    admin(
        postgres_server,
        *(f"DROP OWNED BY {role}" for role in (auditor, manager)),
        f"DROP ROLE {auditor}",
        f"DROP ROLE {manager}",
    )


def test_a_read_only_role_opens_and_reads_but_is_told_it_cannot_edit(roles):
    with open_library(roles["auditor"]) as library:
        assert library.read_only
        assert str(library.read_only_reason).startswith("your database role auditor_")
        assert list(load_library(library).as_imported["incident_id"]) == ["A-1"]
        with pytest.raises(LibraryError, match="cannot change it: your database role"):
            change(library, "incident", "A-1", "note", "seen")
    with open_library(roles["manager"]) as library:
        assert history(library) == []  # the auditor's refused edit left nothing


def test_a_manager_s_role_edits_and_is_named_in_the_audit_trail(roles):
    with open_library(roles["manager"]) as library:
        assert not library.read_only
        change(library, "incident", "A-1", "note", "customer called")
        (made,) = history(library)
    assert made.db_user.startswith("manager_")


def test_the_cli_reports_for_a_read_only_role_and_refuses_its_import(roles, write_csv, capsys):
    assert main(["summary", "--library", roles["auditor"], "--json"]) == 0
    (file,) = json.loads(capsys.readouterr().out)["files"]
    assert (file["rows"], file["imported"]) == (1, 1)
    other = write_csv("feb.csv", [ROWS[0].replace("A-1", "A-2")])
    assert main(["library", "import", str(other), "--library", roles["auditor"]]) == 1
    said = capsys.readouterr().err
    assert "may read this library but not change it" in said
    assert "password" not in said


def test_a_database_holding_other_tables_is_not_taken_for_a_library(server_url, postgres_server):
    admin(postgres_server, f"CREATE TABLE {_schema(server_url)}.payroll (id INTEGER)")
    with pytest.raises(LibraryError, match="holds other tables but no Reliability Desk library"):
        open_library(server_url)
