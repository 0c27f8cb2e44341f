"""Everything a view, the summary or the report needs from the library, read in one go."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from desktop_app.core.dataset import Dataset, Reclassification
from desktop_app.core.library.coverage import stated_spans
from desktop_app.core.library.edits import Edits, library_version, read_edits
from desktop_app.core.library.imports import (
    read_current_incidents,
    read_imports,
    read_versions,
)
from desktop_app.core.library.records import ImportRecord
from desktop_app.core.library.store import Library
from desktop_app.core.library.view import (
    chosen_versions,
    reclassifications,
    reclassified,
    service_names,
    service_targets,
)
from desktop_app.core.model import FileImport, ImportResult, empty_incidents


@dataclass(frozen=True)
class LibraryData:
    """The library's incidents as imported and reclassified, its imports and edits."""

    path: Path | str
    as_imported: pd.DataFrame
    reclassified: pd.DataFrame
    imports: list[ImportRecord]
    edits: Edits
    #: The latest change read: the ``base`` of edits made on this data (``edits.change``).
    version: int = 0

    @property
    def empty(self) -> bool:
        return self.as_imported.empty

    def incidents(self, *, as_imported: bool = False) -> pd.DataFrame:
        return self.as_imported if as_imported else self.reclassified

    def targets(self, *, as_imported: bool = False) -> tuple[tuple[str, float], ...]:
        """Per-service SLO targets (none "as imported": the user's settings are edits too)."""
        return () if as_imported else service_targets(self.edits)

    def reclassifications(self) -> list[Reclassification]:
        return reclassifications(self.as_imported, self.edits)

    def dataset(self, *, as_imported: bool = False) -> Dataset:
        """What the window shows: the reclassified incidents with the library's targets,
        aliases and reclassifications; ``as_imported``, the incidents as imported and none
        of the user's judgements (no reclassification listed either)."""
        findings = tuple(f for r in self.imports for f in r.findings)
        stated = stated_spans(self.imports, self.edits)
        if as_imported:
            return Dataset(self.as_imported, tuple(self.imports), findings, stated=stated)
        return Dataset(
            self.reclassified,
            tuple(self.imports),
            findings,
            targets=self.targets(),
            aliases=service_names(self.edits),
            reclassifications=tuple(self.reclassifications()),
            stated=stated,
        )

    def import_result(self, *, as_imported: bool = False) -> ImportResult:
        """The same row accounting and findings as reading the imported files again."""
        files = [
            FileImport(
                path=r.path,
                encoding=r.encoding,
                delimiter=r.delimiter,
                rows=r.rows,
                imported=r.imported,
                duplicates=r.duplicates,
                mapping=r.mapping,
                rejected=list(r.rejected),
                incidents=empty_incidents(),
            )
            for r in self.imports
        ]
        findings = [f for r in self.imports for f in r.findings]
        return ImportResult(files, self.incidents(as_imported=as_imported), [], findings)


def load_library(library: Library) -> LibraryData:
    """Incidents, edits and imports through one connection: one consistent snapshot, and
    one connect (with its busy wait and set-up) instead of three."""
    with library.reading() as con:
        incidents = read_current_incidents(con)
        edits = read_edits(con)
        imports = read_imports(con)
        versions = read_versions(con, chosen_versions(edits))
        version = library_version(con)
    shown = reclassified(incidents, edits, versions)
    return LibraryData(library.path, incidents, shown, imports, edits, version)
