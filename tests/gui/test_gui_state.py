"""AppState: one analysis per change, even when an import makes listeners refit the selection."""

from __future__ import annotations

from datetime import date

from desktop_app.assets import sample_data_files
from desktop_app.core.analysis import Selection
from desktop_app.core.model import ReadOptions
from desktop_app.core.reading.reader import read_incident_files
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window
from desktop_app.ui.state import AppState


def test_an_import_whose_listener_refits_the_selection_is_analysed_once(qtbot) -> None:
    state = AppState(Settings(tz="Asia/Seoul"))
    result = read_incident_files(sample_data_files(), ReadOptions(tz="Asia/Seoul"))
    last_quarter = Selection(
        window=Window.from_dates(date(2021, 10, 1), date(2021, 12, 31), "Asia/Seoul")
    )
    state.importChanged.connect(lambda _result: state.set_selection(last_quarter))
    analyses = []
    state.analysisChanged.connect(analyses.append)
    state.set_import(result)
    assert len(analyses) == 1
    assert analyses[0].window == last_quarter.window
    state.set_selection(Selection())
    assert len(analyses) == 2
