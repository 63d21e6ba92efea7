# The two commands a fresh clone needs (see README.md).
.PHONY: demo test build

# demo runs the quick start end to end on embedded SQLite: no server needed.
demo:
	./scripts/demo.sh

# test runs every test: vet, unit tests, CLI scripts, on real PostgreSQL and SQLite.
test:
	./scripts/test.sh

build:
	go build -o bin/autogen ./cmd/autogen
