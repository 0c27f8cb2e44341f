"""The window on a team library (PostgreSQL): two windows write it at once, each sees the
other's import when it reads again, and an auditor's window says it may only read."""

from __future__ import annotations

from gui_flow_data import SMALL_CSV, wait_analysed

from desktop_app.core.library.imports import list_imports
from desktop_app.core.library.store import open_library
from tests.postgres import admin, as_user


def _import_and_wait(qtbot, window, path) -> None:
    with qtbot.waitSignal(window.importer.imported, timeout=15_000):
        window.importer.load([str(path)])
    wait_analysed(qtbot, window)


def test_two_windows_write_one_server_library(qtbot, open_window, server_url, write_csv):
    first = open_window(server_url)
    second = open_window(server_url)
    assert not first.library.session.read_only and not second.library.session.read_only
    _import_and_wait(qtbot, first, write_csv("jan.csv", SMALL_CSV))
    _import_and_wait(qtbot, second, write_csv("feb.csv", SMALL_CSV.replace("A-", "C-")))
    with open_library(server_url) as library:
        assert [r.path.rsplit("/", 1)[-1] for r in list_imports(library)] == ["jan.csv", "feb.csv"]
    shown = set(second.library.session.data.as_imported["incident_id"])
    assert any(i.startswith("A-") for i in shown) and any(i.startswith("C-") for i in shown)


def test_an_auditor_s_window_says_it_may_only_read(
    qtbot, open_window, server_url, postgres_server, write_csv
):
    first = open_window(server_url)
    _import_and_wait(qtbot, first, write_csv("jan.csv", SMALL_CSV))
    schema = server_url.rsplit("%3D", 1)[1]
    auditor = f"auditor_{schema}"
    admin(
        postgres_server,
        f"CREATE ROLE {auditor} LOGIN",
        f"GRANT USAGE ON SCHEMA {schema} TO {auditor}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {auditor}",
    )
    try:
        second = open_window(as_user(server_url, auditor))
        assert second.library.session.read_only
        assert second.library.start([]) is False
        banner = second.library.banner.text()
    finally:
        admin(postgres_server, f"DROP OWNED BY {auditor}", f"DROP ROLE {auditor}")
    assert f"your database role {auditor} may read this library but not change it" in banner
