package vn.thuocdo.shared;

import java.util.List;

/**
 * A request the domain refuses, and changed nothing for. {@code key} is a message-bundle key so that the person
 * who asked reads the reason in their own language (Vietnamese first).
 */
public class Rejected extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public Rejected(String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + List.of(args)));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
