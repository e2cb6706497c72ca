#!/usr/bin/env bash
# Builds the clinic, the baseline app and the benchmark in Release, then measures start time and working set.
# Usage: bench/run.sh [startup options]   e.g. bench/run.sh --runs 3   (bench/run.sh --help lists them)
set -euo pipefail
cd "$(dirname "$0")/.."
for project in bench/Anodyne.Bench/Anodyne.Bench.csproj bench/Anodyne.Bench.Baseline/Anodyne.Bench.Baseline.csproj; do
  # no build servers, so nothing is left running after the script
  if ! output=$(dotnet build -c Release --disable-build-servers -nologo -v quiet "$project" 2>&1); then
    echo "$output" >&2
    exit 1
  fi
done
# the bench starts and stops the apps itself, and kills them on failure, Ctrl+C or SIGTERM
exec dotnet artifacts/bin/Anodyne.Bench/release/Anodyne.Bench.dll startup --no-build "$@"
