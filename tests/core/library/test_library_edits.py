"""Reclassifications and service settings: audited, undoable, applied to the figures' view."""

from __future__ import annotations

import getpass

import pandas as pd
import pytest

from desktop_app.core.library.edits import EditError, change, edits_in_force, history, undo
from desktop_app.core.library.imports import import_files
from desktop_app.core.library.loaded import load_library

ROWS = [
    "A-1,KakaoTalk,Messages late,major,full_outage,2024-01-10T10:00:00Z,2024-01-10T11:00:00Z",
    "A-2,카카오톡,로그인 불가,minor,partial_outage,2024-01-11T08:00:00Z,2024-01-11T08:30:00Z",
    "A-3,Story,Feed down,critical,full_outage,2024-01-12T00:00:00Z,2024-01-12T00:10:00Z",
]


@pytest.fixture
def filled(library, write_csv):
    import_files(library, [write_csv("jan.csv", ROWS)])
    return library


def _view(library) -> pd.DataFrame:
    return load_library(library).reclassified.set_index("incident_id")


def test_every_change_is_recorded_with_user_time_old_new_and_reason(filled):
    before = pd.Timestamp.now(tz="UTC")
    change(filled, "incident", "A-1", "excluded", "false alarm", "monitor restarted")
    change(filled, "incident", "A-1", "excluded", "not SLA-relevant", "customer network")
    first, second = history(filled, "incident", "A-1")
    assert (first.old, first.new, first.reason) == ("", "false alarm", "monitor restarted")
    assert (second.old, second.new) == ("false alarm", "not SLA-relevant")
    assert first.os_user == getpass.getuser()
    assert before <= first.at <= second.at <= pd.Timestamp.now(tz="UTC")


def test_changes_that_move_figures_need_a_reason(filled):
    with pytest.raises(EditError, match="needs a reason"):
        change(filled, "incident", "A-1", "started_at", "2024-01-10T09:40:00Z")
    with pytest.raises(EditError, match="needs a time zone"):
        change(filled, "incident", "A-1", "started_at", "2024-01-10 09:40", "pager late")
    with pytest.raises(EditError, match="unknown incident field"):
        change(filled, "incident", "A-1", "severity", "minor")
    with pytest.raises(EditError, match="not between 0 and 100"):
        change(filled, "service", "Story", "slo_pct", "120")
    assert history(filled) == []


def test_corrections_apply_to_the_view_and_the_imported_values_stay(filled):
    change(filled, "incident", "A-1", "started_at", "2024-01-10T18:40:00+09:00", "pager late")
    change(filled, "incident", "A-2", "maintenance", "yes")
    change(filled, "incident", "A-3", "excluded", "duplicate of another incident", "same as A-1")
    change(filled, "incident", "A-1", "cause", "disk full")
    view = _view(filled)
    assert view.loc["A-1", "started_at"] == pd.Timestamp("2024-01-10T09:40:00Z")
    assert view.loc["A-1", "cause"] == "disk full"
    assert view.loc["A-2", "impact"] == "maintenance"
    assert "A-3" not in view.index
    imported = load_library(filled).as_imported.set_index("incident_id")
    assert imported.loc["A-1", "started_at"] == pd.Timestamp("2024-01-10T10:00:00Z")
    assert len(imported) == 3
    reclassified = load_library(filled).reclassifications()
    assert [r.incident_id for r in reclassified] == ["A-1", "A-2", "A-3"]
    assert reclassified[2].changes == (
        ("excluded", "duplicate of another incident", "same as A-1"),
    )


def test_undo_restores_the_value_and_is_itself_recorded(filled):
    done = change(filled, "incident", "A-2", "maintenance", "yes", "planned")
    reverted = undo(filled, done.id)
    assert (reverted.old, reverted.new, reverted.undoes) == ("yes", "", done.id)
    assert reverted.reason == f"undo of change {done.id}"
    assert _view(filled).loc["A-2", "impact"] == "partial_outage"
    assert edits_in_force(filled).incidents == {}
    assert len(history(filled)) == 2


def test_an_undo_under_a_later_change_is_refused(filled):
    first = change(filled, "incident", "A-1", "note", "call the vendor")
    change(filled, "incident", "A-1", "note", "vendor called")
    with pytest.raises(EditError, match="undo the later change first"):
        undo(filled, first.id)
    with pytest.raises(EditError, match="there is no change 99"):
        undo(filled, 99)


def test_aliases_merge_services_under_the_display_name_with_its_own_target(filled):
    change(filled, "service", "KakaoTalk", "aliases", "카카오톡, KakaoTalk PC")
    change(filled, "service", "KakaoTalk", "display_name", "Kakao Talk")
    change(filled, "service", "KakaoTalk", "slo_pct", "99.5")
    change(filled, "service", "KakaoTalk", "owner", "Messaging team")
    view = _view(filled)
    assert view.loc["A-1", "service"] == "Kakao Talk"
    assert view.loc["A-2", "service"] == "Kakao Talk"
    assert view.loc["A-3", "service"] == "Story"
    assert load_library(filled).targets() == (("Kakao Talk", 99.5),)
    assert load_library(filled).targets(as_imported=True) == ()


def test_the_library_s_dataset_carries_its_targets_aliases_and_reclassifications(filled):
    change(filled, "service", "KakaoTalk", "aliases", "카카오톡")
    change(filled, "service", "KakaoTalk", "slo_pct", "99.5")
    change(filled, "incident", "A-3", "maintenance", "yes", "vendor window")
    data = load_library(filled)
    dataset = data.dataset()
    assert sorted(dataset.incidents["service"]) == ["KakaoTalk", "KakaoTalk", "Story"]
    assert dataset.targets == (("KakaoTalk", 99.5),)
    assert dataset.aliases == {"카카오톡": "KakaoTalk"}
    (reclassified,) = dataset.reclassifications
    assert (reclassified.incident_id, reclassified.changes) == (
        "A-3",
        (("maintenance", "yes", "vendor window"),),
    )
    # One recorded import of three rows, all imported, no finding: as recorded.
    (file,) = dataset.files
    assert (file.rows, file.imported, file.duplicates, len(file.rejected)) == (3, 3, 0, 0)
    assert dataset.paths == [data.imports[0].path]

    as_imported = data.dataset(as_imported=True)
    assert sorted(as_imported.incidents["service"]) == ["KakaoTalk", "Story", "카카오톡"]
    assert as_imported.targets == () and as_imported.aliases == {}
    assert as_imported.reclassifications is None
    assert as_imported.files == dataset.files
