/** The partner API of the online survey: batches of final responses from partners' systems. */
package vn.thuocdo.survey.api;
