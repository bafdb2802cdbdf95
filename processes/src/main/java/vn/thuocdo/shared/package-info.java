/** The few types every capability speaks: a refusal with a message key, Vietnamese time. */
package vn.thuocdo.shared;
