#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on a free loopback port and prints its connection string.
# Usage: eval "$(dev/start-postgres.sh DIR)"   → exports ANODYNE_TEST_POSTGRES and ANODYNE_PG_DIR
# Stop it with: dev/stop-postgres.sh DIR
# PostgreSQL refuses to run as root, so as root the server runs as the "postgres" user.
set -euo pipefail
dir=${1:?usage: dev/start-postgres.sh DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port=$(for _ in $(seq 1 50); do p=$((20000 + RANDOM % 40000)); (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo $p; break; }; done)
rm -rf "$dir"
mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
chmod 700 "$dir"
as_owner "$bin/initdb" -D "$dir/data" -U anodyne --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=on -c max_connections=200" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }
echo "export ANODYNE_PG_DIR='$dir'"
echo "export ANODYNE_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=anodyne;Database=postgres;Pooling=true'"
