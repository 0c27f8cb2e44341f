"""Availability, downtime and incident figures on small hand-worked tables (one UTC day)."""

from __future__ import annotations

import pytest

from desktop_app.core.metrics.compute import compute_metrics, filter_incidents
from desktop_app.core.metrics.figures import FIGURE_COLUMNS, INTERVAL_COLUMNS, MetricOptions
from desktop_app.core.model import empty_incidents
from desktop_app.core.window import Window

DAY = Window.from_dates("2024-03-01", "2024-03-01", "UTC")  # W = 1440 min


def test_overlapping_incidents_count_once_at_the_highest_weight(incidents_of):
    table = incidents_of(
        [
            ("a", "full_outage", "critical", "2024-03-01 10:00", "2024-03-01 11:00"),
            ("a", "partial_outage", "major", "2024-03-01 10:30", "2024-03-01 12:00"),
            ("a", "degraded", "minor", "2024-03-01 09:00", "2024-03-01 13:00"),
        ]
    )
    overall = compute_metrics(table, DAY).overall
    # D = 60 (full 10-11) + 0.3 x 60 (partial alone 11-12) = 78; degraded weighs 0
    assert overall.downtime_minutes == pytest.approx(78)
    assert overall.availability_pct == pytest.approx(100 * (1 - 78 / 1440))
    # U = 09:00-13:00 = 240 (degraded counts as incident time); uptime 1440 - 240 = 1200
    assert overall.uptime_minutes == pytest.approx(1200)
    assert overall.incidents == 3
    assert overall.mtbf_hours == pytest.approx(1200 / 3 / 60)
    # repair times 60, 90, 240: mean 130, median 90, p90 at rank 1.8 = 90 + 0.8 x 150
    assert overall.mttr_minutes == pytest.approx(130)
    assert overall.mttr_median_minutes == pytest.approx(90)
    assert overall.mttr_p90_minutes == pytest.approx(210)
    assert overall.by_severity == {"critical": 1, "major": 1, "minor": 1, "unknown": 0}


def test_weights_come_from_the_options(incidents_of):
    table = incidents_of(
        [
            ("a", "partial_outage", "major", "2024-03-01 10:00", "2024-03-01 12:00"),
            ("a", "degraded", "minor", "2024-03-01 11:00", "2024-03-01 14:00"),
        ]
    )
    options = MetricOptions(partial_weight=0.5, degraded_weight=0.1)
    # 10-12 partial at 0.5 = 60; 12-14 degraded alone at 0.1 = 12 (11-12 takes max 0.5)
    assert compute_metrics(table, DAY, options).overall.downtime_minutes == pytest.approx(72)


def test_incidents_are_clipped_to_the_window(incidents_of):
    table = incidents_of(
        [
            ("a", "full_outage", "major", "2024-02-29 23:00", "2024-03-01 01:00"),
            ("a", "full_outage", "major", "2024-03-01 23:30", "2024-03-02 02:00"),
        ]
    )
    overall = compute_metrics(table, DAY).overall
    # 60 min after the start edge + 30 min before the end edge
    assert overall.downtime_minutes == pytest.approx(90)
    # only the second starts in the window; its repair time is the full 150 min
    assert overall.incidents == 1
    assert overall.mttr_minutes == pytest.approx(150)
    assert overall.mtbf_hours == pytest.approx((1440 - 90) / 60)


def test_maintenance_is_cut_out_of_the_window_and_of_downtime(incidents_of):
    table = incidents_of(
        [
            ("a", "maintenance", "minor", "2024-03-01 02:00", "2024-03-01 04:00"),
            ("a", "maintenance", "minor", "2024-03-01 03:00", "2024-03-01 05:00"),
            ("a", "full_outage", "critical", "2024-03-01 04:00", "2024-03-01 06:00"),
        ]
    )
    overall = compute_metrics(table, DAY).overall
    # M = union 02:00-05:00 = 180; D = 05:00-06:00 = 60 (04-05 is under maintenance)
    assert overall.maintenance_minutes == pytest.approx(180)
    assert overall.downtime_minutes == pytest.approx(60)
    assert overall.availability_pct == pytest.approx(100 * (1 - 60 / (1440 - 180)))
    assert overall.uptime_minutes == pytest.approx(1440 - 180 - 60)
    assert overall.incidents == 1  # maintenance is not an incident
    assert overall.mttr_minutes == pytest.approx(120)


