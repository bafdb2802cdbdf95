/** The inbox: every task waiting for the signed-in person, across processes, most urgent first. */
package vn.thuocdo.inbox;
