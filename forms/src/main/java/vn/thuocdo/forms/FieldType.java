package vn.thuocdo.forms;

/** What a field holds; decides how it is entered and checked. */
public enum FieldType {
    TEXT, LONG_TEXT, INTEGER, EMAIL, PHONE
}
