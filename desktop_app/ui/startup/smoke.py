"""``--smoke``: prove an installed or frozen app works, without a screen or the user's settings.

Starts the real main window offscreen, loads the bundled sample through the import path the
app uses, checks Korean text renders, exercises the incident library (DuckDB) in a temporary
folder (see ``smoke_library``), exports the PDF with the real export job into the same folder
and checks the file. Exit status 0 when every check passes; otherwise 1 and
one ``smoke test failed: ...`` line on stderr naming the check. Needs no pypdf, which the
frozen app does not ship: the PDF is checked by its bytes.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

    from desktop_app.ui.main_window import MainWindow

HANGUL_SAMPLE = "가"
SMOKE_ORGANISATION = "스모크 테스트"
TIMEOUT_MS = 120_000


class SmokeFailure(Exception):
    """A failed check; the message says which."""


def run_smoke() -> int:
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        with tempfile.TemporaryDirectory(prefix="reliability-desk-smoke-") as tmp:
            summary = _run_checks(Path(tmp))
    except SmokeFailure as exc:
        print(f"smoke test failed: {exc}", file=sys.stderr)
        return 1
    except Exception:
        print(f"smoke test failed with an error:\n{traceback.format_exc()}", file=sys.stderr)
        return 1
    print(f"smoke test passed: {summary}")
    return 0


def _run_checks(tmp: Path) -> str:
    from desktop_app.assets import sample_data_files
    from desktop_app.ui.errors import ErrorReporter, ExceptHooks
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import AppSettings, Preferences
    from desktop_app.ui.startup.app import create_application
    from desktop_app.ui.startup.smoke_library import LibraryCheckFailed, check_library

    samples = [str(p) for p in sample_data_files()]
    if not samples:
        raise SmokeFailure("no bundled sample CSV (resources/samples) was found")
    app = create_application()
    if app.windowIcon().isNull():
        raise SmokeFailure("the application icon (resources/icons) was not found")
    _check_korean_font(app.font())
    _check_korean_interface()
    settings = AppSettings.scratch(tmp)
    settings.set_preferences(Preferences(organisation=SMOKE_ORGANISATION))
    reporter = ErrorReporter()
    hooks = ExceptHooks(reporter)
    hooks.install()
    window = MainWindow(settings, reporter)
    try:
        window.show()

        def open_library() -> bool:
            window.library.open_library(str(tmp / "library.duckdb"))
            return True

        _wait_for(
            "opening the library",
            open_library,
            done=window.library.session.opened,
            failures=[],
        )
        incidents = _load_sample(window, samples)
        try:
            library = check_library(window, tmp, samples, _wait_for)
        except LibraryCheckFailed as exc:
            raise SmokeFailure(str(exc)) from None
        pdf = _export_pdf(window, tmp / "smoke-report.pdf")
    finally:
        window.close()
        hooks.uninstall()
    return (
        f"{incidents} incidents from {len(samples)} sample files; {library}; "
        f"PDF of {pdf.stat().st_size // 1024} KB with NanumGothic embedded"
    )


def _check_korean_interface() -> None:
    """The Korean catalogue and Qt's own Korean strings load, and the Latin face is bundled;
    English is restored for the rest of the run."""
    from PySide6.QtGui import QRawFont

    from desktop_app.assets import LATIN_FAMILY, LATIN_REGULAR, resource_path
    from desktop_app.ui.i18n import install_translators

    path = resource_path("fonts", LATIN_REGULAR)
    raw = QRawFont(str(path), 32)
    if not raw.isValid() or raw.familyName() != LATIN_FAMILY:
        raise SmokeFailure(f"the bundled font {path} is missing or not {LATIN_FAMILY}")
    try:
        loaded = install_translators("ko")
    finally:
        install_translators("en")
    if loaded != ["reliability_desk", "qtbase"]:
        raise SmokeFailure(f"the Korean translations did not all load (loaded: {loaded})")


def _check_korean_font(app_font: QFont) -> None:
    """The bundled NanumGothic loads and has Hangul, and the app's font draws Hangul as ink.

    The bundled file is read directly, so a NanumGothic installed on the machine cannot hide
    a font missing from the bundle.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QImage, QPainter, QRawFont

    from desktop_app.assets import FONT_FAMILY, FONT_REGULAR, resource_path

    path = resource_path("fonts", FONT_REGULAR)
    raw = QRawFont(str(path), 32)
    if not raw.isValid() or raw.familyName() != FONT_FAMILY:
        raise SmokeFailure(f"the bundled font {path} is missing or not {FONT_FAMILY}")
    if not raw.supportsCharacter(ord(HANGUL_SAMPLE)):
        raise SmokeFailure(f"the bundled {FONT_FAMILY} has no glyph for {HANGUL_SAMPLE!r}")
    image = QImage(48, 48, QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.white)
    font = QFont(app_font)
    font.setPixelSize(32)
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, HANGUL_SAMPLE)
    painter.end()
    ink = sum(1 for y in range(48) for x in range(48) if image.pixelColor(x, y).value() < 128)
    if ink < 20:
        raise SmokeFailure(f"the app's font draws {HANGUL_SAMPLE!r} blank (Korean does not render)")


def _load_sample(window: MainWindow, samples: list[str]) -> int:
    importer = window.importer
    _wait_for(
        "loading the sample",
        lambda: importer.load(samples),
        done=importer.imported,
        failures=[window.reporter.errorReported, importer.cancelled, importer.notice],
    )
    if not window.state.wait_idle(TIMEOUT_MS / 1000):
        raise SmokeFailure(f"the sample's analysis took more than {TIMEOUT_MS // 1000} s")
    dataset, analysis = window.state.dataset, window.state.analysis
    if dataset is None or analysis is None or dataset.empty:
        raise SmokeFailure("the sample loaded no incident, so nothing was computed")
    window.grab()
    return len(dataset.incidents)


def _export_pdf(window: MainWindow, path: Path) -> Path:
    """Through the window's own export controller, as File ▸ Export PDF… writes it."""
    exporter = window.exporter
    _wait_for(
        "exporting the PDF",
        lambda: exporter.write_pdf(path),
        done=exporter.exported,
        failures=[window.reporter.errorReported],
    )
    _check_pdf(path)
    return path


def _check_pdf(path: Path) -> None:
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeFailure(f"the exported PDF {path.name} is missing or not a whole PDF")
    if b"NanumGothic" not in data or b"/FontFile2" not in data:
        raise SmokeFailure("the exported PDF does not embed the NanumGothic TrueType font")


def _wait_for(what: str, start: Callable[[], object], *, done, failures) -> None:
    """Call ``start`` and run the event loop until ``done`` or a failure signal is emitted."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    outcome: list[str] = []

    def finish(result: str) -> None:
        if not outcome:
            outcome.append(result)
        loop.quit()

    done.connect(lambda *_args: finish(""))
    for signal in failures:
        signal.connect(lambda *args: finish("\n".join(str(a) for a in args if a) or "cancelled"))
    timer = QTimer(singleShot=True, interval=TIMEOUT_MS)
    timer.timeout.connect(lambda: finish(f"no result after {TIMEOUT_MS // 1000} s"))
    if start() is None and not outcome:
        finish("it did not start")
    timer.start()
    if not outcome:
        loop.exec()
    timer.stop()
    if outcome[0]:
        raise SmokeFailure(f"{what}: {outcome[0].splitlines()[0]}")
