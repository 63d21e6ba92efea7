#!/usr/bin/env bash
# Times whole autogen processes on synthetic schemas (internal/synth):
# `autogen check` with nothing changed, and `autogen revision --autogenerate`
# with 1% of the tables changed, each run 5 times; prints the median, the
# range and the peak memory (RSS).
#
#   scripts/bench.sh                 # N = 100 1000, dialects postgres sqlite
#   N="100 1000 5000" DIALECTS="postgres sqlite mysql" scripts/bench.sh
#
# The database is made from the SQL synthgen writes beside the models (the
# statements autogen plans for them), run by psql, mysql or sqlite3 one
# statement at a time: a single migration that creates 5,000 tables runs
# out of PostgreSQL's lock table. The migrations directory stays empty, so
# the database is at its head.
#
# PostgreSQL: 127.0.0.1:5432 as user postgres; MySQL/MariaDB: 127.0.0.1:3306
# as root. Each run makes its own database and drops it.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
sizes="${N:-100 1000}"
dialects="${DIALECTS:-postgres sqlite}"
runs="${RUNS:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GOFLAGS=-mod=mod GOPROXY=off

(cd "$repo" && go build -o "$work/autogen" ./cmd/autogen && go build -o "$work/synthgen" ./internal/synth/synthgen)

# measure SCRIPT: one warm-up run, then $runs timed runs; prints
# "median min max peakMB" (peak RSS over the runs).
measure() {
  "$1" >/dev/null 2>&1 || true
  : >"$work/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -a -o "$work/times" -f '%e %M' "$1" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
  done
  sort -n "$work/times" | awk '{t[NR]=$1; if ($2>m) m=$2} END {printf "%.2f %.2f %.2f %.0f\n", t[int((NR+1)/2)], t[1], t[NR], m/1024}'
}

load() { # dialect name sqlfile
  case "$1" in
    postgres) psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -f "$3" "$2" >/dev/null ;;
    mysql)    mysql -h 127.0.0.1 -u root "$2" <"$3" ;;
    sqlite)   { echo 'BEGIN;'; cat "$3"; echo 'COMMIT;'; } | sqlite3 "$work/$2.db" ;;
  esac
}
newdb() { # dialect name -> URL
  case "$1" in
    postgres) psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $2" postgres >/dev/null
              echo "postgres://postgres@127.0.0.1:5432/$2?sslmode=disable" ;;
    mysql)    mysql -h 127.0.0.1 -u root -e "CREATE DATABASE $2"
              echo "mysql://root@127.0.0.1:3306/$2" ;;
    sqlite)   echo "sqlite://$work/$2.db" ;;
  esac
}
dropdb() {
  case "$1" in
    postgres) psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $2 WITH (FORCE)" postgres >/dev/null ;;
    mysql)    mysql -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $2" ;;
  esac
}

printf '| N | dialect | check: median s (min-max) | check: peak MB | revision, 1%% changed: median s (min-max) | revision: peak MB |\n|---|---|---|---|---|---|\n'
for n in $sizes; do
  for d in $dialects; do
    gen="$work/gen-$d-$n" name="autogen_bench_$$_${d}_$n"
    "$work/synthgen" -n "$n" -variant base -dir "$gen" -gosum "$repo/go.sum" -sql "$d"
    url="$(newdb "$d" "$name")"
    load "$d" "$name" "$gen/schema.$d.sql"
    mkdir -p "$gen/migrations"
    ag="$work/autogen"
    args="--models models --db $url --dir migrations"
    (cd "$gen" && $ag check $args >/dev/null) || { echo "bench: the $d database made from the models is not in sync with them" >&2; exit 1; }
    printf '#!/bin/sh\ncd %s && exec %s check %s\n' "$gen" "$ag" "$args" >"$work/check.sh"
    printf '#!/bin/sh\ncd %s && rm -f migrations/0c0c0c0c0c0c_*.sql && exec %s revision --autogenerate -m change --rev-id 0c0c0c0c0c0c %s\n' "$gen" "$ag" "$args" >"$work/rev.sh"
    chmod +x "$work/check.sh" "$work/rev.sh"
    read -r cmed cmin cmax cmem < <(measure "$work/check.sh")
    "$work/synthgen" -n "$n" -variant changed -dir "$gen" -gosum "$repo/go.sum"
    read -r rmed rmin rmax rmem < <(measure "$work/rev.sh")
    printf '| %s | %s | %s (%s-%s) | %s | %s (%s-%s) | %s |\n' "$n" "$d" "$cmed" "$cmin" "$cmax" "$cmem" "$rmed" "$rmin" "$rmax" "$rmem"
    dropdb "$d" "$name"
  done
done
