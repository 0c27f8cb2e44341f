#!/usr/bin/env bash
# Set up .venv with the test extra (and Qt's Debian libraries and PostgreSQL if missing), then lint
# and test. The library tests start their own throwaway PostgreSQL (scripts/postgres_for_tests.sh).
# The suite runs in one process, in a fixed order; `scripts/test.sh -n auto` runs it on every core
# (pytest-xdist), faster on an idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup_env.sh test --qt-libs
scripts/postgres_for_tests.sh install
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
