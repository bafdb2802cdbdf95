/** The annual evaluation round: preparing, launching and following a year's cycle over its participating units. */
package vn.thuocdo.round;
