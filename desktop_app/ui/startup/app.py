"""The ``QApplication`` (names, fonts, palette, icon) and ``run_gui``, the GUI entry point."""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__
from desktop_app.assets import (
    FALLBACK_FONTS,
    FONT_BOLD,
    FONT_FAMILY,
    FONT_REGULAR,
    LATIN_BOLD,
    LATIN_FAMILY,
    LATIN_REGULAR,
    app_icon_files,
    resource_path,
    sample_data_files,
)
from desktop_app.ui.actions import VIEW_NAMES
from desktop_app.ui.errors import ErrorReporter, ExceptHooks
from desktop_app.ui.i18n import install_translators, resolved_language
from desktop_app.ui.palette import DeskStyle, follow_colour_scheme, set_appearance
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.startup.logging_setup import setup_logging
from desktop_app.ui.startup.refcount_guard import immortalise_singletons

log = logging.getLogger("desktop_app.app")


def register_fonts() -> list[str]:
    """Register the bundled fonts; return the families Qt found in them."""
    families: list[str] = []
    fallbacks = [file for _, file, _ in FALLBACK_FONTS]
    for name in (LATIN_REGULAR, LATIN_BOLD, FONT_REGULAR, FONT_BOLD, *fallbacks):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            log.warning("could not register the font %s", name)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(families))


def _use_bundled_fonts(app: QApplication) -> None:
    """Latin text and digits in the bundled Noto Sans, Hangul from NanumGothic behind it, then
    the platform's font for anything else.

    Not the platform's font first: on a Korean desktop it is often NanumGothic itself, whose
    decimal point makes "99.95 %" read as "99,95 %" at small sizes. The substitutions also
    cover widgets and plots that name a family of their own.
    """
    font = QFont(app.font())
    base = font.family()
    behind = [FONT_FAMILY, *(family for _, _, family in FALLBACK_FONTS)]
    font.setFamilies([LATIN_FAMILY, *behind, base])
    QFont.insertSubstitutions(LATIN_FAMILY, behind)
    if base not in (LATIN_FAMILY, FONT_FAMILY):
        QFont.insertSubstitutions(base, [LATIN_FAMILY, *behind])
    app.setFont(font)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The app's ``QApplication`` (created once; later calls return the same one)."""
    immortalise_singletons()
    existing = QApplication.instance()
    if existing is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    # the one instance is always the app's QApplication (made here)
    app = cast(QApplication, existing) if existing else QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("reliability-desk")
    app.setStyle(DeskStyle())
    follow_colour_scheme(app)
    if register_fonts():
        _use_bundled_fonts(app)
    icon = QIcon()
    for path in app_icon_files():
        if path.is_file():
            icon.addFile(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app


def startup_files(files: list[str], settings: AppSettings) -> tuple[list[str], bool]:
    """Files to open at start, and whether they are the bundled sample."""
    if files:
        return [str(Path(f)) for f in files], False
    if settings.preferences().reopen_last_files:
        last = [p for p in settings.last_files() if Path(p).is_file()]
        if last:
            return last, False
    return [str(p) for p in sample_data_files()], True


def run_gui(
    files: list[str],
    *,
    screenshot: str | None = None,
    view: str | None = None,
    library: str | None = None,
) -> int:
    """Open the window on the library (``library`` or Preferences' file), importing ``files``
    into it; with ``screenshot`` save a PNG of ``view`` of ``files`` (or the sample) and exit."""
    if view is not None and view not in VIEW_NAMES:
        print(f"unknown view {view!r}; choose one of {', '.join(VIEW_NAMES)}", file=sys.stderr)
        return 2
    app = create_application()
    log_path = setup_logging()
    reporter = ErrorReporter()
    hooks = ExceptHooks(reporter)
    hooks.install()
    scratch = tempfile.TemporaryDirectory(prefix="reliability-desk-") if screenshot else None
    settings = AppSettings.scratch(scratch.name) if scratch else AppSettings()
    install_translators(resolved_language(settings.preferences().language))
    from desktop_app.ui.library.handoff import hand_off
    from desktop_app.ui.main_window import MainWindow

    try:
        if settings.appearance() != "system":
            set_appearance(app, settings.appearance())
        if scratch is not None and screenshot is not None:
            from desktop_app.ui.startup.screenshot import ScreenshotRun

            window = MainWindow(settings, reporter, str(log_path))
            window.show()
            paths, _is_sample = startup_files(files, settings)
            run = ScreenshotRun(window, screenshot, view)
            code = run.run(paths, str(Path(scratch.name) / "library.duckdb"))
            window.close()
            window.deleteLater()
            return code
        library = library or settings.preferences().library_path or None
        if files and hand_off(files, library):
            log.info("handed %d file(s) to the copy that writes the library", len(files))
            return 0
        window = MainWindow(settings, reporter, str(log_path))
        window.show()
        if view is not None:
            window.show_view(view)

        def start() -> None:
            if window.library.start([str(Path(f)) for f in files]) and settings.is_first_run():
                window.show_first_run_hint()
                settings.mark_first_run_done()

        window.library.open_library(library, then=start)
        return app.exec()
    finally:
        hooks.uninstall()
        if scratch is not None:
            scratch.cleanup()
