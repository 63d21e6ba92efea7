// Package archtest holds the test that enforces the direction of data flow
// between autogen's packages. It has no code of its own.
package archtest
