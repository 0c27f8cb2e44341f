#!/usr/bin/env bash
# Build the one-folder app dist/ReliabilityDesk with PyInstaller (build.spec), then prove the
# frozen app starts, finds its resources and renders Korean: `--version` and `--smoke`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup_env.sh test build --qt-libs

app=dist/ReliabilityDesk/ReliabilityDesk
if [ -f "$app.exe" ]; then app="$app.exe"; fi
start=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller build.spec
build_seconds=$(($(date +%s) - start))

export QT_QPA_PLATFORM=offscreen
"$app" --version
"$app" --smoke

echo "build time: $((build_seconds / 60)) min $((build_seconds % 60)) s"
echo "folder size: $(du -sh dist/ReliabilityDesk | cut -f1) (dist/ReliabilityDesk)"
