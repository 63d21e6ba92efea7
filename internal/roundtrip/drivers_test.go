package roundtrip

import _ "github.com/autogen-dev/autogen/internal/drivers"
