"""Where the library lives unless the user chose another file or a server (``--library`` or
Preferences)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

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


#: ``--library`` values naming a PostgreSQL server library instead of a file.
SERVER_SCHEMES: tuple[str, ...] = ("postgresql://", "postgres://")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(location: str) -> bool:
    """A ``scheme://…`` value: never a file name, even when it is not a server we know."""
    return bool(_URL.match(location))


def is_server_url(location: str) -> bool:
    return location.lower().startswith(SERVER_SCHEMES)


def has_password(location: str) -> bool:
    """A server URL with its password in it (never to be kept in the settings)."""
    return is_url(location) and urlsplit(location).password is not None


def shown_url(url: str) -> str:
    """The URL without its password, for messages and the audit trail."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host += f":{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit(parts._replace(netloc=user + host))
