/** Survey screens: the questionnaire renderer shared by preview, online survey and fieldwork, and the preview view. */
package vn.thuocdo.survey.ui;
