package vn.thuocdo.fieldwork;

import vn.thuocdo.forms.Text;

import java.util.List;

/** The checks of a round per enumerator, with the design's rules (id and label, in its order) to head the columns. */
public record ChecksReport(List<Rule> rules, List<EnumeratorChecks> enumerators) {

    public ChecksReport {
        rules = List.copyOf(rules);
        enumerators = List.copyOf(enumerators);
    }

    /** A rule of the design; {@code label} is null for the call-back's mismatch, which the screens name. */
    public record Rule(String id, Text label) {
    }
}
