/** The web shell: security, sign-in, the main layout and navigation, language and error pages. */
package vn.thuocdo.web;
