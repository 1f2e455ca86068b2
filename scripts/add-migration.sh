#!/usr/bin/env bash
# Adds a migration with the same name to each provider's migration set.
# Usage: scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}
dotnet tool restore >/dev/null
# Build first: `ef migrations add --no-build` would otherwise read a stale assembly and write an empty migration.
dotnet build src/PolicyPortal.Web --nologo -v q
for provider in Sqlite PostgreSql SqlServer; do
  dotnet ef migrations add "$name" -p src/PolicyPortal.Web -c "${provider}AppDbContext" -o "Data/Migrations/$provider" --no-build
done
