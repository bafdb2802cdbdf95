/** The sign-in directory seen from a round: unit groups and officers' accounts, created idempotently and audited. */
package vn.thuocdo.directory;
