package vn.thuocdo.forms;

/** A methodology definition that cannot be used; the message names the file and what is wrong with it. */
public class DefinitionInvalid extends RuntimeException {

    public DefinitionInvalid(String message) {
        super(message);
    }

    public DefinitionInvalid(String message, Throwable cause) {
        super(message, cause);
    }
}
