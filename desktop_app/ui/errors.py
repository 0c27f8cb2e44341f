"""The one error path: uncaught exceptions and worker failures are logged and shown, never fatal.

``sys.excepthook`` and ``threading.excepthook`` hand the error to an ``ErrorReporter``; its
``errorReported`` signal is delivered on the UI thread (queued when raised elsewhere), where
the main window shows the error dialog.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal

from desktop_app.ui.i18n import translate, ui_text

log = logging.getLogger("desktop_app.errors")


def describe(exc: BaseException) -> str:
    """A one-line message for people: the error's own text (a coded one in the interface's
    language), or its type when it has none."""
    text = ui_text().error(exc).strip()
    return text or type(exc).__name__


def format_details(
    exc_type: type[BaseException] | None,
    exc: BaseException | None,
    tb: TracebackType | None = None,
) -> str:
    """The traceback as text (``tb`` defaults to the exception's own)."""
    if tb is None and exc is not None:
        tb = exc.__traceback__
    return "".join(traceback.format_exception(exc_type, exc, tb)).rstrip()


class ErrorReporter(QObject):
    """Logs errors and announces them with ``errorReported(message, details)``."""

    errorReported = Signal(str, str)

    def report(self, message: str, details: str = "", *, context: str = "") -> None:
        """Log and announce; safe to call from any thread."""
        title = f"{context}: {message}" if context else message
        log.error("%s\n%s", title, details)
        self.errorReported.emit(title, details)


class ExceptHooks:
    """Installs and removes the ``sys`` and ``threading`` hooks that feed an ``ErrorReporter``."""

    def __init__(self, reporter: ErrorReporter) -> None:
        self.reporter = reporter
        self._saved: tuple[object, object] | None = None

    def install(self) -> None:
        self._saved = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._saved is not None:
            sys.excepthook, threading.excepthook = self._saved  # type: ignore[assignment]
            self._saved = None

    def _sys_hook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        sys.__excepthook__(exc_type, exc, tb)
        if issubclass(exc_type, KeyboardInterrupt):
            return
        self.reporter.report(describe(exc), format_details(exc_type, exc, tb))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread else translate("Errors", "a background thread")
        self.reporter.report(
            describe(args.exc_value),
            format_details(args.exc_type, args.exc_value, args.exc_traceback),
            context=translate("Errors", "Error in {thread}").format(thread=name),
        )
