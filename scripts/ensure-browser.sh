#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright never downloads a browser here). Installs it when it is
# missing and this user may; otherwise says what to run.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium for the end-to-end tests (apt-get install chromium)…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  exit 0
fi
echo "The end-to-end tests need Chromium at $browser: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH)." >&2
exit 1
