"""Screenshots of every view, dialog and the empty state in Korean, in docs/screenshots/ko/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/korean_screenshots.py [--size 1440x900]
        [--scale 1.5] [--out docs/screenshots/ko]

Opens the real window in Korean (as with a Korean system locale) on the bundled sample, with
settings, library and logs in a temporary folder, then grabs each view and each dialog.
``--scale`` sets Qt's scale factor (1.5 for a 150 % display), to check the fonts at that size.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1440x900", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--scale", default="1", help="Qt scale factor, e.g. 1.5")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots" / "ko"))
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = _parse(argv)
    os.environ["QT_SCALE_FACTOR"] = args.scale
    os.environ.setdefault("TZ", "Asia/Seoul")
    home = tempfile.mkdtemp(prefix="rd-shots-")
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = os.path.join(home, name.lower())
    from PySide6.QtCore import QSettings

    from desktop_app.ui.startup.app import create_application

    app = create_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, home)
    from desktop_app.ui.i18n import install_translators

    install_translators("ko")
    from screenshot_tour import Tour  # scripts/; imported after the translators

    width, height = (int(v) for v in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    shots = Tour(app, (width, height), out).run()
    for shot in shots:
        print(f"wrote {shot.relative_to(ROOT) if shot.is_relative_to(ROOT) else shot}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main(sys.argv[1:]))
