package hazard_test

import _ "github.com/autogen-dev/autogen/internal/drivers"
