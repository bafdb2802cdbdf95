package vn.thuocdo.forms.design;

import vn.thuocdo.forms.design.QualityRule.SamePattern;
import vn.thuocdo.forms.design.QualityRule.ScaleGroup;
import vn.thuocdo.forms.design.QualityRule.StraightLining;
import vn.thuocdo.forms.design.QualityRule.TooFast;
import vn.thuocdo.forms.design.QualityRule.TooManyPerDay;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The fieldwork block's own checks (no questionnaire needed), one reason per problem, each saying where. */
final class FieldworkChecks {

    /** Bounds that keep a typo from flagging everything or nothing: a day is the longest minimum that means much. */
    static final int MAX_SECONDS = 86_400;
    static final int MAX_ITEMS = 1_000;
    static final int MAX_RULES = 50;
    static final int MAX_CODES = 20;
    static final int MAX_PER_DAY = 1_000;
    static final int MAX_MINIMUM_CALL_BACKS = 100;
    static final int MAX_MIN_INTERVIEWS = 100_000;
    private static final int MAX_ID = 64;
    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{0,31}");
    private static final Pattern REFERENCE = Pattern.compile("[a-z][a-z0-9-]{0,63}@[1-9][0-9]{0,5}");

    private FieldworkChecks() {
    }

    static void check(FieldworkRules f, List<String> reasons) {
        if (f.questionnaire() != null && !matches(REFERENCE, f.questionnaire())) {
            reasons.add("fieldwork: questionnaire must be a reference like sipas-citizen@1, was " + f.questionnaire());
        }
        callBacks(f.callBacks(), reasons);
        outcomes(f.outcomeCodes(), reasons);
        if (f.doubleEntry() != null) {
            share("fieldwork doubleEntry: ", f.doubleEntry().share(), reasons);
            if (f.doubleEntry().label() == null) {
                reasons.add("fieldwork doubleEntry: a label {vi, en} is required");
            }
        }
        if (f.qualityRules().size() > MAX_RULES) {
            reasons.add("fieldwork: at most " + MAX_RULES + " quality rules, were " + f.qualityRules().size());
            return;
        }
        Set<String> ids = new HashSet<>();
        for (QualityRule rule : f.qualityRules()) {
            if (rule == null) {
                reasons.add("fieldwork: a quality rule is empty");
                continue;
            }
            String where = "fieldwork rule " + bounded(rule.id()) + ": ";
            if (!matches(RULE_ID, rule.id())) {
                reasons.add("fieldwork: a rule id must be lower-case words joined by '-', was " + rule.id());
            } else if (!ids.add(rule.id())) {
                reasons.add(where + "id is used twice");
            }
            if (rule.label() == null) {
                reasons.add(where + "a label {vi, en} is required");
            }
            params(rule, where, reasons);
        }
    }

    private static void callBacks(CallBackRule c, List<String> reasons) {
        if (c == null) {
            reasons.add("fieldwork: callBacks {share, minimumPerEnumerator, questions} is required");
            return;
        }
        share("fieldwork callBacks: ", c.share(), reasons);
        between("fieldwork callBacks: minimumPerEnumerator", c.minimumPerEnumerator(), 0, MAX_MINIMUM_CALL_BACKS,
                reasons);
        unique("fieldwork callBacks: question", c.questions(), reasons);
    }

    private static void outcomes(List<OutcomeCode> codes, List<String> reasons) {
        if (codes == null || codes.isEmpty() || codes.size() > MAX_CODES) {
            reasons.add("fieldwork: outcomeCodes must list 1 to " + MAX_CODES + " codes, including "
                    + OutcomeCode.INTERVIEWED);
            return;
        }
        Set<String> seen = new HashSet<>();
        for (OutcomeCode o : codes) {
            if (o == null || !matches(CODE, o.code())) {
                reasons.add("fieldwork: an outcome code must be upper-case letters and '_', was "
                        + (o == null ? null : o.code()));
            } else if (!seen.add(o.code())) {
                reasons.add("fieldwork: outcome code " + o.code() + " is listed twice");
            } else if (o.label() == null) {
                reasons.add("fieldwork: outcome code " + o.code() + " needs a label {vi, en}");
            }
        }
        if (!seen.contains(OutcomeCode.INTERVIEWED)) {
            reasons.add("fieldwork: outcomeCodes must include " + OutcomeCode.INTERVIEWED);
        }
    }

    private static void params(QualityRule rule, String where, List<String> reasons) {
        if (rule instanceof TooFast t) {
            between(where + "minSeconds", t.minSeconds(), 1, MAX_SECONDS, reasons);
            for (Map.Entry<String, Integer> e : t.sectionMinimums().entrySet()) {
                between(where + "sectionMinimums." + bounded(e.getKey()), e.getValue(), 1, MAX_SECONDS, reasons);
            }
        } else if (rule instanceof StraightLining s) {
            group(s, where, reasons);
            between(where + "minItems", s.minItems(), 2, MAX_ITEMS, reasons);
        } else if (rule instanceof SamePattern p) {
            group(p, where, reasons);
            share(where, p.share(), reasons);
            between(where + "minInterviews", p.minInterviews(), 2, MAX_MIN_INTERVIEWS, reasons);
        } else if (rule instanceof TooManyPerDay d) {
            between(where + "maxPerDay", d.maxPerDay(), 1, MAX_PER_DAY, reasons);
        }
        // OUTSIDE_AREA and OUTSIDE_WINDOW have no parameters: the assignment and the round's window are theirs.
    }

    private static void group(ScaleGroup g, String where, List<String> reasons) {
        if (g.sections().isEmpty() && g.questions().isEmpty()) {
            reasons.add(where + "name the scale questions: sections, questions or both");
        }
        unique(where + "section", g.sections(), reasons);
        unique(where + "question", g.questions(), reasons);
    }

    private static void share(String where, BigDecimal share, List<String> reasons) {
        if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            reasons.add(where + "share must be above 0 and at most 1, was "
                    + (share == null ? null : share.toPlainString()));
        }
    }

    private static void between(String what, Integer value, int min, int max, List<String> reasons) {
        if (value == null || value < min || value > max) {
            reasons.add(what + " must be " + min + " to " + max + ", was " + value);
        }
    }

    private static void unique(String what, List<String> ids, List<String> reasons) {
        if (ids.size() > MAX_ITEMS) {
            reasons.add(what + "s: at most " + MAX_ITEMS + ", were " + ids.size());
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank() || id.length() > MAX_ID) {
                reasons.add(what + " ids must be 1 to " + MAX_ID + " characters, was " + bounded(id));
            } else if (!seen.add(id)) {
                reasons.add(what + " " + id + " is listed twice");
            }
        }
    }

    private static boolean matches(Pattern pattern, String text) {
        return text != null && text.length() <= MAX_ID + 8 && pattern.matcher(text).matches();
    }

    /** A value echoed in a reason, cut so a pasted page does not become the message. */
    static String bounded(String text) {
        return text == null || text.length() <= MAX_ID ? text : text.substring(0, MAX_ID) + "…";
    }
}
