"""Every choice that changes a figure, its default and its rules: the one home of defaults.

``Settings`` is declared once, here, as a schema: each user-facing field carries its default,
its range or choices, its unit, its label and its help (English, marked for the catalogue and
rendered by ``desktop_app.text``). From it are made the metric engine's options
(``MetricOptions`` is ``Settings``), the commands' options (``desktop_app.cli.options``), the
keys the app keeps its preferences under and the Preferences form (``desktop_app.ui``). The
thresholds no user sets live here too: ``Limits`` and the rules below it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, TypeVar

from desktop_app.core.messages import N_, Message, MessageKind

GRANULARITIES: tuple[str, ...] = ("day", "week", "month", "quarter")
AUTO = "auto"
"""Granularity chosen from the window's length (``core.metrics.periods.auto_granularity``)."""
GRANULARITY_CHOICES: tuple[str, ...] = (AUTO, *GRANULARITIES)
#: Longest window, in days, drawn at each granularity when it is ``AUTO``
#: (``core.metrics.periods.auto_granularity``; the help of ``granularity`` says it in words).
AUTO_LONGEST_DAYS: tuple[tuple[str, int], ...] = (("day", 45), ("week", 183), ("month", 1096))
PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")

NOT_A_SHARE = MessageKind("not_a_share", "{value:g} is not a share between 0 and 1")
NOT_A_PERCENTAGE = MessageKind(
    "not_a_percentage", "{value:g} is not a percentage above 0 and below 100"
)
NOT_POSITIVE = MessageKind("not_positive", "{value:g} is not a positive number")


@dataclass(frozen=True)
class Bounds:
    """The values a number may take; ``low_open``/``high_open`` leave the end out. NaN is in
    no range."""

    low: float
    high: float
    problem: MessageKind
    low_open: bool = False
    high_open: bool = False

    def admits(self, value: float) -> bool:
        above = self.low < value if self.low_open else self.low <= value
        below = value < self.high if self.high_open else value <= self.high
        return above and below


SHARE = Bounds(0.0, 1.0, NOT_A_SHARE)
PERCENTAGE = Bounds(0.0, 100.0, NOT_A_PERCENTAGE, low_open=True, high_open=True)
POSITIVE = Bounds(0.0, math.inf, NOT_POSITIVE, low_open=True, high_open=True)


@dataclass(frozen=True)
class Spin:
    """How a form offers a number: its range there, its step and the decimals kept."""

    low: float
    high: float
    step: float
    decimals: int


@dataclass(frozen=True)
class Setting:
    """One user-facing setting. ``label`` and ``help`` are English catalogue keys; ``help``
    may name the default as ``%(default)s`` (argparse's style). ``option`` is the command-line
    flag, ``key`` the name the app keeps it under, ``unit`` ``%`` or ``h`` when it has one."""

    name: str
    type: type
    default: object
    label: str
    help: str
    unit: str = ""
    bounds: Bounds | None = None
    choices: tuple[str, ...] | None = None
    option: str | None = None
    metavar: str | None = None
    spin: Spin | None = None
    key: str = ""

    def check(self, value: object) -> Message | None:
        """Why ``value`` cannot be used, or None when it can."""
        if self.bounds is not None and not self.bounds.admits(value):  # type: ignore[arg-type]
            return self.bounds.problem(value=value)
        return None

    def help_with_default(self, help_text: str) -> str:
        """``help_text`` (this setting's help, maybe translated) with the default filled in."""
        return help_text % {"default": self.default} if "%(default)" in help_text else help_text


_SCHEMA = "setting"
_T = TypeVar("_T")


def setting(default: _T, label: str, help: str, **rules: object) -> _T:
    """A dataclass field that is a user-facing setting (see ``Setting`` for ``rules``)."""
    return field(default=default, metadata={_SCHEMA: {"label": label, "help": help, **rules}})


def setting_like(name: str, **changes: object) -> Any:
    """A dataclass field that is the ``Settings`` field ``name`` elsewhere (a preference the
    app keeps): the same default and rules, but for ``changes``."""
    item = SETTING[name]
    rules = {f.name: getattr(item, f.name) for f in fields(Setting) if f.name not in _OWN}
    rules.update(changes)
    default = rules.pop("default")
    return setting(default, **rules)


#: What a dataclass field gives a ``Setting`` itself rather than its rules.
_OWN = ("name", "type")


def schema_of(cls: type) -> tuple[Setting, ...]:
    """The settings a dataclass declares with ``setting``, in their order."""
    return tuple(
        Setting(
            name=item.name,
            type=type(item.default),
            default=item.default,
            key=str(item.metadata[_SCHEMA].get("key", item.name)),
            **{k: v for k, v in item.metadata[_SCHEMA].items() if k != "key"},
        )
        for item in fields(cls)
        if _SCHEMA in item.metadata
    )


