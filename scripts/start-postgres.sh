#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a loopback port in a temporary folder.
# Source it: it exports PP_TEST_POSTGRES (an Npgsql connection string without a database name)
# and PP_PG_STOP (the command that stops the cluster and removes the folder).
set -euo pipefail
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pg_bin/initdb" ] || { echo "PostgreSQL is not installed (scripts/install-deps.sh test)" >&2; return 1 2>/dev/null || exit 1; }

pg_dir=$(mktemp -d /tmp/policyportal-pg.XXXXXX)
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
  chown postgres "$pg_dir"
  run_as=(runuser -u postgres --)
fi
"${run_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$pg_dir -c fsync=off -c max_connections=200" start >/dev/null

export PP_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=unused"
export PP_PG_STOP="${run_as[*]} $pg_bin/pg_ctl -D $pg_dir/data -m immediate stop >/dev/null; rm -rf $pg_dir"
echo "PostgreSQL test cluster on 127.0.0.1:$pg_port"
