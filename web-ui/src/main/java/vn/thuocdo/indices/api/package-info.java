/** The statisticians' upload: a responses CSV in, the estimates CSV of the estimate command out. */
package vn.thuocdo.indices.api;
