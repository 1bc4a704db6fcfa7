#!/usr/bin/env bash
# Installs headless Chromium and a CJK font for the browser tests (Debian/Ubuntu), unless already present.
# CI calls this before the tests; without fonts-noto-cjk, Chinese renders as boxes in screenshots.
set -euo pipefail

packages=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || packages+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q "install ok installed" || packages+=(fonts-noto-cjk)

if [ ${#packages[@]} -eq 0 ]; then
  echo "chromium and fonts-noto-cjk are installed."
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing ${packages[*]} and no apt-get here: install them with your package manager." >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Installing ${packages[*]} needs root (or sudo)." >&2; exit 1; }
  sudo="sudo"
fi

echo "Installing ${packages[*]}..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
# Make the new font visible to Chromium straight away.
command -v fc-cache >/dev/null 2>&1 && fc-cache -f >/dev/null || true
