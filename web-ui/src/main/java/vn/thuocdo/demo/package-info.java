/** Demo data for the embedded default: a draft round for the current year, ready to launch. */
package vn.thuocdo.demo;
