/** Administrative units (provinces, ministries) with their validity periods and the 63 to 34 crosswalk. */
package vn.thuocdo.units;
