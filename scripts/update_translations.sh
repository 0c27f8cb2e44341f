#!/usr/bin/env bash
# Re-scan desktop_app/ui for translate()/QT_TRANSLATE_NOOP() strings into the Korean catalogue
# (translations already made are kept, strings no longer used are dropped), compile it to the
# .qm the app loads, and list the strings that still need Korean. Run after merging UI work:
#   scripts/update_translations.sh
# then fill in the listed <translation> elements of the .ts (Qt Linguist: .venv/bin/pyside6-linguist)
# and run it again. Exits 1 while a string is untranslated.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=resources/translations/reliability_desk_ko.ts
mapfile -t sources < <(find desktop_app/ui -name '*.py' | sort)
.venv/bin/pyside6-lupdate -silent -no-obsolete -locations none "${sources[@]}" -ts "$ts"
.venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
exec .venv/bin/python scripts/translation_status.py "$ts"
