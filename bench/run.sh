#!/usr/bin/env bash
# Publishes the clinic and the baseline app the way they are deployed (Release, ReadyToRun), builds the benchmark,
# then measures start time and working set.
# Usage: bench/run.sh [startup options]   e.g. bench/run.sh --runs 3   (bench/run.sh --help lists them)
set -euo pipefail
cd "$(dirname "$0")/.."
rid=$(dotnet --info | awk '/ RID:/ {print $2; exit}')
out=artifacts/bench-publish
quiet() { if ! output=$("$@" 2>&1); then echo "$output" >&2; exit 1; fi; }
# no build servers, so nothing is left running after the script
quiet dotnet build -c Release --disable-build-servers -nologo -v quiet bench/Anodyne.Bench/Anodyne.Bench.csproj
quiet dotnet publish -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true --disable-build-servers -nologo -v quiet \
  -o "$out/clinic" src/Anodyne.Web/Anodyne.Web.csproj
quiet dotnet publish -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true --disable-build-servers -nologo -v quiet \
  -o "$out/baseline" bench/Anodyne.Bench.Baseline/Anodyne.Bench.Baseline.csproj
# the bench starts and stops the apps itself, and kills them on failure, Ctrl+C or SIGTERM
exec dotnet artifacts/bin/Anodyne.Bench/release/Anodyne.Bench.dll startup --no-build \
  --clinic "$out/clinic/Anodyne.Web.dll" --baseline "$out/baseline/Anodyne.Bench.Baseline.dll" "$@"
