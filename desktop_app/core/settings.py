"""Every choice that changes a figure, and its default: the one home of defaults.

The CLI's argparse defaults, the GUI's preferences, the metric engine and the report's method
page all read ``DEFAULTS`` (or the ``Settings`` the user chose), never a literal of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

GRANULARITIES: tuple[str, ...] = ("day", "week", "month", "quarter")
AUTO = "auto"
"""Granularity chosen from the window's length (``core.metrics.periods.auto_granularity``)."""
GRANULARITY_CHOICES: tuple[str, ...] = (AUTO, *GRANULARITIES)
PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")
REPORT_TITLE = "Service reliability report"


@dataclass(frozen=True)
class Settings:
    """Preferences that change figures (not only their look).

    - ``slo_pct``: the availability target in percent.
    - ``partial_weight`` / ``degraded_weight``: the share of a partial outage / of degraded
      performance counted as downtime (a full outage counts 1).
    - ``granularity``: the period of trends when the user has not picked one (``AUTO``:
      follow the window's length).
    """

    tz: str = "UTC"
    slo_pct: float = 99.9
    partial_weight: float = 0.3
    degraded_weight: float = 0.0
    granularity: str = AUTO
    page_size: str = "A4"


DEFAULTS = Settings()
