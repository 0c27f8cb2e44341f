"""Entry script of the frozen app (see build.spec): the same ``main`` as ``reliability-desk``.

The Windows build has no console of its own (double-clicking it opens no black window), so
``sys.stdout`` is None there; when it is started from a terminal, attach to that terminal so
``--version``, ``--smoke``, ``summary`` and ``report`` can print.
"""

import sys

from desktop_app.cli import main


def attach_parent_console() -> None:
    import ctypes

    attach_parent_process = -1
    if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
        sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115


if __name__ == "__main__":
    if sys.platform == "win32" and sys.stdout is None:
        attach_parent_console()
    sys.exit(main())
