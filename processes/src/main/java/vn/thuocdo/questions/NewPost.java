package vn.thuocdo.questions;

/** What the public form sent, raw: {@link CitizenPosts#submit} bounds and checks every field. */
public record NewPost(PostKind kind, String askerName, String askerEmail, String unitId, String body) {
}
