#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the browser end-to-end tests
# (driven by playwright-core; never `npx playwright install`). Idempotent.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
STEP="chromium"
BIN="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ -x "$BIN" ]; then
  say "$STEP" "found $BIN ($("$BIN" --version 2>/dev/null | head -n 1 || echo 'version unknown'))"
  exit 0
fi
can_apt || die "$STEP" "$BIN is missing. Run this as root on Debian/Ubuntu so it can install the 'chromium' package, or install Chromium yourself and set CHROMIUM_PATH to its binary."
apt_install "$STEP" chromium
[ -x "$BIN" ] || die "$STEP" "installed the 'chromium' package but $BIN is still missing (Ubuntu ships it as a snap: install Chromium another way and set CHROMIUM_PATH)"
say "$STEP" "installed $BIN ($("$BIN" --version 2>/dev/null | head -n 1))"
