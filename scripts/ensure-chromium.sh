#!/usr/bin/env bash
# Installs Debian's Chromium for the e2e tests when it is missing (Playwright cannot download its own), and a CJK
# font when none is there (the Chinese pages would draw empty boxes). Uses sudo only when not root.
# Runs before `playwright test`; kept out of `npm ci` on purpose.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
# WenQuanYi Micro Hei: a small (~5 MB) font with the Simplified Chinese glyphs the zh catalogues use.
has_cjk_font() { command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; }
packages=()
if [ ! -x "$browser" ]; then packages+=(chromium fonts-liberation); fi
if ! has_cjk_font; then packages+=(fonts-wqy-microhei); fi
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
echo "Installing ${packages[*]} for the e2e tests..."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${packages[@]}" >/dev/null
test -x "$browser" || { echo "Chromium install failed: $browser is still missing" >&2; exit 1; }
has_cjk_font || { echo "No CJK font after installing fonts-wqy-microhei: Chinese pages cannot render" >&2; exit 1; }
