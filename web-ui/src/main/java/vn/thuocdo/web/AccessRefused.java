package vn.thuocdo.web;

import vn.thuocdo.identity.Actor;

/**
 * A signed-in person was refused a URL ({@code action} {@code request}, {@code target} like
 * {@code GET /engine-rest/task}). Published, not recorded here: the audit capability listens, the web layer knows
 * no audit.
 */
public record AccessRefused(Actor actor, String action, String target, String detail) {
}
