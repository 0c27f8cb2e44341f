"""Qt's translation workflow: every visible string of ui/ is in the Korean catalogue, finished,
compiled, and loaded together with Qt's own Korean strings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.ui.actions import view_title
from desktop_app.ui.i18n import current_language, install_translators, translate

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from translation_status import messages, unfinished  # noqa: E402

TS = ROOT / "resources" / "translations" / "reliability_desk_ko.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent


def _run(tool: str, *args: str) -> None:
    subprocess.run([str(TOOLS / tool), "-silent", *args], check=True, capture_output=True)


def test_every_visible_string_is_in_the_catalogue(tmp_path: Path) -> None:
    """lupdate into an empty catalogue finds exactly the committed catalogue's strings; if
    this fails, run scripts/update_translations.sh and translate what it lists."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))
    _run("pyside6-lupdate", "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh))
    found, committed = set(messages(fresh)), set(messages(TS))
    assert sorted(found - committed) == [], "strings missing from the .ts"
    assert sorted(committed - found) == [], "strings in the .ts that the code no longer has"


def test_every_string_has_korean() -> None:
    assert unfinished(TS) == []


def test_the_compiled_catalogue_is_current(tmp_path: Path) -> None:
    compiled = tmp_path / "ko.qm"
    _run("pyside6-lrelease", str(TS), "-qm", str(compiled))
    assert compiled.read_bytes() == QM.read_bytes(), "run scripts/update_translations.sh"


@pytest.fixture
def korean(qapp):
    loaded = install_translators("ko")
    yield loaded
    install_translators("en")


def test_korean_is_loaded_with_qts_own_strings(korean) -> None:
    assert korean == ["reliability_desk", "qtbase"]
    assert current_language() == "ko"
    assert view_title("overview") == "개요"
    # a standard button of Qt's own, from qtbase_ko.qm
    assert translate("QPlatformTheme", "Cancel") == "취소"


def test_english_needs_no_catalogue(qapp) -> None:
    assert install_translators("en") == []
    assert view_title("overview") == "Overview"


def test_the_korean_calendar_names_the_year_first(qtbot) -> None:
    from PySide6.QtWidgets import QToolButton, QWidget

    from desktop_app.ui.widgets.calendar import calendar_for

    calendar = calendar_for("ko")
    qtbot.addWidget(calendar)
    calendar.setCurrentPage(2019, 12)
    bar = calendar.findChild(QWidget, "qt_calendar_navigationbar").layout()
    year = calendar.findChild(QToolButton, "qt_calendar_yearbutton")
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert bar.indexOf(year) < bar.indexOf(month)  # 2019년 12월, not 12월 2019
    assert year.text() == "2019년"
    english = calendar_for("en")
    qtbot.addWidget(english)
    assert english.findChild(QToolButton, "qt_calendar_yearbutton").text().isdigit()
