#!/usr/bin/env bash
# The quick start: the Alembic tutorial with GORM models, on embedded SQLite.
# Needs only Go; no database server. Works in a temporary directory and
# leaves the repository as it was.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

say() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }
run() { say "$*"; "$@"; }

echo "Building autogen into $work/bin ..."
(cd "$repo" && go build -o "$work/bin/autogen" ./cmd/autogen)
export PATH="$work/bin:$PATH"
cd "$work"
models="$repo/examples/blog"

run autogen init --models "$models/step1" --db sqlite://blog.db
run autogen revision --autogenerate -m "create users and posts tables"
say "cat migrations/*_create_users_and_posts_tables.sql"
cat migrations/*_create_users_and_posts_tables.sql
run autogen upgrade head
run autogen current

run autogen revision --autogenerate -m "add user bio and indexes" --models "$models/step2"
run autogen upgrade head
run autogen check --models "$models/step2"
run autogen downgrade -1
run autogen current
run autogen upgrade head

run autogen revision --autogenerate -m "add subscription tiers" --models "$models/step3"
run autogen revision -m "seed tiers"
seed=$(ls migrations/*_seed_tiers.sql)
say "edit $seed (the data migration, written by hand)"
awk '{print} /^-- autogen:up$/ {print "INSERT INTO subscription_tiers (id, name, monthly_price_cents) VALUES (1, '\''free'\'', 0), (2, '\''pro'\'', 999), (3, '\''enterprise'\'', 4999);"} /^-- autogen:down$/ {print "DELETE FROM subscription_tiers WHERE id IN (1, 2, 3);"}' "$seed" > "$seed.new" && mv "$seed.new" "$seed"
cat "$seed"
run autogen upgrade head
run autogen current
run autogen revision --autogenerate -m "put users on tiers" --models "$models/step4"
say "cat migrations/*_put_users_on_tiers.sql   # SQLite rebuilds users to add the foreign key"
cat migrations/*_put_users_on_tiers.sql
run autogen upgrade head
run autogen check --models "$models/step4"
run autogen history
run autogen downgrade base
run autogen current
echo
echo "Done: the whole tutorial ran on $work/blog.db."
