/** The staff's screens for citizens' posts: the answer queue and the moderator's queue. */
package vn.thuocdo.questions.ui;
