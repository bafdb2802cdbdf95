/** Indices (#13): SIPAS and PAR INDEX from the data, with confidence and rank intervals. */
package vn.thuocdo.indices;
