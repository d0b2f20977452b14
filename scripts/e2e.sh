#!/usr/bin/env bash
# Runs the browser end-to-end test: installs Debian's Chromium when missing (as
# root), installs the web dependencies, then builds the UI and the binary and runs
# Playwright against a fresh `copilot serve`. Never downloads Playwright's browsers.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  else
    echo "e2e: Chromium not found at $chromium; install Debian's chromium package" >&2
    exit 1
  fi
fi

cd web
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
exec npm run e2e
