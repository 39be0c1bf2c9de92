#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 server on loopback for the test suite and prints the
# TEST_DATABASE_URL to use. The server runs as the unprivileged `postgres` system user.
set -euo pipefail

PORT="${PGPORT_TEST:-55432}"
# A server left on that port (another run on the same machine) must not be reused: take the
# next free one.
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
BIN="$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)"
if [ -z "$BIN" ]; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >&2
  BIN=/usr/lib/postgresql/15/bin
fi
id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres

DATA="$(mktemp -d /tmp/tandem-pg.XXXXXX)"
chown postgres "$DATA"
PASSWORD="tandem-ci-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"
printf '%s\n' "$PASSWORD" > "$DATA.pw"
chown postgres "$DATA.pw"

su postgres -c "$BIN/initdb -D '$DATA/db' -U postgres --auth-local=trust --auth-host=scram-sha-256 --pwfile='$DATA.pw' -E UTF8 --locale=C.UTF-8" >&2
su postgres -c "$BIN/pg_ctl -D '$DATA/db' -l '$DATA/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories='$DATA' -c fsync=off -c max_connections=200\" start" >&2

echo "postgres://postgres:${PASSWORD}@127.0.0.1:${PORT}/postgres"
