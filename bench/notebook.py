"""The peer: what an analyst's notebook does with the same CSV, in plain pandas.

Reads the file with pyarrow, parses its times, unions each service's outage intervals (an
outage is any incident that is not maintenance; open ones are left out) and takes the median
time to repair. It validates nothing: no rejected rows, no findings, no duplicate ids.

    python bench/notebook.py bench/out/incidents_1000000.csv
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class NotebookFigures:
    rows: int
    downtime_minutes: pd.Series
    """Minutes of each service's union of outage intervals."""
    median_mttr_minutes: float


def notebook(path: str) -> NotebookFigures:
    frame = pd.read_csv(path, engine="pyarrow")
    started = pd.to_datetime(frame["started_at"], utc=True)
    resolved = pd.to_datetime(frame["resolved_at"], utc=True)
    outages = pd.DataFrame({"service": frame["service"], "start": started, "end": resolved})
    outages = outages[frame["impact"] != "under_maintenance"].dropna()
    outages = outages.sort_values(["service", "start"])
    reach = outages.groupby("service")["end"].cummax()
    previous = reach.groupby(outages["service"]).shift()
    block = (previous.isna() | (outages["start"] > previous)).cumsum()
    merged = outages.assign(end=reach).groupby(block)
    merged = merged.agg(service=("service", "first"), start=("start", "min"), end=("end", "max"))
    downtime = (merged["end"] - merged["start"]).groupby(merged["service"]).sum()
    repair = (resolved - started).dropna()
    return NotebookFigures(
        rows=len(frame),
        downtime_minutes=downtime.dt.total_seconds() / 60,
        median_mttr_minutes=float(repair.median().total_seconds() / 60),
    )


if __name__ == "__main__":
    figures = notebook(sys.argv[1])
    print(f"{figures.rows:,} rows, median MTTR {figures.median_mttr_minutes:.1f} min")
    print(figures.downtime_minutes.head())