def test_a_window_all_maintenance_is_fully_available(incidents_of):
    table = incidents_of([("a", "maintenance", "minor", "2024-02-20 00:00", "2024-03-05 00:00")])
    overall = compute_metrics(table, DAY).overall
    assert overall.availability_pct == 100
    assert overall.maintenance_minutes == pytest.approx(1440)
    assert overall.uptime_minutes == 0
    assert overall.mtbf_hours is None


def test_open_incidents_last_to_the_window_end(incidents_of):
    window = Window.from_dates("2024-03-01", "2024-03-02", "UTC")  # 2880 min
    table = incidents_of(
        [
            ("a", "full_outage", "critical", "2024-03-02 12:00", None),
            ("a", "full_outage", "critical", "2024-03-05 12:00", None),  # after the window
        ]
    )
    overall = compute_metrics(table, window).overall
    assert overall.downtime_minutes == pytest.approx(720)
    assert overall.incidents == 1
    assert overall.open_incidents == 1
    assert overall.mttr_minutes is None
    assert overall.mttr_median_minutes is None
    assert overall.mtbf_hours == pytest.approx((2880 - 720) / 60)


def test_mtta_uses_known_acknowledgements(incidents_of):
    table = incidents_of(
        [
            ("a", "full_outage", "major", "2024-03-01 10:00", "2024-03-01 11:00"),
            ("a", "full_outage", "major", "2024-03-01 12:00", "2024-03-01 13:00"),
            ("a", "full_outage", "major", "2024-03-01 14:00", "2024-03-01 15:00"),
        ],
        acknowledged=["2024-03-01 10:05", "2024-03-01 12:15", None],
    )
    assert compute_metrics(table, DAY).overall.mtta_minutes == pytest.approx(10)
    no_acks = incidents_of([("a", "full_outage", "major", "2024-03-01 10:00", None)])
    assert compute_metrics(no_acks, DAY).overall.mtta_minutes is None


def test_overall_averages_services_and_sums_the_rest(incidents_of):
    table = incidents_of(
        [
            ("b", "full_outage", "critical", "2024-03-01 00:00", "2024-03-01 02:24"),
            ("a", "full_outage", "major", "2024-03-01 10:00", "2024-03-01 10:36"),
            ("other", "full_outage", "major", "2024-03-01 10:00", "2024-03-01 20:00"),
        ]
    )
    result = compute_metrics(table, DAY, services=["z", "b", "a"])
    services = result.services
    assert list(services["service"]) == ["a", "b", "z"]
    assert list(services.columns) == ["service", *FIGURE_COLUMNS, *INTERVAL_COLUMNS]
    # a: 36/1440 = 2.5 % down; b: 144/1440 = 10 % down; z: no incident, 100 %
    assert list(services["availability_pct"]) == pytest.approx([97.5, 90.0, 100.0])
    overall = result.overall
    assert overall.availability_pct == pytest.approx((97.5 + 90 + 100) / 3)
    assert overall.downtime_minutes == pytest.approx(180)  # "other" is not selected
    assert overall.incidents == 2
    assert overall.uptime_minutes == pytest.approx(3 * 1440 - 180)
    assert overall.mtbf_hours == pytest.approx((3 * 1440 - 180) / 2 / 60)
    assert overall.mttr_minutes == pytest.approx((144 + 36) / 2)
    z = services.iloc[2]
    assert z["incidents"] == 0 and z["uptime_minutes"] == pytest.approx(1440)


def test_an_empty_table_gives_empty_tables_and_a_perfect_window():
    result = compute_metrics(empty_incidents(), DAY)
    assert result.overall.availability_pct == 100
    assert result.overall.incidents == 0
    assert result.services.empty
    assert list(result.services.columns) == ["service", *FIGURE_COLUMNS, *INTERVAL_COLUMNS]
    assert len(result.periods) == 1
    assert result.service_periods.empty


def test_filter_incidents_keeps_chosen_services_and_severities(incidents_of):
    table = incidents_of(
        [
            ("a", "full_outage", "critical", "2024-03-01 10:00", None),
            ("a", "full_outage", "minor", "2024-03-01 11:00", None),
            ("b", "full_outage", "critical", "2024-03-01 12:00", None),
        ]
    )
    assert len(filter_incidents(table)) == 3
    assert list(filter_incidents(table, services=["a"])["severity"]) == ["critical", "minor"]
    chosen = filter_incidents(table, services=["a", "b"], severities=["critical"])
    assert list(chosen["service"]) == ["a", "b"]
    assert filter_incidents(table, severities=[]).empty
