#!/usr/bin/env bash
# Installs two real feed readers for the reader tests (Debian/Ubuntu), unless already present: newsboat and Python's
# feedparser (Debian's python3-feedparser, for /usr/bin/python3; PyPI is not needed).
set -euo pipefail

packages=()
command -v newsboat >/dev/null 2>&1 || packages+=(newsboat)
/usr/bin/python3 -c "import feedparser" >/dev/null 2>&1 || packages+=(python3-feedparser)

if [ ${#packages[@]} -eq 0 ]; then
  echo "newsboat and python3-feedparser are installed."
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
