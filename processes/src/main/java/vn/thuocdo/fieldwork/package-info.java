/** In-person fieldwork of a round: partner branches and their people, assignments, interviews and their review. */
package vn.thuocdo.fieldwork;
