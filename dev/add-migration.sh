#!/usr/bin/env bash
# Adds a migration with the same name to both migration sets (SQLite and PostgreSQL).
# Usage: dev/add-migration.sh NameOfChange
set -euo pipefail
name=${1:?usage: dev/add-migration.sh NameOfChange}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project src/Anodyne.Web --startup-project src/Anodyne.Web \
    --context "${provider}ClinicDbContext" \
    --output-dir "Data/Migrations/$provider"
done
