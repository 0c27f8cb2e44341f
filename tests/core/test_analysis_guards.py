"""Core rules behind issue 12's guards: far-off rows, unknown services, the tally."""

from __future__ import annotations

import pandas as pd
import pytest

from desktop_app.core.analysis import check_services, far_off_findings
from desktop_app.core.metrics.counting import tally
from desktop_app.core.model import empty_incidents
from desktop_app.text import text_for
from desktop_app.text.tally import tally_text

ENGLISH, KOREAN = text_for("en"), text_for("ko")


def table(starts: list[str], impacts: list[str] | None = None) -> pd.DataFrame:
    base = empty_incidents()
    rows = pd.DataFrame(
        {
            "incident_id": [str(i) for i in range(len(starts))],
            "service": "web",
            "impact": impacts or ["full_outage"] * len(starts),
            "started_at": pd.to_datetime(starts, utc=True),
            "source_file": "f.csv",
            "source_line": range(2, len(starts) + 2),
        }
    )
    return pd.concat([base, rows], ignore_index=True).astype(base.dtypes)


def test_a_row_cut_off_by_years_is_reported_and_a_long_history_is_not():
    # One incident a year from 2000 to 2020: no gap of 3 years, nothing to report.
    history = [f"{year}-06-01" for year in range(2000, 2021)]
    assert far_off_findings(table(history)) == []
    # The same history plus 1990 and 2099: 10 and 79 years away from everything else.
    (finding,) = far_off_findings(table(["1990-01-02", *history, "2099-12-30"]))
    assert finding.line == 2
    assert "2 incident(s)" in finding.message and "2000-06-01 to 2020-06-01" in finding.message
    assert "on line(s) 2, 24" in finding.message


def test_an_unknown_service_is_refused_with_its_case_insensitive_match():
    assert check_services(("web",), ["api", "web"]) == ("web",)
    with pytest.raises(ValueError, match=r"no service 'Web' in the data \(did you mean 'web'\?\)"):
        check_services(("Web",), ["api", "web"])
    many = [f"s{i:02d}" for i in range(25)]
    with pytest.raises(ValueError, match=r"s19 and 5 more$"):
        check_services(("x",), many)


def test_the_tally_counts_as_the_figures_do():
    # Window March 2021: one incident from February (started before), one in March, and a
    # maintenance window in March.
    rows = table(
        ["2021-02-28 23:00", "2021-03-02 00:00", "2021-03-03 00:00"],
        ["full_outage", "partial_outage", "maintenance"],
    )
    counted = tally(
        rows, pd.Timestamp("2021-03-01", tz="UTC"), pd.Timestamp("2021-04-01", tz="UTC")
    )
    assert (counted.incidents, counted.maintenance, counted.earlier) == (1, 1, 1)
    assert tally_text(ENGLISH, counted) == "1 incident · 1 maintenance window · 1 started before"
    assert tally_text(KOREAN, counted) == "장애 1건 · 점검 1건 · 이전 시작 1건"


def test_a_narrowed_tally_names_the_whole_list():
    from desktop_app.core.metrics.counting import Tally

    whole, found = Tally(159, 31), Tally(1, 0)
    assert tally_text(ENGLISH, found, of=whole) == "1 incident of 159 · 0 maintenance windows of 31"
    assert tally_text(KOREAN, found, of=whole) == "장애 159건 중 1건 · 점검 31건 중 0건"
    assert tally_text(ENGLISH, Tally(2, 1, 1), of=Tally(5, 2, 3)) == (
        "2 incidents of 5 · 1 maintenance window of 2 · 1 started before of 3"
    )
