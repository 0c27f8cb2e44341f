"""Every file of tests/data/bad/ loaded through the window: its name and reason in the
notification, or a partial import whose rows add up, with the rejected rows listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_flow_data import wait_analysed

from desktop_app.ui.jobs.outcomes import ImportOutcome

BAD = Path(__file__).resolve().parent.parent / "data" / "bad"


@pytest.mark.parametrize("name", sorted(p.name for p in BAD.iterdir()))
def test_a_bad_file_is_explained_or_adds_up(qtbot, window, name: str) -> None:
    path = BAD / name
    with qtbot.waitSignal(window.importer.imported, timeout=10_000) as done:
        window.importer.load([str(path)])
    wait_analysed(qtbot, window)
    result: ImportOutcome = done.args[0]
    text = window.notification.label.text()
    if result.failed:
        assert [e.path for e in result.failed] == [str(path)]
        assert f"Not loaded: {name}: {result.failed[0].reason}" in text
        assert window.state.loaded_paths == []
        return
    (file,) = result.files
    assert file.rows == file.imported + file.duplicates + len(file.rejected)
    shown = window.state.dataset  # None: the library is still empty
    assert (0 if shown is None else len(shown.incidents)) == file.imported
    assert f"{len(file.rejected)} row" in text
    assert window.notification.rejected_button.isVisible() == bool(file.rejected)
    if file.rejected:
        window.notification.rejected_button.click()
        dialog = window.rejected_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.model.rowCount() == len(file.rejected)
