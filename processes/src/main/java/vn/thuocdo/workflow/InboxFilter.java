package vn.thuocdo.workflow;

/** Narrows an inbox to one round and/or one unit; null means any. */
public record InboxFilter(String roundId, String unitId) {

    public static final InboxFilter ALL = new InboxFilter(null, null);
}
