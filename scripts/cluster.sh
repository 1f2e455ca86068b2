#!/usr/bin/env bash
# Several servers on this machine's loopback: PostgreSQL, Redis (output cache), two portal nodes and nginx
# balancing between them — what a region runs on separate machines (README, «Несколько серверов»).
#
#   eval "$(scripts/cluster.sh start)"   # prints PP_URL, PP_NODES and the exports the admin commands need
#   scripts/cluster.sh stop              # stops all that start started and removes its folder
#
# PP_CLUSTER_DIR (default /tmp/policyportal-cluster) holds everything; PP_CLUSTER_APP names a folder that already
# holds PolicyPortal.Web.dll (otherwise start runs `dotnet publish` into the cluster folder).
# For the tests: `cluster.sh redis stop|start` and `cluster.sh postgres restart`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${PP_CLUSTER_DIR:-/tmp/policyportal-cluster}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
run_as=()
if [ "$(id -u)" -eq 0 ]; then run_as=(runuser -u postgres --); fi  # PostgreSQL refuses to run as root

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
say() { echo "cluster: $*" >&2; }
fail() { say "$*"; exit 1; }

wait_for() {  # url seconds
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.2
  done
}

pg_start() {
  "${run_as[@]}" "$pg_bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$(cat "$dir/pg.port") -c unix_socket_directories=$dir/pg -c fsync=off -c max_connections=200" \
    start </dev/null >"$dir/pg/ctl.log" 2>&1 || fail "PostgreSQL did not start (see $dir/pg/log)"
}
pg_stop() { "${run_as[@]}" "$pg_bin/pg_ctl" -D "$dir/pg/data" -m fast -w stop >/dev/null 2>&1 || true; }

redis_start() {
  redis-server --bind 127.0.0.1 --port "$(cat "$dir/redis.port")" --save "" --appendonly no --daemonize yes \
    --dir "$dir/redis" --pidfile "$dir/redis/redis.pid" --logfile "$dir/redis/redis.log" </dev/null >/dev/null 2>&1
  local deadline=$((SECONDS + 10))
  until redis-cli -p "$(cat "$dir/redis.port")" ping >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || fail "redis-server did not start (see $dir/redis/redis.log)"
    sleep 0.1
  done
}
redis_stop() { redis-cli -p "$(cat "$dir/redis.port")" shutdown nosave >/dev/null 2>&1 || true; }

node_start() {  # number
  local n=$1 port
  port=$(cat "$dir/node$n.port")
  mkdir -p "$dir/node$n"
  (
    set -a
    # shellcheck disable=SC1091
    source "$dir/env"
    cd "$dir/node$n"
    exec setsid dotnet "$(cat "$dir/app.path")/PolicyPortal.Web.dll" --urls="http://127.0.0.1:$port" \
      --Logging:Folder="$dir/node$n/logs" --contentRoot="$(cat "$dir/app.path")" </dev/null >"$dir/node$n/out.log" 2>&1
  ) &
  echo $! >"$dir/node$n.pid"
}

