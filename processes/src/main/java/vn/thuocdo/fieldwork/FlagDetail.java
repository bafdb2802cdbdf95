package vn.thuocdo.fieldwork;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence of a flag as stored ({@code fieldwork_quality_flag.detail}, JSON): a message key and its figures,
 * e.g. {@code fieldwork.quality.tooFast} with "7,9" and "8,0", which a screen reads in the person's language.
 */
public record FlagDetail(String key, List<Object> args) {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX = 500;

    public FlagDetail {
        args = List.copyOf(args);
    }

    static FlagDetail of(String key, List<Object> args) {
        return new FlagDetail(key, args);
    }

    /** The JSON kept in the row; figures past the column's 500 characters are cut, never the key. */
    String json() {
        List<Object> kept = new ArrayList<>(args);
        while (true) {
            try {
                String json = JSON.writeValueAsString(new Stored(key, kept));
                if (json.length() <= MAX || kept.isEmpty()) {
                    return json;
                }
                kept.remove(kept.size() - 1);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A flag's figures are always JSON", e);
            }
        }
    }

    static FlagDetail read(String json) {
        try {
            Stored stored = JSON.readValue(json, Stored.class);
            return new FlagDetail(stored.key(), stored.args() == null ? List.of() : stored.args());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored flag's detail is always JSON", e);
        }
    }

    private record Stored(String key, List<Object> args) {
    }
}
