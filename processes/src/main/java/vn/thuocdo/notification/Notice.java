package vn.thuocdo.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notice for everyone holding {@code role} in {@code unitId}. {@code key} and {@code args} are a message-bundle
 * entry, so each reader sees it in their own language; {@code link} is the route that acts on it.
 */
public record Notice(long id, Instant at, String unitId, String role, String key, List<String> args, String link) {
}
