package vn.thuocdo.forms;

import java.util.List;

/**
 * Why one answer was refused. {@code code} is a message key ({@code field.required}, {@code field.notInteger}...)
 * that the UI renders in the reader's language with the field's label first, then {@code args}.
 */
public record FieldError(String fieldKey, String code, List<Object> args) {
}
