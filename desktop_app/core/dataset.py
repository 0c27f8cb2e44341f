"""What the app shows and reports from: one set of incidents and everything that goes with it.

A ``Dataset`` is made by a source: the library (``core.library.loaded``), with its service
targets, aliases and reclassifications; or files read as they are (the bundled sample), a
read-only source with none of those. The window, its views and the report read only this.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import pandas as pd

from desktop_app.core.metrics.known_spans import StatedSpan
from desktop_app.core.model import Finding, ImportResult, RejectedRow


@dataclass(frozen=True)
class Reclassification:
    """One reclassified incident as imported, and its changes: (field, value, reason)."""

    incident_id: str
    service: str
    title: str
    started_at: pd.Timestamp
    resolved_at: pd.Timestamp | None
    changes: tuple[tuple[str, str, str], ...]


class FileAccount(Protocol):
    """What became of one file's rows: ``rows == imported + duplicates + len(rejected)``.

    A file read now (``FileImport``) and a file recorded in the library (``ImportRecord``)
    both say it."""

    @property
    def path(self) -> str: ...

    @property
    def rows(self) -> int: ...

    @property
    def imported(self) -> int: ...

    @property
    def duplicates(self) -> int: ...

    @property
    def rejected(self) -> Sequence[RejectedRow]: ...


@dataclass(frozen=True, eq=False)
class Dataset:
    """The incidents shown, the files they came from (in import order) and what reading them
    assumed; from the library also the per-service SLO ``targets`` (shown service name,
    percent), the ``aliases`` (imported service name -> shown name) and the
    ``reclassifications`` in force (None: a source that cannot reclassify) and the spans
    the user ``stated`` sources cover."""

    incidents: pd.DataFrame
    files: tuple[FileAccount, ...] = ()
    findings: tuple[Finding, ...] = ()
    targets: tuple[tuple[str, float], ...] = ()
    aliases: Mapping[str, str] = field(default_factory=dict)
    reclassifications: tuple[Reclassification, ...] | None = None
    stated: tuple[StatedSpan, ...] = ()

    @classmethod
    def read_only(cls, result: ImportResult) -> Dataset:
        """Files read as they are (the sample): nothing in them is edited or targeted."""
        return cls(result.incidents, tuple(result.files), tuple(result.findings))

    @property
    def empty(self) -> bool:
        return self.incidents.empty

    @property
    def paths(self) -> list[str]:
        return [f.path for f in self.files]
