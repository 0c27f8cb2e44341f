#!/usr/bin/env bash
# Create .venv in the repository root (if missing) and install the package editable with the
# extras given as arguments, e.g. `scripts/setup_env.sh test`. Re-installs only when
# pyproject.toml or the extras change. With `--qt-libs`, also installs the Debian libraries
# offscreen Qt needs, when they are missing and we are root.
set -euo pipefail
cd "$(dirname "$0")/.."

qt_libs=0
extras=()
for arg in "$@"; do
    if [ "$arg" = "--qt-libs" ]; then qt_libs=1; else extras+=("$arg"); fi
done

if [ "$qt_libs" = 1 ]; then
    needed=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3)
    missing=()
    for pkg in "${needed[@]}"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ]; then
            echo "Installing Debian libraries for Qt: ${missing[*]}"
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
        else
            echo "warning: Qt needs these Debian packages (run as root to install): ${missing[*]}" >&2
        fi
    fi
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
        echo "error: Python 3.11 or newer is needed ($python is $("$python" --version 2>&1))" >&2
        exit 1
    }
    "$python" -m venv .venv
fi

spec="."
if [ "${#extras[@]}" -gt 0 ]; then spec=".[$(IFS=,; echo "${extras[*]}")]"; fi
stamp=".venv/.installed-$(cat pyproject.toml <(echo "$spec") | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e "$spec"
    rm -f .venv/.installed-*
    touch "$stamp"
fi
