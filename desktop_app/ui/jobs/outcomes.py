"""Typed results of the window's jobs: what an import did, and notices with a severity.

Listeners decide by type and severity, never by matching the words of a message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from desktop_app.core.model import FileImport, Finding, IncidentFileError
from desktop_app.core.reading.reader import ParsedFile


class Severity(IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2


@dataclass(frozen=True)
class Notice:
    """A message for the notification bar and status bar."""

    severity: Severity
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Parsed:
    """The first step of an import: every file read once, the unreadable ones listed."""

    files: list[ParsedFile]
    failed: list[IncidentFileError]

    def header_sets_to_map(
        self, known: dict[str, dict[str, str]], remap: frozenset[str] = frozenset()
    ) -> list[tuple[str, ...]]:
        """Header sets of files whose start column is missing or only guessed and that have no
        mapping in ``known`` (by path), and of the files in ``remap`` (the user maps them again),
        each once, in file order."""
        wanted = [
            tuple(f.headers)
            for f in self.files
            if f.path in remap or (f.needs_confirmation and f.path not in known)
        ]
        return list(dict.fromkeys(wanted))


@dataclass(frozen=True)
class ImportOutcome:
    """What an import read and what it could not.

    ``files`` are the files read, in order (once delivered, an id repeated across them counts
    as a duplicate of the later file); ``failed`` the files that could not be read; ``new``
    the paths the user asked for that were read; ``unmapped`` the files left out because the
    user declined to map their columns."""

    files: list[FileImport]
    failed: list[IncidentFileError]
    new: list[str]
    unmapped: list[str] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [finding for file in self.files for finding in file.findings]

    @property
    def empty(self) -> list[FileImport]:
        """The files read whose rows all were rejected: none of their incidents is shown."""
        return [f for f in self.files if f.rows and not f.imported]
