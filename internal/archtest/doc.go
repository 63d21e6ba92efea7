// Package archtest holds the tests that enforce the direction of data flow
// between autogen's packages, and that internal/catalogdump, the round
// trips' independent judge, imports only the standard library. It has no
// code of its own.
package archtest
