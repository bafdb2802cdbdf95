/**
 * Administrative units (provinces, ministries) with their validity periods and the 63 to 34 crosswalk, and each
 * province's register of communes.
 */
package vn.thuocdo.units;
