#!/usr/bin/env bash
# Installs the given Debian/Ubuntu packages with apt-get (as root, or through sudo); the install-*.sh scripts call it.
set -euo pipefail

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing $* and no apt-get here: install them with your package manager." >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Installing $* needs root (or sudo)." >&2; exit 1; }
  sudo="sudo"
fi

echo "Installing $*..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@"
