package vn.thuocdo.indices.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parts of an estimate upload, each bounded and checked before anything is computed: the responses file (its
 * size; its content is the forms reader's), the optional definition (1,000,000 bytes of UTF-8 at most), the column
 * names (1 to 64 printable characters), the replicates and the seed (digits). Every faulty part is named in one
 * refusal. The parts were spooled to disk while they streamed, by the servlet container's multipart parser, which
 * stops a request over its ceiling as it arrives; the responses part is then held to {@code maxBytes}.
 */
record EstimateUpload(Part responses, String definition, String stratum, String cluster, String weight,
                      String domain, String replicates, String seed) {

    static final String RESPONSES = "responses";
    static final String DEFINITION = "definition";
    static final String STRATUM = "stratum";
    static final String CLUSTER = "cluster";
    static final String WEIGHT = "weight";
    static final String DOMAIN = "domain";
    static final String REPLICATES = "replicates";
    static final String SEED = "seed";
    static final Set<String> COLUMNS = Set.of(STRATUM, CLUSTER, WEIGHT, DOMAIN);
    static final Set<String> PARTS = Set.of(RESPONSES, DEFINITION, STRATUM, CLUSTER, WEIGHT, DOMAIN, REPLICATES, SEED);
    static final int MAX_COLUMN = 64;
    static final int MAX_DEFINITION_BYTES = 1_000_000;
    private static final int MAX_PARTS = 20;

    /** One part's fault: its name, the message key and arguments. */
    record Problem(String field, String key, List<Object> args) {
    }

    /** The upload refused: a status, a key for the whole, and the parts at fault. */
    static final class Refused extends RuntimeException {
        final HttpStatus status;
        final String key;
        final List<Object> args;
        final List<Problem> fields;

        Refused(HttpStatus status, String key, List<Object> args, List<Problem> fields) {
            super(key, null, false, false);
            this.status = status;
            this.key = key;
            this.args = args;
            this.fields = fields;
        }
    }

    /** Rank intervals are asked for with either replicates or a seed. */
    boolean wantsRanks() {
        return replicates != null || seed != null;
    }

    /** The column fields holding a column name (the forms reader refused it for two roles); all of them if none. */
    List<String> fieldsNamed(String column) {
        List<String> named = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        values.put(STRATUM, stratum);
        values.put(CLUSTER, cluster);
        values.put(WEIGHT, weight);
        values.put(DOMAIN, domain);
        values.forEach((field, value) -> {
            if (column.equals(value)) {
                named.add(field);
            }
        });
        return named.isEmpty() ? List.of(WEIGHT) : named;
    }

    static EstimateUpload read(HttpServletRequest request, long maxBytes) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new Refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "indices.multipartRequired", List.of(), List.of());
        }
        Collection<Part> parts;
        try {
            parts = request.getParts();
        } catch (IllegalStateException e) {
            if (sizeExceeded(e)) {
                throw tooLarge(maxBytes);
            }
            throw new Refused(HttpStatus.BAD_REQUEST, "indices.badMultipart", List.of(), List.of());
        } catch (IOException | ServletException | RuntimeException e) {
            throw new Refused(HttpStatus.BAD_REQUEST, "indices.badMultipart", List.of(), List.of());
        }
        if (parts.size() > MAX_PARTS) {
            throw new Refused(HttpStatus.BAD_REQUEST, "indices.badMultipart", List.of(), List.of());
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Part> byName = new HashMap<>();
        for (Part part : parts) {
            String name = part.getName() == null ? "" : part.getName();
            if (!PARTS.contains(name)) {
                String shown = name.length() > MAX_COLUMN ? name.substring(0, MAX_COLUMN) + "…" : name;
                problems.add(new Problem(shown.isEmpty() ? "?" : shown, "indices.unknownPart", List.of(shown)));
            } else if (byName.putIfAbsent(name, part) != null) {
                problems.add(new Problem(name, "indices.duplicatePart", List.of(name)));
            }
        }
        Part responses = byName.get(RESPONSES);
        if (responses == null) {
            problems.add(new Problem(RESPONSES, "indices.partMissing", List.of(RESPONSES)));
        } else if (responses.getSize() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (!byName.containsKey(WEIGHT)) {
            problems.add(new Problem(WEIGHT, "indices.partMissing", List.of(WEIGHT)));
        }
        Map<String, String> texts = new HashMap<>();
        for (String field : List.of(STRATUM, CLUSTER, WEIGHT, DOMAIN, REPLICATES, SEED, DEFINITION)) {
            Part part = byName.get(field);
            if (part == null) {
                continue;
            }
            int limit = field.equals(DEFINITION) ? MAX_DEFINITION_BYTES : MAX_COLUMN * 4;
            String text = text(part, limit);
            if (text == null) {
                problems.add(field.equals(DEFINITION)
                        ? new Problem(field, "indices.definitionTooLarge", List.of(MAX_DEFINITION_BYTES))
                        : new Problem(field, "indices.badText", List.of(field)));
                continue;
            }
            Problem problem = check(field, text);
            if (problem != null) {
                problems.add(problem);
            } else {
                texts.put(field, text);
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(HttpStatus.BAD_REQUEST, "indices.badUpload", List.of(), List.copyOf(problems));
        }
        return new EstimateUpload(responses, texts.get(DEFINITION), texts.get(STRATUM), texts.get(CLUSTER),
                texts.get(WEIGHT), texts.get(DOMAIN), texts.get(REPLICATES), texts.get(SEED));
    }

    private static Problem check(String field, String text) {
        if (COLUMNS.contains(field)) {
            boolean printable = !text.isBlank() && text.codePoints().count() <= MAX_COLUMN
                    && text.codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0xFEFF);
            return printable ? null : new Problem(field, "indices.badColumnName", List.of(field, MAX_COLUMN));
        }
        if (field.equals(REPLICATES)) {
            boolean ok = text.matches("[0-9]{1,6}") && Integer.parseInt(text) >= 1_000 && Integer.parseInt(text) <= 10_000;
            return ok ? null : new Problem(field, "indices.badReplicates", List.of());
        }
        if (field.equals(SEED)) {
            return text.matches("-?[0-9]{1,18}") ? null : new Problem(field, "indices.badSeed", List.of());
        }
        return null;
    }

    /** The part as strict UTF-8, or null when it is longer than the limit or not UTF-8. */
    private static String text(Part part, int limit) {
        if (part.getSize() > limit) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                return null;
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean sizeExceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("FileSizeLimitExceeded")
                    || name.equals("SizeException")) {
                return true;
            }
        }
        return false;
    }

    private static Refused tooLarge(long maxBytes) {
        return new Refused(HttpStatus.PAYLOAD_TOO_LARGE, "indices.uploadTooLarge", List.of(maxBytes), List.of());
    }
}
