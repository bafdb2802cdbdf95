/**
 * Demo data for the embedded default: a draft round for the current year, ready to launch; last year's round with
 * its frames approved, its survey waiting; next year's round with its fieldwork under way.
 */
package vn.thuocdo.demo;
