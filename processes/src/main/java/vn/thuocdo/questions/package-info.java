/** Citizens' questions (hỏi - đáp) and feedback (góp ý) on the public site: asked, answered by staff, moderated. */
package vn.thuocdo.questions;
