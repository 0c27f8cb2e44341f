"""Every choice that changes a figure, and its default: the one home of defaults.

The CLI's argparse defaults, the GUI's preferences, the metric engine and the report's method
page all read ``DEFAULTS`` (or the ``Settings`` the user chose), never a literal of their own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from desktop_app.core.language import FALLBACK_LANGUAGE, Language

GRANULARITIES: tuple[str, ...] = ("day", "week", "month", "quarter")
AUTO = "auto"
"""Granularity chosen from the window's length (``core.metrics.periods.auto_granularity``)."""
GRANULARITY_CHOICES: tuple[str, ...] = (AUTO, *GRANULARITIES)
PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")


@dataclass(frozen=True)
class Settings:
    """Preferences that change figures (not only their look).

    - ``slo_pct``: the availability target in percent.
    - ``partial_weight`` / ``degraded_weight``: the share of a partial outage / of degraded
      performance counted as downtime (a full outage counts 1).
    - ``granularity``: the period of trends when the user has not picked one (``AUTO``:
      follow the window's length).
    - ``service_slo_pct``: (service, target) for services with their own target (the
      library's service settings); every other service has ``slo_pct``.
    - ``notice_hours``: an outage lasting at least this long must be notified to users. Korea's
      Telecommunications Business Act enforcement decree (article 37-13, as amended from
      28 March 2025) sets two hours for large value-added services (it was four).
    - ``language``: the language figures and text are written in (the app and the commands
      start from the system locale's; this is the fallback).
    """

    tz: str = "UTC"
    slo_pct: float = 99.9
    partial_weight: float = 0.3
    degraded_weight: float = 0.0
    granularity: str = AUTO
    page_size: str = "A4"
    notice_hours: float = 2.0
    language: Language = FALLBACK_LANGUAGE
    service_slo_pct: tuple[tuple[str, float], ...] = ()

    def slo_for(self, service: str) -> float:
        """The service's own target when it has one, else ``slo_pct``."""
        return dict(self.service_slo_pct).get(service, self.slo_pct)

    def check(self) -> Settings:
        """``self`` if every figure-changing value makes sense, else ``SettingsError``: a
        weight is a share in [0, 1], a target a percentage strictly between 0 and 100 (NaN and
        infinity are neither)."""
        for name in ("partial_weight", "degraded_weight"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise SettingsError(name, f"{value:g} is not a share between 0 and 1")
        if not 0.0 < self.slo_pct < 100.0:
            raise SettingsError(
                "slo_pct", f"{self.slo_pct:g} is not a percentage above 0 and below 100"
            )
        if not 0.0 < self.notice_hours < math.inf:
            raise SettingsError("notice_hours", f"{self.notice_hours:g} is not a positive number")
        return self


class SettingsError(ValueError):
    """A setting out of range; ``name`` is the ``Settings`` field."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")


DEFAULTS = Settings()


@dataclass(frozen=True)
class Limits:
    """Bounds that keep any input's cost in check, and the rules of the MTTR interval.

    - ``max_grid_cells``: periods x services computed at once; past it the granularity is
      coarsened (day -> week -> month -> quarter) and a finding says so.
    - ``max_file_bytes``: the most one incident file may hold (a bigger one is refused).
    - ``far_off_years``: incidents separated from the bulk of the data by a gap this long
      (no incident in between) are reported as a finding (a likely typo in the year).
    - ``bootstrap_resamples`` / ``bootstrap_seed`` / ``bootstrap_confidence``: the percentile
      bootstrap of the median MTTR, seeded so a report is reproducible.
    - ``trend_min_incidents``: below this many resolved incidents in either period, no MTTR
      change is judged.
    - ``first_day`` / ``last_day``: the dates the engine accepts, in a file or as a window
      (a time outside them is taken for a typo).
    """

    max_grid_cells: int = 500_000
    max_file_bytes: int = 512 * 1024 * 1024
    far_off_years: float = 3.0
    bootstrap_resamples: int = 2000
    bootstrap_seed: int = 20210601
    bootstrap_confidence: float = 0.90
    trend_min_incidents: int = 5
    first_day: date = date(1990, 1, 1)
    last_day: date = date(2099, 12, 31)


LIMITS = Limits()


#: A change smaller than this reads as unchanged, in percentage points (availability, error
#: budget): it rounds to 0.00 pp where shown.
UNCHANGED_POINTS = 0.005
#: A change of a duration smaller than this many minutes (half a second) reads as unchanged.
UNCHANGED_MINUTES = 1 / 120
