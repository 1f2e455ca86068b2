#!/usr/bin/env bash
# Runs every test: unit, integration (SQLite and a real PostgreSQL) and browser (Debian's Chromium).
# Installs and starts what the tests need. Last line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh test

# shellcheck source=scripts/start-postgres.sh
source scripts/start-postgres.sh
trap 'eval "$PP_PG_STOP"' EXIT
export PP_CHROMIUM=${PP_CHROMIUM:-/usr/bin/chromium}
# The browser journeys save a screenshot of every step here (git-ignored), to be looked at after the run.
export PP_SCREENSHOTS="$PWD/artifacts/screenshots"
rm -rf "$PP_SCREENSHOTS" && mkdir -p "$PP_SCREENSHOTS"
# The Word files, both PDFs (the portal's and LibreOffice's) and a picture of each kind of page (DocxLibreOfficeTests).
export PP_DOCX_OUT="$PWD/artifacts/docx"
rm -rf "$PP_DOCX_OUT" && mkdir -p "$PP_DOCX_OUT"

results=$(mktemp -d)
status=0
dotnet test PolicyPortal.sln --nologo --logger "trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true || status=$?

sum() { grep -ho "$1=\"[0-9]*\"" "$results"/*.trx 2>/dev/null | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}'; }
passed=$(sum passed); failed=$(sum failed); total=$(sum total); executed=$(sum executed)
skipped=$((total - executed))
rm -rf "$results"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "Screenshots of the browser journeys: $PP_SCREENSHOTS ($(find "$PP_SCREENSHOTS" -name '*.png' | wc -l) files)"
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
