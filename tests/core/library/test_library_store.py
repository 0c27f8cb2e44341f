"""The library file: created, upgraded with a backup first, damage reported, never replaced."""

from __future__ import annotations

import pytest

from desktop_app.core.library import schema
from desktop_app.core.library.imports import import_files, list_imports
from desktop_app.core.library.paths import backup_path
from desktop_app.core.library.store import (
    LibraryDamagedError,
    LibraryError,
    open_library,
    restore_backup,
    start_new,
)

ROWS = ["A-1,api,Login down,major,full_outage,2024-01-10T10:00:00Z,2024-01-10T10:30:00Z"]


def test_a_new_library_is_created_with_its_schema_version(tmp_path):
    path = tmp_path / "deep" / "folder" / "library.duckdb"
    with open_library(path) as library:
        assert not library.read_only
        assert list_imports(library) == []
    assert path.exists()


def test_reading_a_missing_library_says_so(tmp_path):
    with pytest.raises(LibraryError, match="there is no library here yet"):
        open_library(tmp_path / "none.duckdb", write=False)


def test_a_damaged_file_is_reported_and_left_untouched(tmp_path):
    path = tmp_path / "library.duckdb"
    garbage = b"this is not a database " * 500
    path.write_bytes(garbage)
    with pytest.raises(LibraryDamagedError) as caught:
        open_library(path)
    assert "cannot be read" in str(caught.value)
    assert "start a new library (there is no backup)" in str(caught.value)
    assert path.read_bytes() == garbage


def test_a_damaged_library_can_be_restored_from_its_backup(tmp_path, write_csv):
    path = tmp_path / "library.duckdb"
    with open_library(path) as library:
        import_files(library, [write_csv("one.csv", ROWS)])
        import_files(library, [write_csv("two.csv", [ROWS[0].replace("A-1", "A-2")])])
    path.write_bytes(b"\0garbage" * 1000)
    with pytest.raises(LibraryDamagedError) as caught:
        open_library(path)
    assert caught.value.backup == backup_path(path)
    aside = restore_backup(path)
    assert aside.read_bytes() == b"\0garbage" * 1000
    with open_library(path) as library:
        # The backup was taken before the last change: the first import is there.
        assert [r.path for r in list_imports(library)] == [str(tmp_path / "one.csv")]


def test_starting_a_new_library_keeps_the_damaged_file_aside(tmp_path):
    path = tmp_path / "library.duckdb"
    path.write_bytes(b"broken" * 100)
    aside = start_new(path)
    assert aside.read_bytes() == b"broken" * 100
    with open_library(path) as library:
        assert list_imports(library) == []


def test_an_older_schema_is_migrated_after_a_backup_copy(tmp_path, write_csv, monkeypatch):
    path = tmp_path / "library.duckdb"
    with open_library(path) as library:
        import_files(library, [write_csv("one.csv", ROWS)])
    old_bytes = path.read_bytes()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 4)
    monkeypatch.setattr(
        schema, "MIGRATIONS", {3: ("ALTER TABLE imports ADD COLUMN label VARCHAR",)}
    )
    with open_library(path) as library:
        assert len(list_imports(library)) == 1
        with library.reading() as con:
            version = con.rows("SELECT value FROM meta")
            columns = [r[0] for r in con.rows("DESCRIBE imports")]
    assert version == [("4",)]
    assert "label" in columns
    assert (tmp_path / "library.duckdb.schema-3.backup").read_bytes() == old_bytes


def test_a_library_from_a_newer_app_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "library.duckdb"
    open_library(path).close()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 0)
    with pytest.raises(LibraryError, match="made by a newer Reliability Desk"):
        open_library(path)


def test_a_url_is_never_taken_for_a_file_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(LibraryError, match="this address is neither"):
        open_library("https://example.com/library.duckdb")
    assert list(tmp_path.iterdir()) == []


def test_a_server_address_is_shown_without_its_password():
    from desktop_app.core.library.paths import has_password, shown_url

    url = "postgresql://alice:s3cret@db.example:5433/reliability?sslmode=require"
    assert shown_url(url) == "postgresql://alice@db.example:5433/reliability?sslmode=require"
    assert has_password(url)
    assert not has_password(shown_url(url))
    assert not has_password("/home/alice/pass:word@library.duckdb")
