#!/usr/bin/env bash
# Installs the Debian packages the portal and its tests need, when missing.
# Usage: scripts/install-deps.sh run|test|cluster
set -euo pipefail
mode=${1:-run}
packages=(chromium fonts-liberation2)
if [ "$mode" = test ]; then
  packages+=(poppler-utils libreoffice-writer-nogui)  # LibreOffice prints the exported DOCX in the tests
fi
if [ "$mode" = test ] || [ "$mode" = cluster ]; then
  packages+=(postgresql redis-server nginx)  # scripts/cluster.sh: the shared database, output cache and balancer
fi
if ! command -v dotnet >/dev/null; then
  packages+=(dotnet-sdk-10.0)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing packages. Run as root:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
