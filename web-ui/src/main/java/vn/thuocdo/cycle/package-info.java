/** The year's evaluation cycle as people see it: what each role will do, and when, before its stage opens. */
package vn.thuocdo.cycle;
