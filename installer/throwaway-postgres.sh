#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the tests and print its URL.
# Usage: eval "$(bash installer/throwaway-postgres.sh)"  -> exports BIBAGREEMENTS_TEST_PG
# Needs root (Debian's postgresql package is installed when missing).
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
dir=$(mktemp -d)
chown postgres:postgres "$dir"
# A free port, so that a second run (or a server left over) does not collide.
port=${PGPORT_FOR_TESTS:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
# Over TCP a password is asked for (as a region's server would); the socket trusts.
runuser -u postgres -- "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust \
  --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir" start >/dev/null
runuser -u postgres -- psql -q -h "$dir" -p "$port" -U postgres \
  -c "CREATE ROLE app LOGIN PASSWORD 'app'" -c "CREATE DATABASE app OWNER app" >/dev/null
echo "export BIBAGREEMENTS_TEST_PG=postgresql+psycopg://app:app@127.0.0.1:$port/app"
# What a test needs to stop and start the server (the server going away).
echo "export BIBAGREEMENTS_TEST_PG_CTL='$bin/pg_ctl -D $dir/data -l $dir/log'"
echo "export BIBAGREEMENTS_TEST_PG_OPTIONS='-c listen_addresses=127.0.0.1 -p $port -k $dir'"
