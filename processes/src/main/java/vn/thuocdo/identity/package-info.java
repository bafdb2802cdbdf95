/** Who acts: roles, the unit a person belongs to, and the workflow groups that follow from them. */
package vn.thuocdo.identity;
