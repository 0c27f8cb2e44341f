"""List the strings of a Qt .ts catalogue that have no finished translation.

    .venv/bin/python scripts/translation_status.py resources/translations/reliability_desk_ko.ts

Prints ``context: source`` for each unfinished or empty translation and exits 1 if there is
any (0 when the catalogue is complete). Used by scripts/update_translations.sh and the tests.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """``(context, source) -> (translation, type)``; ``type`` is "" for a finished one."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            kind = "" if translation is None else translation.get("type", "")
            found[(name, message.findtext("source", ""))] = (text, kind)
    return found


def unfinished(ts: Path) -> list[tuple[str, str]]:
    return [key for key, (text, kind) in messages(ts).items() if kind or not text.strip()]


def main(argv: list[str]) -> int:
    ts = Path(argv[1] if len(argv) > 1 else "resources/translations/reliability_desk_ko.ts")
    missing = unfinished(ts)
    for context, source in missing:
        print(f"{context}: {source!r}")
    total = len(messages(ts))
    print(f"{ts}: {total - len(missing)} of {total} strings translated", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