start() {
  [ -e "$dir/env" ] && fail "a cluster is already running in $dir (scripts/cluster.sh stop)"
  "$root/scripts/install-deps.sh" cluster >&2
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$pg_bin/initdb" ] || fail "PostgreSQL is not installed"
  mkdir -p "$dir/pg" "$dir/redis" "$dir/shared" "$dir/nginx"
  if [ ${#run_as[@]} -gt 0 ]; then chown postgres "$dir/pg"; fi

  local app=${PP_CLUSTER_APP:-}
  if [ -z "$app" ]; then
    say "dotnet publish → $dir/app"
    dotnet publish "$root/src/PolicyPortal.Web" -c Release -o "$dir/app" --nologo -v q >&2
    app=$dir/app
  fi
  [ -f "$app/PolicyPortal.Web.dll" ] || fail "no PolicyPortal.Web.dll in $app"
  echo "$app" >"$dir/app.path"

  for name in pg redis node1 node2 balancer; do free_port >"$dir/$name.port"; done
  local pg_port redis_port lb_port n1 n2
  pg_port=$(cat "$dir/pg.port"); redis_port=$(cat "$dir/redis.port"); lb_port=$(cat "$dir/balancer.port")
  n1=$(cat "$dir/node1.port"); n2=$(cat "$dir/node2.port")

  "${run_as[@]}" "$pg_bin/initdb" -D "$dir/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  pg_start
  "${run_as[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres policyportal
  redis_start

  cat >"$dir/env" <<ENV
Database__Provider=PostgreSql
Database__ConnectionString='Host=127.0.0.1;Port=$pg_port;Database=policyportal;Username=postgres;Password=unused'
Database__DataFolder=$dir/shared
Cluster__Redis=127.0.0.1:$redis_port
Site__BaseUrl=http://127.0.0.1:$lb_port
Security__RequireHttps=false
ASPNETCORE_ENVIRONMENT=Production
ENV
  # Migrations once, before the nodes (they would take turns under a lock anyway).
  (set -a; source "$dir/env"; cd "$app"; dotnet PolicyPortal.Web.dll migrate --Logging:Folder="$dir/logs") >"$dir/migrate.log" 2>&1 \
    || fail "migrate failed (see $dir/migrate.log)"

  node_start 1
  node_start 2

  cat >"$dir/nginx/nginx.conf" <<NGINX
daemon on;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log warn;
worker_processes 1;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/nginx/body;
  proxy_temp_path $dir/nginx/proxy;
  fastcgi_temp_path $dir/nginx/fastcgi;
  uwsgi_temp_path $dir/nginx/uwsgi;
  scgi_temp_path $dir/nginx/scgi;
  upstream portal {
    server 127.0.0.1:$n1 max_fails=1 fail_timeout=3s;
    server 127.0.0.1:$n2 max_fails=1 fail_timeout=3s;
  }
  server {
    listen 127.0.0.1:$lb_port;
    client_max_body_size 6m;
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 2s;
      # A node that is down is skipped; a POST it may have received is never sent twice.
      proxy_next_upstream error timeout;
    }
  }
}
NGINX
  nginx -c "$dir/nginx/nginx.conf" -g "user $(id -un);" </dev/null >"$dir/nginx/start.log" 2>&1 || fail "nginx did not start: $(cat "$dir/nginx/start.log")"

  for n in 1 2; do
    wait_for "http://127.0.0.1:$(cat "$dir/node$n.port")/health" 60 || fail "node $n did not answer /health (see $dir/node$n/out.log)"
  done
  wait_for "http://127.0.0.1:$lb_port/health" 10 || fail "nginx does not answer (see $dir/nginx/error.log)"

  cat <<OUT
PP_URL=http://127.0.0.1:$lb_port
PP_NODES="http://127.0.0.1:$n1 http://127.0.0.1:$n2"
PP_CLUSTER_DIR=$dir
export Database__Provider=PostgreSql Database__ConnectionString='Host=127.0.0.1;Port=$pg_port;Database=policyportal;Username=postgres;Password=unused' Database__DataFolder=$dir/shared Cluster__Redis=127.0.0.1:$redis_port Site__BaseUrl=http://127.0.0.1:$lb_port
OUT
}

stop() {
  [ -d "$dir" ] || { say "nothing runs in $dir"; return 0; }
  [ -f "$dir/nginx/nginx.pid" ] && kill "$(cat "$dir/nginx/nginx.pid")" 2>/dev/null || true
  for n in 1 2; do
    [ -f "$dir/node$n.pid" ] && kill "$(cat "$dir/node$n.pid")" 2>/dev/null || true
  done
  [ -f "$dir/redis.port" ] && redis_stop
  [ -d "$dir/pg/data" ] && [ -n "$pg_bin" ] && pg_stop
  for n in 1 2; do
    [ -f "$dir/node$n.pid" ] && { kill -9 "$(cat "$dir/node$n.pid")" 2>/dev/null || true; }
  done
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  redis) case "${2:-}" in stop) redis_stop ;; start) redis_start ;; *) fail "usage: cluster.sh redis stop|start" ;; esac ;;
  postgres) case "${2:-}" in restart) pg_stop; pg_start ;; stop) pg_stop ;; start) pg_start ;; *) fail "usage: cluster.sh postgres restart|stop|start" ;; esac ;;
  node) case "${3:-}" in start) node_start "$2" ;; *) fail "usage: cluster.sh node 1|2 start" ;; esac ;;
  *) echo "usage: scripts/cluster.sh start|stop" >&2; exit 2 ;;
esac
