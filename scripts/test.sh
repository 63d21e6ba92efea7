#!/usr/bin/env bash
# Runs every test of autogen. The database tests need PostgreSQL at
# 127.0.0.1:5432 (user postgres, trust auth; AUTOGEN_TEST_POSTGRES overrides
# the URL). Outside CI they skip, saying so, when it is down; with CI=true
# they fail instead.
set -euo pipefail
cd "$(dirname "$0")/.."

# Fixtures under testdata/ may be malformed on purpose; the rest must be gofmt'ed.
unformatted=$(gofmt -l $(git ls-files '*.go' ':!:**/testdata/**' 2>/dev/null || find . -name '*.go' -not -path '*/testdata/*'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change:"; echo "$unformatted"; exit 1
fi
go vet ./...
go test -count=1 -timeout 15m "$@" ./...
