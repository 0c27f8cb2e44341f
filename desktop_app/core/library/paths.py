"""Where the library lives unless the user chose another file (``--library`` or Preferences)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from desktop_app import APP_NAME, ORG_NAME

LIBRARY_FILE_NAME = "library.duckdb"
#: Overrides the default location (tests, a portable install); ``--library`` still wins.
LIBRARY_ENV = "RELIABILITY_DESK_LIBRARY"


def default_library_path() -> Path:
    """The user's library: ``$RELIABILITY_DESK_LIBRARY`` or the platform's user data folder."""
    chosen = os.environ.get(LIBRARY_ENV)
    if chosen:
        return Path(chosen)
    return Path(user_data_dir(APP_NAME, ORG_NAME)) / LIBRARY_FILE_NAME


def backup_path(path: Path) -> Path:
    """The copy taken before each change: restoring it undoes at most the last change."""
    return path.with_name(path.name + ".backup")


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")
