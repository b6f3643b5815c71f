#!/usr/bin/env bash
# Installs what ClaimLens needs: its npm packages (from the lock file), and Chromium for the demo,
# the end-to-end tests and the bench when no Chrome or Chromium is found (Debian/Ubuntu: apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund

have_chrome() {
  [ -n "${CLAIMLENS_CHROME:-}" ] && [ -x "${CLAIMLENS_CHROME}" ] && return 0
  [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ] && return 0
  for p in /usr/bin/chromium /usr/bin/chromium-browser /snap/bin/chromium /usr/bin/google-chrome /usr/bin/google-chrome-stable \
           "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" "/Applications/Chromium.app/Contents/MacOS/Chromium"; do
    [ -x "$p" ] && return 0
  done
  return 1
}

if ! have_chrome; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "setup: no Chrome or Chromium found; installing Debian's chromium"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: no Chrome or Chromium found. Install one, or set CLAIMLENS_CHROME to its path." >&2
    exit 1
  fi
fi
