package vn.thuocdo.fieldwork;

/** A round as fieldwork screens offer it: by its name, the newest year first. */
public record FieldworkRound(String id, int year, String name) {
}
