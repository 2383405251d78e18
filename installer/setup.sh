#!/usr/bin/env bash
# Prepare a machine to run and test bibagreements from this checkout:
# the system libraries Qt needs (Debian/Ubuntu), then a virtualenv in .venv with
# the exact versions pinned in pyproject.toml and installer/constraints.txt.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_PACKAGES=(libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 fonts-dejavu-core
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1)
TOOL_PACKAGES=(poppler-utils)

missing=()
if command -v dpkg-query >/dev/null; then
  for pkg in "${QT_PACKAGES[@]}" "${TOOL_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -eq 0 ]]; then SUDO=(); elif command -v sudo >/dev/null; then SUDO=(sudo); else SUDO=(); fi
  if [[ $(id -u) -eq 0 || ${#SUDO[@]} -gt 0 ]]; then
    echo "setup: installing system packages: ${missing[*]}" >&2
    "${SUDO[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: please install these system packages: ${missing[*]}" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "setup: Python 3.11 or newer is needed ($PYTHON is $("$PYTHON" --version 2>&1))" >&2; exit 1; }
[[ -x .venv/bin/python ]] || "$PYTHON" -m venv .venv
export PIP_DISABLE_PIP_VERSION_CHECK=1
.venv/bin/python -m pip install -q -c installer/constraints.txt -e ".[dev]" 2>&1 \
  | { grep -v -i -E "^WARNING: Location|is ignored|^\s*$" || true; } >&2
# The E-ARK validator for the archive package's test, in a virtualenv of its own.
[[ -x .venv-eark/bin/python ]] || .venv/bin/python -m venv .venv-eark
.venv-eark/bin/python -m pip install -q --no-deps -r installer/eark-validator.txt 2>&1 \
  | { grep -v -i -E "^WARNING: Location|is ignored|^\s*$" || true; } >&2
# Bytecode ahead of time, as pip does for an installed wheel: the application starts
# faster, also where PYTHONDONTWRITEBYTECODE keeps Python from writing it later.
.venv/bin/python -m compileall -q -j 0 bibagreements main.py >/dev/null
echo "setup: ready (.venv/bin/bibagreements)" >&2
