/** The public site's questions (hỏi - đáp) and feedback (góp ý) pages: published posts, the forms and their guard. */
package vn.thuocdo.questions.site;
