#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server on 127.0.0.1, with DATABASE_URL naming it, and stops the
# server afterwards: `bash scripts/with-postgres.sh npx vitest run tests/service`. Needs Debian's postgresql
# package (its binaries under /usr/lib/postgresql/<version>/bin). PostgreSQL will not run as root, so as root the
# server runs as the `postgres` user the package makes.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "no PostgreSQL server found under /usr/lib/postgresql: apt-get install postgresql" >&2
  exit 1
fi
port=${PGPORT_FOR_TESTS:-54329}
data=$(mktemp -d)
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then chown postgres "$data"; fi
chmod 700 "$data"
stop() {
  as_owner "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap stop EXIT

as_owner "$bin/initdb" -D "$data" -U postgres -A trust --no-sync >/dev/null
as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off" start >/dev/null

DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres" "$@"
