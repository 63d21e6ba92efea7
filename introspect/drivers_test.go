package introspect

import _ "github.com/autogen-dev/autogen/internal/drivers" // database/sql drivers for the tests
