package vn.thuocdo.fieldwork.offline;

import com.fasterxml.jackson.databind.JsonNode;
import vn.thuocdo.fieldwork.Paradata;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A device's interview as sent: read from the JSON tree field by field, each field bounded before it is read, so
 * every fault of the frame is named at once ({@link Problem}) and nothing reaches the core half-read. The answers
 * themselves are the questionnaire's to judge (in {@code Interviews}); here they are only taken as texts, numbers
 * or lists of keys.
 */
record SentInterview(long slot, boolean finished, Map<String, Object> answers, Paradata paradata) {

    static final int MAX_ANSWERS = 2_000;
    static final int MAX_KEYS = 500;
    static final int MAX_VALUE = 100_000;
    static final int MAX_INSTANT = 40;

    /** A field of the body that cannot be read: its key in the body and the bundle's key for why. */
    record Problem(String field, String key) {
    }

    static final class Unreadable extends RuntimeException {
        final List<Problem> problems;

        Unreadable(List<Problem> problems) {
            super("unreadable interview", null, false, false);
            this.problems = List.copyOf(problems);
        }
    }

    static SentInterview read(JsonNode body) {
        List<Problem> problems = new ArrayList<>();
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw new Unreadable(List.of(new Problem(null, "api.bodyMissing")));
        }
        if (!body.isObject()) {
            throw new Unreadable(List.of(new Problem(null, "api.bodyNotObject")));
        }
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!List.of("slot", "send", "answers", "paradata").contains(name)) {
                problems.add(new Problem(name.length() > 64 ? name.substring(0, 63) + "…" : name, "offline.unknownField"));
            }
        }
        JsonNode slotNode = body.get("slot");
        long slot = 0;
        if (slotNode == null || !slotNode.isIntegralNumber() || !slotNode.canConvertToLong() || slotNode.asLong() < 1) {
            problems.add(new Problem("slot", "offline.slotInvalid"));
        } else {
            slot = slotNode.asLong();
        }
        JsonNode send = body.get("send");
        boolean finished = false;
        if (send == null || !send.isTextual() || !(send.asText().equals("DRAFT") || send.asText().equals("FINAL"))) {
            problems.add(new Problem("send", "offline.sendInvalid"));
        } else {
            finished = send.asText().equals("FINAL");
        }
        Map<String, Object> answers = answers(body.get("answers"), problems);
        Paradata paradata = paradata(body.get("paradata"), problems);
        if (!problems.isEmpty()) {
            throw new Unreadable(problems);
        }
        return new SentInterview(slot, finished, answers, paradata);
    }

    private static Map<String, Object> answers(JsonNode node, List<Problem> problems) {
        if (node == null || !node.isObject() || node.size() > MAX_ANSWERS) {
            problems.add(new Problem("answers", "offline.answersInvalid"));
            return Map.of();
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        var fields = node.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                continue;
            }
            if (value.isTextual() && value.asText().length() <= MAX_VALUE) {
                answers.put(entry.getKey(), value.asText());
            } else if (value.isNumber() && value.asText().length() <= 40) {
                answers.put(entry.getKey(), value.decimalValue());
            } else if (value.isArray() && value.size() <= MAX_KEYS && all(value)) {
                List<String> keys = new ArrayList<>();
                value.forEach(k -> keys.add(k.asText()));
                answers.put(entry.getKey(), keys);
            } else {
                problems.add(new Problem("answers", "offline.answersInvalid"));
                return Map.of();
            }
        }
        return answers;
    }

    private static boolean all(JsonNode keys) {
        for (JsonNode key : keys) {
            if (!key.isTextual() || key.asText().length() > 64) {
                return false;
            }
        }
        return true;
    }

    /** Paradata whole or not at all: a clock reading that is not an instant is the device's fault, not a detail. */
    private static Paradata paradata(JsonNode node, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return Paradata.NONE;
        }
        try {
            if (!node.isObject()) {
                throw new IllegalArgumentException();
            }
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                if (!List.of("startedAt", "endedAt", "sectionSeconds", "device").contains(names.next())) {
                    throw new IllegalArgumentException();
                }
            }
            Map<String, Integer> seconds = new LinkedHashMap<>();
            JsonNode sections = node.get("sectionSeconds");
            if (sections != null && !sections.isNull()) {
                if (!sections.isObject() || sections.size() > 100) {
                    throw new IllegalArgumentException();
                }
                var entries = sections.fields();
                while (entries.hasNext()) {
                    var entry = entries.next();
                    if (!entry.getValue().isIntegralNumber() || !entry.getValue().canConvertToInt()) {
                        throw new IllegalArgumentException();
                    }
                    seconds.put(entry.getKey(), entry.getValue().asInt());
                }
            }
            JsonNode device = node.get("device");
            if (device != null && !device.isNull() && !device.isTextual()) {
                throw new IllegalArgumentException();
            }
            return new Paradata(instant(node.get("startedAt")), instant(node.get("endedAt")), seconds,
                    device == null || device.isNull() ? null : device.asText());
        } catch (IllegalArgumentException | DateTimeParseException bad) {
            problems.add(new Problem("paradata", "offline.paradataInvalid"));
            return Paradata.NONE;
        }
    }

    private static Instant instant(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().length() > MAX_INSTANT) {
            throw new IllegalArgumentException();
        }
        return Instant.parse(node.asText());
    }
}
