#!/usr/bin/env bash
# Create .venv in the repository root (if missing) and install the package editable with the
# extras given as arguments, e.g. `scripts/setup_env.sh test`. Installs only when pyproject.toml
# changed or an extra is asked for that is not installed yet. With `--qt-libs`, also installs
# the Debian libraries offscreen Qt needs, when they are missing and we are root.
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

# The stamp names pyproject.toml's hash and lists the extras installed with it, so asking for a
# subset of what is installed (test.sh after build_app.sh) does not reinstall, and asking for
# more installs the union once.
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
installed=()
if [ -f "$stamp" ]; then mapfile -t installed <"$stamp"; fi
wanted=$(printf '%s\n' "${installed[@]}" "${extras[@]}" | sed '/^$/d' | sort -u)
if [ ! -f "$stamp" ] || [ "$wanted" != "$(printf '%s\n' "${installed[@]}" | sed '/^$/d' | sort -u)" ]; then
    spec="."
    if [ -n "$wanted" ]; then spec=".[$(echo "$wanted" | paste -sd, -)]"; fi
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e "$spec"
    rm -f .venv/.installed-*
    echo "$wanted" >"$stamp"
fi
