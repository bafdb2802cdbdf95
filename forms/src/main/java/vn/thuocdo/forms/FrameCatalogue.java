package vn.thuocdo.forms;


import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every frame template the product knows, listed in {@code forms/frames.json} and validated on load like the forms:
 * a broken template stops the start instead of refusing every upload.
 */
public final class FrameCatalogue {

    private static final String INDEX = "forms/frames.json";
    /** Excel's own limit on a sheet name. */
    private static final int MAX_SHEET_NAME = 31;

    private final Map<String, FrameDefinition> byReference;

    private FrameCatalogue(Map<String, FrameDefinition> byReference) {
        this.byReference = byReference;
    }

    public static FrameCatalogue load() {
        return load(FrameCatalogue.class.getClassLoader(), INDEX);
    }

    static FrameCatalogue load(ClassLoader loader, String index) {
        return new FrameCatalogue(Definitions.load(loader, index, "frames", FrameDefinition.class,
                FrameCatalogue::validate, FrameDefinition::reference));
    }

    static void validate(String path, FrameDefinition frame) {
        if (frame.id() == null || !frame.id().matches("[a-z][a-z0-9-]*")) {
            throw new DefinitionInvalid(path + ": id must be lower-case words joined by '-', was " + frame.id());
        }
        if (frame.version() < 1) {
            throw new DefinitionInvalid(path + ": version must be 1 or more");
        }
        if (frame.title() == null || frame.columns() == null || frame.columns().isEmpty()) {
            throw new DefinitionInvalid(path + ": a frame needs a title and at least one column");
        }
        if (frame.sheet() == null || frame.sheet().isBlank() || frame.sheet().length() > MAX_SHEET_NAME) {
            throw new DefinitionInvalid(path + ": sheet must be a name of 1 to " + MAX_SHEET_NAME + " characters");
        }
        Set<String> keys = new HashSet<>();
        Set<String> headers = new HashSet<>();
        for (FrameColumn column : frame.columns()) {
            String where = path + ": column " + column.key();
            if (column.key() == null || !column.key().matches("[a-z][a-zA-Z0-9]*")) {
                throw new DefinitionInvalid(where + ": key must be camelCase letters and digits");
            }
            if (!keys.add(column.key())) {
                throw new DefinitionInvalid(where + " appears twice");
            }
            if (column.type() == null || column.header() == null || column.header().isBlank()) {
                throw new DefinitionInvalid(where + ": type and header are required");
            }
            if (!headers.add(column.header().strip())) {
                throw new DefinitionInvalid(where + ": header '" + column.header() + "' appears twice");
            }
            if (column.min() != null && column.type() != FrameColumnType.INTEGER) {
                throw new DefinitionInvalid(where + ": min applies to INTEGER columns only");
            }
            if ((column.digits() != null) != (column.type() == FrameColumnType.CODE)
                    || column.digits() != null && (column.digits() < 1 || column.digits() > 18)) {
                throw new DefinitionInvalid(where + ": a CODE column needs digits (1-18), other columns none");
            }
            if (column.maxLength() != null && column.type() != FrameColumnType.TEXT) {
                throw new DefinitionInvalid(where + ": maxLength applies to TEXT columns only");
            }
        }
        if (frame.uniqueBy() == null || frame.uniqueBy().isEmpty() || !keys.containsAll(frame.uniqueBy())) {
            throw new DefinitionInvalid(path + ": uniqueBy must name columns of the frame");
        }
        if (frame.instructions() == null || frame.instructions().isEmpty()) {
            throw new DefinitionInvalid(path + ": the template needs instructions for the people who fill it in");
        }
    }

    public Optional<FrameDefinition> find(String reference) {
        return Optional.ofNullable(byReference.get(reference));
    }

    public FrameDefinition get(String reference) {
        return find(reference).orElseThrow(() -> new DefinitionInvalid("No frame definition " + reference));
    }

    /** The newest version of a frame: the one new uploads follow. */
    public FrameDefinition latest(String id) {
        return byReference.values().stream().filter(f -> f.id().equals(id))
                .max(Comparator.comparingInt(FrameDefinition::version))
                .orElseThrow(() -> new DefinitionInvalid("No frame definition " + id));
    }

}
