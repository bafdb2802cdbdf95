/**
 * Notices to the people of a unit and role: kept in the application (shown on screen) and, where mail is
 * configured, sent by an adapter. Reminders and escalations of deadlines go through here.
 */
package vn.thuocdo.notification;
