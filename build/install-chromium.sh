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

bash "$(dirname "$0")/apt-install.sh" "${packages[@]}"
# Make the new font visible to Chromium straight away.
command -v fc-cache >/dev/null 2>&1 && fc-cache -f >/dev/null || true
