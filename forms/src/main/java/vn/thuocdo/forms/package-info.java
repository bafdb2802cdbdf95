/** Methodology as versioned data: form definitions, their loader, validator and the pure rules that read them. */
package vn.thuocdo.forms;
