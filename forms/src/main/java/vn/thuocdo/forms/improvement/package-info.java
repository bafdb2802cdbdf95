/** Which items a unit must plan to improve after a publication: the selection rule, as versioned data. */
package vn.thuocdo.forms.improvement;
