/** The few types every capability speaks: a refusal with a message key, Vietnamese time, the limits of an upload. */
package vn.thuocdo.shared;
