package vn.thuocdo.fieldwork;

/** A round whose fieldwork checks a person may read: offered by name in the screens' round select. */
public record ChecksRound(String id, int year, String name) {
}
