#!/usr/bin/env bash
# Public pages under load (wrk, 8 connections), all in one run and one build. For /policy, /documents, a document's page,
# «Что изменилось» (one edition against another, ?from=), /a11y and the verify page (empty, and with a file's SHA-256 found):
#   1. the page from the output cache,
#   2. a static file of the same size served by the same process (the page's own HTML copied into a temp web root),
#   3. the page with the cache off (PublicPages:OutputCache=false), in a second process on the same data,
#      compared with the static file served by that second process.
# Prints req/s, p99, the ratio to static and the portal's CPU time per request (user + system from /proc/<pid>/stat: the
# figure a shared machine distorts least). Goals: cached ≥ 1.0× static, p99 ≤ 5 ms; uncached /policy ≥ 0.25× static, p99 ≤ 15 ms.
# The portal gets a fresh SQLite database: an administrator (create-admin), the Uvarovo and Kaliningrad orders imported and
# published (the comparison is of these two: a real one, computed once per pair and then kept).
# Usage: bench/public-pages.sh   (DURATION=20s to measure longer)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
duration=${DURATION:-5s}
connections=8

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null; else echo "Install wrk: sudo apt-get install wrk" >&2; exit 1; fi
fi

dotnet build src/PolicyPortal.Web -c Release --nologo -v q >/dev/null
dll=$root/src/PolicyPortal.Web/bin/Release/net10.0/PolicyPortal.Web.dll
work=$(mktemp -d /tmp/policyportal-bench-XXXXXX)
cp -r src/PolicyPortal.Web/wwwroot "$work/wwwroot"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# The content root stays the project folder (appsettings.json); data, logs and web root are the run's own.
cd src/PolicyPortal.Web
options=(--Database:DataFolder="$work/data" --Logging:Folder="$work/logs" --webroot="$work/wwwroot"
  --Serilog:MinimumLevel:Default=Warning --Site:BaseUrl=http://127.0.0.1 --Security:RequireHttps=false)
echo "бенчмарк-пароль-администратора" | dotnet "$dll" create-admin bench@college.test "Рыбаков Сергей Сергеевич" "${options[@]}" >/dev/null
dotnet "$dll" import "$root/tests/Seeds/kaliningrad-school58-order-1065-2024.txt" --publish "${options[@]}" 2>/dev/null | tail -1 >"$work/older"
dotnet "$dll" import "$root/tests/Seeds/uvarovo-order-44-2025.txt" --publish "${options[@]}" 2>/dev/null | tail -1 >"$work/id"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
start() {
  ASPNETCORE_URLS=$base dotnet "$dll" "${options[@]}" "$@" >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do curl -sf "$base/health" >/dev/null && return; sleep 0.2; done
  echo "The portal did not start:" >&2; cat "$work/server.log" >&2; exit 1
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

# CPU ticks (utime + stime) of the portal process so far.
ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }

# wrk's "Requests/sec", its 99th percentile in milliseconds and the portal's CPU microseconds per request.
measure() {
  # Warm up: first cache fill, then enough load for tiered JIT to finish optimising the hot path.
  curl -sf "$1" >/dev/null
  wrk -t2 -c"$connections" -d3s "$1" >/dev/null
  local before after
  before=$(ticks)
  wrk -t2 -c"$connections" -d"$duration" --latency "$1" >"$work/wrk.txt"
  after=$(ticks)
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  # The portal's own CPU time (user + system) per request: what a loaded machine distorts least.
  cpu=$(awk -v a="$before" -v b="$after" -v hz="$(getconf CLK_TCK)" '/requests in/ {printf "%.0f", (b-a)*1e6/hz/$1}' "$work/wrk.txt")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000} print v}' "$work/wrk.txt")
  errors=$(awk '/Non-2xx|Socket errors/' "$work/wrk.txt")
  [ -z "$errors" ] || echo "  wrk: $errors" >&2
}

guid='[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
id=$(grep -Eo "$guid" "$work/id" | tail -1)
older=$(grep -Eo "$guid" "$work/older" | tail -1)
[ -n "$id" ] && [ -n "$older" ] || { echo "Import failed: $(cat "$work/older" "$work/id")" >&2; exit 1; }

declare -A static_rps static_p99 static_cpu cached_rps cached_p99 cached_cpu static2_rps static2_p99 static2_cpu fresh_rps fresh_p99 fresh_cpu size
start
# A SHA-256 the document's page shows (a file's beside its download, or the published text's in the signature mark):
# the verify page's answer «found».
curl -sf "$base/documents/$id" >"$work/doc.html"
sha=$(grep -Eo '[0-9a-f]{64}' "$work/doc.html" | head -1 || true)
[ -n "$sha" ] || { echo "No SHA-256 on the document's page ($id)" >&2; exit 1; }
pages=(/policy /documents "/documents/$id" "/documents/$id/changes?from=$older" /a11y /verify "/verify?sha256=$sha")
for page in "${pages[@]}"; do
  curl -sf -o /dev/null "$base$page" || { echo "$page does not answer 200" >&2; exit 1; }
done
for i in "${!pages[@]}"; do
  curl -sf "$base${pages[$i]}" >"$work/wwwroot/bench-static-$i.html"
  size[$i]=$(wc -c <"$work/wwwroot/bench-static-$i.html")
  measure "$base/bench-static-$i.html"; static_rps[$i]=$rps; static_p99[$i]=$p99; static_cpu[$i]=$cpu
  measure "$base${pages[$i]}"; cached_rps[$i]=$rps; cached_p99[$i]=$p99; cached_cpu[$i]=$cpu
done
stop
start --PublicPages:OutputCache=false
# The machine's load drifts between the two processes: the uncached page is compared with static from its own process.
for i in "${!pages[@]}"; do
  measure "$base/bench-static-$i.html"; static2_rps[$i]=$rps; static2_p99[$i]=$p99; static2_cpu[$i]=$cpu
  measure "$base${pages[$i]}"; fresh_rps[$i]=$rps; fresh_p99[$i]=$p99; fresh_cpu[$i]=$cpu
done
stop

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
# Numbers first: printf pads bytes, not Cyrillic letters.
printf '%10s %9s %9s %9s  %s\n' "запр./с" "p99, мс" "к статике" "ЦП, мкс" ""
l_id='{id}' l_older='{older}' l_sha='{sha256}'
for i in "${!pages[@]}"; do
  name=${pages[$i]/$id/$l_id}; name=${name/$older/$l_older}; name=${name/$sha/$l_sha}
  printf '%10.0f %9.2f %9s %9s  %s\n' "${static_rps[$i]}" "${static_p99[$i]}" "1.00" "${static_cpu[$i]}" "статический файл, ${size[$i]} байт"
  printf '%10.0f %9.2f %9s %9s  %s\n' "${cached_rps[$i]}" "${cached_p99[$i]}" "$(ratio "${cached_rps[$i]}" "${static_rps[$i]}")" "${cached_cpu[$i]}" "$name из кэша (цель ≥ 1.0×, p99 ≤ 5 мс)"
  printf '%10.0f %9.2f %9s %9s  %s\n' "${fresh_rps[$i]}" "${fresh_p99[$i]}" "$(ratio "${fresh_rps[$i]}" "${static2_rps[$i]}")" "${fresh_cpu[$i]}" "$name без кэша, к статике второго процесса (${static2_rps[$i]%.*} запр./с, ЦП ${static2_cpu[$i]} мкс)"
done
echo "($connections соединений, $duration на замер, $(nproc) ядра, load average $(cut -d' ' -f1-3 /proc/loadavg) в конце; wrk и портал на одной машине)"