@dataclass(frozen=True)
class Limits:
    """Bounds that keep any input's cost in check, and the rules of the MTTR interval.

    - ``max_grid_cells``: periods x services computed at once; past it the granularity is
      coarsened (day -> week -> month -> quarter) and a finding says so.
    - ``max_file_bytes``: the most one incident file may hold (a bigger one is refused).
    - ``large_file_bytes``: the app asks before loading a file bigger than this.
    - ``far_off_years``: incidents separated from the bulk of the data by a gap this long
      (no incident in between) are reported as a finding (a likely typo in the year).
    - ``stale_open_days``: an incident still open this many days before the window's end is
      reported as a finding (likely never closed in the source system).
    - ``named_services``: how many known services an unknown ``--service`` lists.
    - ``bootstrap_resamples`` / ``bootstrap_seed`` / ``bootstrap_confidence``: the percentile
      bootstrap of the median MTTR, seeded so a report is reproducible.
    - ``trend_min_incidents``: below this many resolved incidents in either period, no MTTR
      change is judged.
    - ``unchanged_points``: an availability (or error budget) change smaller than this, in
      percentage points, is no change (it shows as 0.00).
    - ``unchanged_minutes``: a change of a duration smaller than this (half a second) is no
      change.
    - ``first_day`` / ``last_day``: the dates the engine accepts, in a file or as a window
      (a time outside them is taken for a typo).
    """

    max_grid_cells: int = 500_000
    max_file_bytes: int = 512 * 1024 * 1024
    large_file_bytes: int = 100 * 1024 * 1024
    far_off_years: float = 3.0
    stale_open_days: int = 30
    named_services: int = 20
    bootstrap_resamples: int = 2000
    bootstrap_seed: int = 20210601
    bootstrap_confidence: float = 0.90
    trend_min_incidents: int = 5
    unchanged_points: float = 0.005
    unchanged_minutes: float = 1 / 120
    first_day: date = date(1990, 1, 1)
    last_day: date = date(2099, 12, 31)


DEFAULT_LIMITS = Limits()
"""The limits every run uses unless a caller (a test, a benchmark) passes its own."""


@dataclass(frozen=True)
class Settings:
    """Preferences that change figures (not only their look), and the limits of the run.

    - ``slo_pct``: the availability target in percent.
    - ``partial_weight`` / ``degraded_weight``: the share of a partial outage / of degraded
      performance counted as downtime (a full outage counts 1).
    - ``granularity``: the period of trends when the user has not picked one (``AUTO``:
      follow the window's length).
    - ``notice_hours``: an outage lasting at least this long must be notified to users. Korea's
      Telecommunications Business Act enforcement decree (article 37-13, as amended from
      28 March 2025) sets two hours for large value-added services (it was four).
    - ``service_slo_pct``: (service, target) for services with their own target (the
      library's service settings); every other service has ``slo_pct``.
    - ``limits``: the bounds of the run (``Limits``).
    """

    tz: str = setting(
        "UTC",
        N_("Time zone:"),
        N_("IANA time zone, e.g. Asia/Seoul (default: this machine's)"),
        option="--tz",
        key="timezone",
    )
    slo_pct: float = setting(
        99.9,
        N_("SLO target:"),
        N_("availability target in percent (default %(default)s)"),
        unit="%",
        bounds=PERCENTAGE,
        option="--slo",
        metavar="PCT",
        spin=Spin(50.0, 99.999, 0.01, 3),
    )
    partial_weight: float = setting(
        0.3,
        N_("Partial-outage weight:"),
        N_("share of a partial outage counted as downtime (default %(default)s)"),
        bounds=SHARE,
        option="--partial-weight",
        metavar="W",
        spin=Spin(0.0, 1.0, 0.05, 2),
    )
    degraded_weight: float = setting(
        0.0,
        N_("Degraded-performance weight:"),
        N_("share of degraded performance counted as downtime (default %(default)s)"),
        bounds=SHARE,
        option="--degraded-weight",
        metavar="W",
        spin=Spin(0.0, 1.0, 0.05, 2),
    )
    granularity: str = setting(
        AUTO,
        N_("Trend periods:"),
        N_("period of the trends (auto: day up to 45 days, week to 6 months, month to 3 years)"),
        choices=GRANULARITY_CHOICES,
        option="--granularity",
    )
    page_size: str = setting(
        "A4",
        N_("Report page size:"),
        N_("paper size of the PDF report (default %(default)s)"),
        choices=PAGE_SIZES,
        option="--page-size",
    )
    notice_hours: float = setting(
        2.0,
        N_("User notice from:"),
        N_("outages this long or longer are flagged for user notice (default %(default)g)"),
        unit="h",
        bounds=POSITIVE,
        option="--notice-hours",
        metavar="H",
        spin=Spin(0.5, 72.0, 0.5, 1),
    )
    service_slo_pct: tuple[tuple[str, float], ...] = ()
    limits: Limits = DEFAULT_LIMITS

    def slo_for(self, service: str) -> float:
        """The service's own target when it has one, else ``slo_pct``."""
        return dict(self.service_slo_pct).get(service, self.slo_pct)

    def check(self) -> Settings:
        """``self`` if every figure-changing value makes sense, else ``SettingsError``: a
        weight is a share in [0, 1], a target a percentage strictly between 0 and 100, the
        notice threshold a positive number (NaN and infinity are neither)."""
        for item in SETTINGS:
            problem = item.check(getattr(self, item.name))
            if problem is not None:
                raise SettingsError(item.name, problem)
        return self


class SettingsError(ValueError):
    """A setting out of range; ``name`` is the ``Settings`` field, ``message`` why."""

    def __init__(self, name: str, message: Message) -> None:
        self.name = name
        self.message = message
        self.reason = str(message)
        super().__init__(f"{name}: {self.reason}")


SETTINGS: tuple[Setting, ...] = schema_of(Settings)
"""The user-facing settings, in the order forms and ``--help`` list them."""
SETTING: Mapping[str, Setting] = {item.name: item for item in SETTINGS}
DEFAULTS = Settings()
