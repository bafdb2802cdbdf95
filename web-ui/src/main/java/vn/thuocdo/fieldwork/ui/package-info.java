/** Fieldwork screens: the supervisors' and the ministry's (call-backs, quality flags, the quality report). */
package vn.thuocdo.fieldwork.ui;
