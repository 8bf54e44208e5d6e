#!/usr/bin/env bash
# Installs Debian's Chromium for the e2e tests when it is missing (Playwright cannot download its own).
# Runs before `playwright test`; uses sudo only when not root. Kept out of `npm ci` on purpose.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
echo "Chromium not found at $browser: installing Debian's chromium for the e2e tests..."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium fonts-liberation >/dev/null
test -x "$browser" || { echo "Chromium install failed: $browser is still missing" >&2; exit 1; }
