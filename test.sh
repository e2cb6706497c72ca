#!/usr/bin/env bash
# Runs every test of Anodyne on a fresh machine: installs what is missing (Chromium, PostgreSQL, Node) from Debian
# and the FHIR validator from npm,
# starts a throwaway PostgreSQL on a free loopback port, builds with warnings as errors, runs the unit,
# integration (SQLite and PostgreSQL) and browser tests, and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/test-results"
scratch=$(mktemp -d /tmp/anodyne-test.XXXXXX)
chmod 755 "$scratch"

summary() { echo "$1 passed, $2 failed${3:+, $3 skipped}"; }

cleanup() {
  [ -n "${ANODYNE_PG_DIR:-}" ] && dev/stop-postgres.sh "$ANODYNE_PG_DIR"
  rm -rf "$scratch"
}
trap cleanup EXIT

install_missing() {
  local need=()
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  command -v pg_dump >/dev/null 2>&1 || need+=(postgresql-client)
  command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
  if [ ${#need[@]} -gt 0 ]; then
    echo "Installing from Debian: ${need[*]}"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${need[@]}" >/dev/null \
      || { echo "Could not install ${need[*]}"; return 1; }
  fi
}

install_missing || { summary 0 1; exit 1; }

# The independent FHIR validator (Medplum, from npm; versions pinned by its package-lock.json).
if ! npm ci --prefix tests/fhir-validation --no-audit --no-fund >"$scratch/npm.log" 2>&1; then
  tail -20 "$scratch/npm.log"
  echo "Could not install the FHIR validator"
  summary 0 1
  exit 1
fi
export ANODYNE_FHIR_VALIDATOR="$root/tests/fhir-validation/validate.mjs" ANODYNE_REQUIRE_FHIR_VALIDATOR=1

eval "$(dev/start-postgres.sh "$scratch/pg")" || { echo "PostgreSQL did not start"; summary 0 1; exit 1; }
export ANODYNE_PG_DIR ANODYNE_TEST_POSTGRES
export ANODYNE_REQUIRE_POSTGRES=1 ANODYNE_REQUIRE_BROWSER=1
ANODYNE_CHROMIUM=$(command -v chromium)
export ANODYNE_CHROMIUM
export ANODYNE_FUZZ_REPORT="$scratch/fuzz-report.txt"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "Building (warnings are errors)..."
if ! dotnet build Anodyne.slnx -c Debug -warnaserror >"$scratch/build.log" 2>&1; then
  grep -E "error|Error" "$scratch/build.log" | sort -u | head -40
  summary 0 1
  exit 1
fi

rm -rf "$results"
# Each test project runs in parallel with its own results folder, so their reports never share a file name.
pids=()
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test --project "$project" --no-build --results-directory "$results/$name" --report-xunit-trx \
    >"$scratch/$name.log" 2>&1 &
  pids+=("$!")
done
status=0
for pid in "${pids[@]}"; do
  wait "$pid" || status=1
done
for log in "$scratch"/*.Tests.log "$scratch"/*.BrowserTests.log; do
  [ -f "$log" ] && grep -v -E "^\s*$" "$log" | grep -E -A12 "^failed |Test run summary|error" | head -200
done

[ -f "$ANODYNE_FUZZ_REPORT" ] && head -1 "$ANODYNE_FUZZ_REPORT"

# Count from the TRX reports, so the closing line does not depend on the runner's console format.
count() { grep -o "<Counters [^>]*>" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o "[0-9]*" || echo 0; }
passed=0 failed=0 skipped=0
while IFS= read -r report; do
  passed=$((passed + $(count "$report" passed)))
  failed=$((failed + $(count "$report" failed) + $(count "$report" error) + $(count "$report" timeout) + $(count "$report" aborted)))
  skipped=$((skipped + $(count "$report" notExecuted)))
done < <(find "$results" -name "*.trx" 2>/dev/null)
if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then
  failed=1 # the runner failed without a counted test failure (a crash, or no report)
fi
summary "${passed:-0}" "${failed:-1}" "$( [ "${skipped:-0}" -gt 0 ] && echo "$skipped")"
[ "$status" -eq 0 ] && [ "${failed:-1}" -eq 0 ]
