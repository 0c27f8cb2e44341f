"""What the data covers: each source's services over the span of the times written in it.

A source (a file, an import) covers the services that appear in it from the earliest to the
latest time it writes (any start, end or acknowledgement), unless its user stated the span it
covers ("this export covers all of 2024": ``StatedSpan``), wider or narrower. A period of a
service that overlaps none of its sources' spans is not known: it has no figure, not 100 %. A
period that overlaps a span counts in full.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

_TIME_COLUMNS = ("started_at", "resolved_at", "acknowledged_at")
_NAT = np.iinfo(np.int64).min
_NEVER = np.iinfo(np.int64).max


@dataclass(frozen=True)
class StatedSpan:
    """The span a source covers as its user states it (both ends included, UTC)."""

    source: str
    start: pd.Timestamp
    end: pd.Timestamp


@dataclass(frozen=True)
class SourceSpan:
    """One source's span (both ends included, UTC) and the services it covers, by name;
    ``stated``: the span is the one its user stated, not the span of its times."""

    source: str
    start: pd.Timestamp
    end: pd.Timestamp
    services: tuple[str, ...]
    stated: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "services": list(self.services),
            "stated": self.stated,
        }


@dataclass(frozen=True)
class KnownSpans:
    """The spans of every source; ``covered`` says which periods of which services they know."""

    spans: tuple[SourceSpan, ...]

    def _pairs(self, names: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(service position, span start ns, span end ns) for each span of a named service."""
        position = {name: i for i, name in enumerate(names)}
        rows = [
            (position[service], span.start.value, span.end.value)
            for span in self.spans
            for service in span.services
            if service in position
        ]
        table = np.array(rows, dtype=np.int64).reshape(-1, 3)
        return table[:, 0], table[:, 1], table[:, 2]

    def covered(self, names: Sequence[str], edges: np.ndarray) -> np.ndarray:
        """Whether each period between ``edges`` (UTC ns) of each service overlaps one of its
        spans: booleans of shape (services, periods)."""
        n_periods = len(edges) - 1
        service, start, end = self._pairs(names)
        first = np.searchsorted(edges[1:], start, side="right")
        last = np.searchsorted(edges[:-1], end, side="right") - 1
        hit = first <= last
        marks = np.zeros((len(names), n_periods + 1), dtype=np.int64)
        np.add.at(marks, (service[hit], first[hit]), 1)
        np.add.at(marks, (service[hit], last[hit] + 1), -1)
        covered: np.ndarray = np.cumsum(marks, axis=1)[:, :n_periods] > 0
        return covered


NO_SPANS = KnownSpans(())


def _nanoseconds(column: pd.Series) -> np.ndarray:
    nanoseconds: np.ndarray = column.dt.tz_convert("UTC").dt.as_unit("ns").array.asi8
    return nanoseconds


#: The last table's spans: every analysis of one import (each filter change) reads the same
#: table, and a million incidents take some 100 ms to span.
_LAST: list[tuple[weakref.ref[pd.DataFrame], KnownSpans]] = []


def known_spans(incidents: pd.DataFrame, stated: Sequence[StatedSpan] = ()) -> KnownSpans:
    """The span of each ``source_file`` of ``incidents`` and the services in it, by source,
    the ``stated`` ones instead of those computed (the table is not changed in place once
    loaded, so the last one's computed spans are kept)."""
    if _LAST and _LAST[0][0]() is incidents:
        spans = _LAST[0][1]
    else:
        spans = _spans(incidents)
        _LAST[:] = [(weakref.ref(incidents), spans)]
    return _with_stated(spans, stated) if stated else spans


def _with_stated(known: KnownSpans, stated: Sequence[StatedSpan]) -> KnownSpans:
    """``known`` with each stated source's span in place of its computed one (a source
    stated but holding no incident here covers no service, so it is left out)."""
    by_source = {span.source: span for span in stated}
    return KnownSpans(
        tuple(
            replace(span, start=said.start, end=said.end, stated=True)
            if (said := by_source.get(span.source)) is not None
            else span
            for span in known.spans
        )
    )


def _spans(incidents: pd.DataFrame) -> KnownSpans:
    if incidents.empty:
        return NO_SPANS
    times = np.stack([_nanoseconds(incidents[c]) for c in _TIME_COLUMNS])
    earliest = np.where(times == _NAT, _NEVER, times).min(axis=0)
    latest = times.max(axis=0)
    source, sources = pd.factorize(incidents["source_file"])
    service, names = pd.factorize(incidents["service"])
    known = source >= 0
    by_source = pd.DataFrame({"first": earliest[known], "last": latest[known]})
    ends = by_source.groupby(source[known]).agg({"first": "min", "last": "max"})
    named = known & (service >= 0)
    pairs = pd.unique(source[named] * len(names) + service[named])
    services: dict[int, list[str]] = {}
    for pair in np.sort(pairs):
        services.setdefault(int(pair // len(names)), []).append(str(names[pair % len(names)]))
    codes = ends.index.to_numpy(dtype=np.int64)
    firsts, lasts = ends["first"].to_numpy(np.int64), ends["last"].to_numpy(np.int64)
    spans = [
        SourceSpan(
            str(sources[int(code)]),
            pd.Timestamp(int(first), tz="UTC"),
            pd.Timestamp(int(last), tz="UTC"),
            tuple(sorted(services.get(int(code), []))),
        )
        for code, first, last in zip(codes, firsts, lasts, strict=True)
    ]
    return KnownSpans(tuple(sorted(spans, key=lambda span: span.source)))
