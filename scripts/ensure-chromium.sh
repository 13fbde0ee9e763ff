#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed (the browser tests and the console benchmark drive it):
# installs the `chromium` package with apt-get when it is missing and this runs as root.
set -euo pipefail
say() { printf '\033[1m[chromium]\033[0m %s\n' "$*" >&2; }
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && exit 0
say "Chromium is missing: installing Debian's package"
if [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || { say "apt-get could not install chromium"; exit 1; }
else
  say "run as root or: sudo apt-get install -y chromium"; exit 1
fi
