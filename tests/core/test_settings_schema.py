"""Every default once: the settings schema is the one declaration the engine's options, the
commands' flags and the app's preferences are made from."""

from __future__ import annotations

import math
from dataclasses import fields

import pandas as pd
import pytest

from desktop_app.core.metrics.figures import MetricOptions
from desktop_app.core.metrics.weights import impact_weights, incident_weights
from desktop_app.core.settings import (
    DEFAULTS,
    SETTING,
    SETTINGS,
    Limits,
    Settings,
    SettingsError,
)


def test_the_schema_holds_the_documented_defaults() -> None:
    assert {item.name: item.default for item in SETTINGS} == {
        "tz": "UTC",
        "slo_pct": 99.9,
        "partial_weight": 0.3,
        "degraded_weight": 0.0,
        "granularity": "auto",
        "page_size": "A4",
        "notice_hours": 2.0,
    }
    assert all(getattr(DEFAULTS, item.name) == item.default for item in SETTINGS)
    assert all(item.label and item.help for item in SETTINGS)


def test_metric_options_are_the_settings_not_a_second_declaration() -> None:
    assert MetricOptions is Settings
    assert MetricOptions(granularity="day").partial_weight == 0.3


@pytest.mark.parametrize(
    ("changes", "line"),
    [
        ({"partial_weight": 1.5}, "partial_weight: 1.5 is not a share between 0 and 1"),
        ({"degraded_weight": -0.1}, "degraded_weight: -0.1 is not a share between 0 and 1"),
        ({"partial_weight": math.nan}, "partial_weight: nan is not a share between 0 and 1"),
        ({"slo_pct": 100.0}, "slo_pct: 100 is not a percentage above 0 and below 100"),
        ({"slo_pct": 0.0}, "slo_pct: 0 is not a percentage above 0 and below 100"),
        ({"notice_hours": 0.0}, "notice_hours: 0 is not a positive number"),
        ({"notice_hours": math.inf}, "notice_hours: inf is not a positive number"),
    ],
)
def test_a_value_out_of_range_is_refused_with_its_reason(changes: dict, line: str) -> None:
    with pytest.raises(SettingsError) as refused:
        Settings(**changes).check()
    assert str(refused.value) == line
    assert refused.value.name == next(iter(changes))


def test_the_ends_of_a_closed_range_are_in_it() -> None:
    edges = Settings(partial_weight=0.0, degraded_weight=1.0, slo_pct=99.999, notice_hours=0.01)
    assert edges.check() is edges


def test_each_flag_and_key_is_named_once() -> None:
    options = [item.option for item in SETTINGS]
    assert options == [
        "--tz",
        "--slo",
        "--partial-weight",
        "--degraded-weight",
        "--granularity",
        "--page-size",
        "--notice-hours",
    ]
    assert SETTING["tz"].key == "timezone"  # the key the app has kept it under
    assert SETTING["slo_pct"].help_with_default("target (default %(default)s)") == (
        "target (default 99.9)"
    )


def test_limits_travel_with_the_settings() -> None:
    assert "limits" in {item.name for item in fields(Settings)}
    assert Settings(limits=Limits(max_grid_cells=7)).limits.max_grid_cells == 7
    assert DEFAULTS.limits == Limits()


def test_one_impact_weight_rule() -> None:
    """Full outage 1, partial 0.5 and degraded 0.25 as set, maintenance and an unknown
    impact 0."""
    options = MetricOptions(partial_weight=0.5, degraded_weight=0.25)
    assert impact_weights(options) == (1.0, 0.5, 0.25, 0.0)
    impact = pd.Series(["partial_outage", "full_outage", "maintenance", "degraded", None])
    assert incident_weights(impact, options).tolist() == [0.5, 1.0, 0.0, 0.25, 0.0]
