"""Every choice that changes a figure, and its default: the one home of defaults.

The CLI's argparse defaults, the GUI's preferences, the metric engine and the report's method
page all read ``DEFAULTS`` (or the ``Settings`` the user chose), never a literal of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.language import FALLBACK_LANGUAGE, Language

GRANULARITIES: tuple[str, ...] = ("day", "week", "month", "quarter")
PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")


@dataclass(frozen=True)
class Settings:
    """Preferences that change figures (not only their look).

    - ``slo_pct``: the availability target in percent.
    - ``partial_weight`` / ``degraded_weight``: the share of a partial outage / of degraded
      performance counted as downtime (a full outage counts 1).
    - ``granularity``: the period of trends when the user has not picked one.
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
    granularity: str = "month"
    page_size: str = "A4"
    notice_hours: float = 2.0
    language: Language = FALLBACK_LANGUAGE


DEFAULTS = Settings()
