"""AppState owns the selection: it fits it to new data and analyses once per change."""

from __future__ import annotations

from datetime import date

from gui_flow_data import SMALL_CSV, load_and_wait, wait_analysed

from desktop_app.assets import sample_data_files
from desktop_app.core.analysis import Selection
from desktop_app.core.dataset import Dataset
from desktop_app.core.model import ReadOptions
from desktop_app.core.reading.reader import read_incident_files
from desktop_app.core.settings import Settings
from desktop_app.core.window import Window
from desktop_app.ui.state import AppState


def test_an_import_is_analysed_once_with_the_selection_fitted_to_it(qtbot) -> None:
    state = AppState(Settings(tz="Asia/Seoul"))
    state.clock = lambda _tz: date(2022, 2, 10)
    state.set_selection(Selection(services=("결제", "gone"), preset="Last quarter"))
    result = read_incident_files(sample_data_files(), ReadOptions(tz="Asia/Seoul"))
    analyses = []
    state.analysisChanged.connect(analyses.append)
    state.set_dataset(Dataset.read_only(result))
    assert analyses == []  # analysed on a worker: the UI thread does not wait for it
    wait_analysed(qtbot, state)
    assert len(analyses) == 1
    # Today is 2022-02-10: "Last quarter" is October to December 2021, and of
    # the chosen services only the one that exists in the data is kept.
    last_quarter = Window.from_dates(date(2021, 10, 1), date(2021, 12, 31), "Asia/Seoul")
    assert analyses[0].window == last_quarter
    assert state.selection.services == ("결제",)
    state.set_selection(Selection())
    wait_analysed(qtbot, state)
    assert len(analyses) == 2


def test_the_window_analyses_once_per_import(qtbot, window, write_csv) -> None:
    analyses = []
    window.state.analysisChanged.connect(analyses.append)
    load_and_wait(qtbot, window, [write_csv("a.csv", SMALL_CSV)])
    assert len(analyses) == 1
    load_and_wait(
        qtbot, window, [write_csv("b.csv", SMALL_CSV.replace("A-", "C-").replace("B-", "D-"))]
    )
    assert len(analyses) == 2
