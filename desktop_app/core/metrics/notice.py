"""Which incidents must be notified to users: outages that last at least the notice threshold.

Korea's Telecommunications Business Act enforcement decree (article 37-13, from 28 March 2025)
obliges value-added services with ₩10bn+ revenue and 1M+ daily users to notify their users of
a stop of the service, in whole or in part, of two hours or more. So full and partial outages
count; degraded performance (the service still works) and planned maintenance do not.
"""

from __future__ import annotations

import pandas as pd

from desktop_app.core.metrics.open_incidents import not_down_while_open

#: Impacts that stop the service in whole or in part.
NOTICE_IMPACTS: tuple[str, ...] = ("full_outage", "partial_outage")


def incident_durations(incidents: pd.DataFrame, as_of: pd.Timestamp) -> pd.Series:
    """Minutes from start to resolution, or to ``as_of`` while open (never negative)."""
    span = incidents["resolved_at"].fillna(as_of) - incidents["started_at"]
    return (span.dt.total_seconds() / 60.0).clip(lower=0.0)


def notice_required(
    incidents: pd.DataFrame, threshold_hours: float, as_of: pd.Timestamp
) -> pd.Series:
    """True for each outage (full or partial) lasting ``threshold_hours`` or more, an open one
    counted up to ``as_of`` only where the figures count it as down (``open_incidents``): an
    open warning is not flagged for having been open a long time. Same index as
    ``incidents``."""
    long_enough = incident_durations(incidents, as_of) >= threshold_hours * 60.0
    outage = incidents["impact"].isin(NOTICE_IMPACTS).fillna(False).astype(bool)
    return long_enough & outage & ~not_down_while_open(incidents)
