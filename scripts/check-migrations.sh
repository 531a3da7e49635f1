#!/usr/bin/env bash
# Checks, through Prisma's own CLI, that (1) the committed migrations produce exactly prisma/schema.prisma and
# (2) a database migrated by the app's start-up migrator is what `prisma migrate` considers up to date.
# Needs the offline schema-engine bridge (../shared/tools) on machines without internet; the app itself never does.
# Usage: DATABASE_URL=postgresql://... scripts/check-migrations.sh   (a scratch database: it is migrated)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?set DATABASE_URL to a scratch database (postgresql://... or postgresql://pglite/<dir>)}"

fail() { echo "check-migrations: $*" >&2; exit 1; }

echo "== the start-up migrator applies the migrations"
npm run --silent db:migrate

echo "== migrations match schema.prisma"
diff_out=$(npx prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma --exit-code 2>&1) \
  || fail "the migrations do not produce schema.prisma (write one with npm run db:new-migration):
$diff_out"
# An engine that cannot start prints nothing and exits 0: insist on Prisma's own words.
grep -q "No difference detected" <<<"$diff_out" || fail "prisma migrate diff did not confirm (engine missing?):
$diff_out"

echo "== prisma migrate agrees with what the start-up migrator recorded"
status_out=$(npx prisma migrate status 2>&1) || fail "prisma migrate status failed:
$status_out"
grep -q "Database schema is up to date" <<<"$status_out" || fail "prisma migrate status disagrees:
$status_out"
deploy_out=$(npx prisma migrate deploy 2>&1) || fail "prisma migrate deploy failed:
$deploy_out"
grep -q "No pending migrations to apply" <<<"$deploy_out" || fail "prisma migrate deploy wanted to apply something:
$deploy_out"
echo "migrations: ok"
