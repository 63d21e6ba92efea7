// Package dburl parses autogen's database URLs, names the dialect they select,
// opens them with the right database/sql driver and redacts passwords for
// messages.
//
// It is a leaf: it imports no other autogen package.
package dburl
