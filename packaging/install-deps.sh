#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package that building, running and testing Steward needs.
# Idempotent and quick when everything is present; works as root or as a user with sudo.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config clang-format
    # Qt 6.4 (Widgets, Sql/SQLite, Charts, PrintSupport, Svg, Test, LinguistTools)
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libxkbcommon-dev
    # archives and network algorithms (igraph's CMake config names the arpack/glpk/plfit .so files)
    libquazip1-qt6-dev libigraph-dev libarpack2-dev libglpk-dev libplfit-dev
    # packaging and its checks
    appstream desktop-file-utils dpkg-dev file groff-base
    # headless GUI runs, screenshots, PDF checks, fonts
    xvfb xauth poppler-utils fonts-dejavu-core
    # reference implementations and contract checkers used by tests
    python3 python3-networkx python3-igraph python3-icalendar sqlite3
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are present."
    exit 0
fi

echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
