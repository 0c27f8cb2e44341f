"""A throwaway PostgreSQL for the server library tests (a pytest plugin of tests/conftest.py).

``scripts/postgres_for_tests.sh`` starts it once per test session (per xdist worker): initdb in
a folder under /tmp, its socket there, no network. Each test that asks for ``server_url`` gets
a fresh schema of its own. Without PostgreSQL the tests that need it are left out and one line
says so; under ``CI=true`` they fail instead, so CI never passes without them.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "postgres_for_tests.sh"
NO_SERVER = "PostgreSQL is not available, server library tests skipped"
_schemas = itertools.count(1)


@functools.cache
def server_missing() -> str | None:
    """Why the server tests cannot run here, or None when they can."""
    if importlib.util.find_spec("adbc_driver_postgresql") is None:
        return "its driver is not installed: the 'team' extra"
    if subprocess.run(["bash", str(SCRIPT), "available"], check=False).returncode != 0:
        return "initdb was not found: scripts/postgres_for_tests.sh install"
    return None


def _on_server(item: pytest.Item) -> bool:
    """The test needs the server: directly, or as the ``postgresql`` run of ``library``."""
    if "postgres_server" in getattr(item, "fixturenames", ()):
        return True
    callspec = getattr(item, "callspec", None)
    return callspec is not None and callspec.params.get("library_location") == "postgresql"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave the server runs out when there is no server, unless in CI (where they fail)."""
    if server_missing() is None or os.environ.get("CI") == "true":
        return
    left_out = [item for item in items if _on_server(item)]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not _on_server(item)]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    why = server_missing()
    if why is not None and os.environ.get("CI") != "true":
        terminalreporter.write_line(f"{NO_SERVER} ({why})", yellow=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a throwaway server for this test session (one per xdist worker)."""
    why = server_missing()
    if why is not None:
        pytest.fail(f"CI runs the server library tests, but PostgreSQL is missing ({why})")
    started = subprocess.run(["bash", str(SCRIPT), "start"], capture_output=True, text=True)
    if started.returncode != 0:
        pytest.fail(f"the test PostgreSQL did not start: {started.stderr.strip()}")
    url = started.stdout.strip().splitlines()[-1]
    yield url
    folder = parse_qs(urlsplit(url).query)["host"][0]
    subprocess.run(["bash", str(SCRIPT), "stop", folder], check=False)


def admin(url: str, *statements: str) -> None:
    """Run statements as the server's superuser."""
    import adbc_driver_postgresql.dbapi as driver

    with driver.connect(url, autocommit=True) as con, con.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def as_user(url: str, user: str) -> str:
    return url.replace("user=postgres", f"user={user}")


@pytest.fixture
def server_url(postgres_server: str) -> Iterator[str]:
    """A server library of its own: a fresh schema, first on the connection's search path."""
    schema = f"lib_{os.getpid()}_{next(_schemas)}"
    admin(postgres_server, f"CREATE SCHEMA {schema}")
    yield f"{postgres_server}&options=-csearch_path%3D{schema}"
    admin(postgres_server, f"DROP SCHEMA {schema} CASCADE")
