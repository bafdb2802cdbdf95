package vn.thuocdo.forms.questionnaire;

import vn.thuocdo.forms.Text;

import java.util.List;
import java.util.Optional;

/**
 * How satisfaction items add up to an index: parts (policy, services) made of elements (access, procedures...);
 * every SATISFACTION question names its element.
 */
public record Grouping(List<Part> parts) {

    public Grouping {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A part of the index, e.g. the policy part or the public-service part. */
    public record Part(String key, Text label, List<Element> elements) {
        public Part {
            elements = elements == null ? List.of() : List.copyOf(elements);
        }
    }

    /** One element of a part, e.g. access to the service; its index is the mean of its items. */
    public record Element(String key, Text label) {
    }

    /** The element with this key and the part it belongs to. */
    public Optional<Part> partOf(String elementKey) {
        return parts.stream().filter(p -> p.elements().stream().anyMatch(e -> e.key().equals(elementKey))).findFirst();
    }
}
