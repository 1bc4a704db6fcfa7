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

bash "$(dirname "$0")/apt-install.sh" "${packages[@]}"
