package scenarios

import "github.com/autogen-dev/autogen/internal/catalogdump"

// The harness reads databases through the independent oracle only.
type dumpOptions = catalogdump.Options

var dumpDB = catalogdump.Dump
