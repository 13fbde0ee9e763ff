#!/usr/bin/env bash
# npm test: prepares what the tests need on this machine, builds, and runs every jest project
# (unit, integration against MariaDB + Redis, browser in Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[test]\033[0m %s\n' "$*"; }

wait_for() { # wait_for <what> <command...>
  local what=$1; shift
  for _ in $(seq 1 60); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
  say "$what did not come up"; return 1
}

if ! mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1; then
  say "MariaDB is down: starting it"
  if [ -x /usr/sbin/mariadbd ]; then
    start-stop-daemon --start --oknodo --background --pidfile /run/mysqld/mysqld.pid --exec /usr/sbin/mariadbd
    wait_for MariaDB mysqladmin -h127.0.0.1 -uroot ping
  else
    say "MariaDB is missing: install it (apt-get install -y mariadb-server) or set TEST_MYSQL_URL"; exit 1
  fi
fi

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  say "Redis is down: starting it"
  if command -v redis-server >/dev/null; then
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
    wait_for Redis redis-cli -h 127.0.0.1 -p 6379 ping
  else
    say "Redis is missing: install it (apt-get install -y redis-server) or set TEST_REDIS_URL"; exit 1
  fi
fi

bash scripts/ensure-chromium.sh

# LibreOffice and poppler for the print check of the Excel exports (tests/e2e/excel.test.ts).
if ! command -v libreoffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  say "LibreOffice or poppler-utils is missing: installing Debian's packages for the Excel print check"
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui poppler-utils) || say "could not install them; the print check will be skipped"
  else
    say "run as root or: sudo apt-get install -y libreoffice-calc-nogui poppler-utils (the print check is skipped without them)"
  fi
fi

# Chinese glyphs for the browser tests' screenshots (the tests pass without them; the pictures do not).
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  if [ "$(id -u)" = 0 ]; then
    say "installing Debian's fonts-noto-cjk for Chinese text in screenshots"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk) || say "fonts-noto-cjk could not be installed; screenshots will show boxes"
  else
    say "no Chinese font: screenshots will show boxes (apt-get install fonts-noto-cjk)"
  fi
fi

say "building server and console"
npm run --silent build

say "running tests"
npx jest --runInBand --forceExit "$@"
