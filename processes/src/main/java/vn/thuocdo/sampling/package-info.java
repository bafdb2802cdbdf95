/**
 * The sampling request (stage 2 of the year): each unit supplies the information the ministry needs to draw the
 * survey sample; the coordinator approves it or returns it with a reason.
 */
package vn.thuocdo.sampling;
