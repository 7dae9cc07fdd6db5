#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for tests (installing Debian's server package when missing)
# and prints its URL. Usage: eval "$(bash .ci/postgres.sh)"  → exports TEST_POSTGRES_URL.
set -euo pipefail
PGPORT="${PGPORT:-54329}"
PGDATA_DIR="${PGDATA_DIR:-/tmp/pilotstarter-pg}"
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "installing postgresql from Debian packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
run_as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if ! id postgres >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then useradd --system --home /var/lib/postgresql postgres; fi
if ! "$bindir/pg_isready" -h 127.0.0.1 -p "$PGPORT" -q 2>/dev/null; then
  rm -rf "$PGDATA_DIR"; mkdir -p "$PGDATA_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDATA_DIR"
  run_as_postgres "$bindir/initdb -D $PGDATA_DIR -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >&2
  # Tuned for tests: data is thrown away, so durability settings are off.
  run_as_postgres "$bindir/pg_ctl -D $PGDATA_DIR -l $PGDATA_DIR/server.log -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300' -w start" >&2
fi
echo "export TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:$PGPORT/postgres"
