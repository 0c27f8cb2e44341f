#!/usr/bin/env bash
# Set up .venv and start Reliability Desk (on the bundled sample data when no file is given).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup_env.sh --qt-libs
exec .venv/bin/python -m desktop_app "$@"
