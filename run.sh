#!/usr/bin/env bash
# Runs the portal on http://localhost:5000 with SQLite (data in src/PolicyPortal.Web/data/).
# On the first visit the portal asks for the institution and the first administrator (/setup).
set -euo pipefail
cd "$(dirname "$0")"
echo "PolicyPortal: проверяю пакеты Debian (chromium, шрифты)…"
scripts/install-deps.sh run
echo "PolicyPortal: собираю портал (в первый раз — несколько минут)…"
dotnet build src/PolicyPortal.Web -c Release --nologo -v q -clp:NoSummary
cd src/PolicyPortal.Web
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://localhost:5000}
# Plain HTTP on this machine only: cookies without the __Host- prefix and Secure flag (docs/security.md).
# A deployment serves HTTPS and leaves Security:RequireHttps at its default, true.
if [[ "$ASPNETCORE_URLS" == http://localhost* ]]; then export Security__RequireHttps=${Security__RequireHttps:-false}; fi
echo "PolicyPortal: запускаю; когда портал будет готов, он напишет, какой адрес открыть (Ctrl+C — остановить)."
exec dotnet bin/Release/net10.0/PolicyPortal.Web.dll
