package vn.thuocdo.forms.design;

import vn.thuocdo.forms.DefinitionInvalid;
import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.questionnaire.Questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * The in-person fieldwork part of a sample design (optional block {@code fieldwork}): the call-back share, the visit
 * outcome codes, the quality rules and the share of paper forms typed twice ({@code doubleEntry}, optional: without
 * it no paper form is typed again). {@code questionnaire} ({@code id@version}) names the questionnaire whose
 * questions and sections the rules refer to, so that the load can check them; without it they are checked when the
 * rules are applied to a questionnaire. Validated on load with the design.
 */
public record FieldworkRules(String questionnaire, Text description, CallBackRule callBacks,
                             List<OutcomeCode> outcomeCodes, List<QualityRule> qualityRules,
                             DoubleEntryRule doubleEntry) {

    public FieldworkRules {
        outcomeCodes = outcomeCodes == null ? null : List.copyOf(outcomeCodes);
        qualityRules = qualityRules == null ? List.of() : List.copyOf(qualityRules);
    }

    /** Rules without double entry of paper forms. */
    public FieldworkRules(String questionnaire, Text description, CallBackRule callBacks,
                          List<OutcomeCode> outcomeCodes, List<QualityRule> qualityRules) {
        this(questionnaire, description, callBacks, outcomeCodes, qualityRules, null);
    }

    /** The double entry of paper forms, when the design asks for it. */
    public Optional<DoubleEntryRule> doubleEntryRule() {
        return Optional.ofNullable(doubleEntry);
    }

    public Optional<OutcomeCode> outcome(String code) {
        return outcomeCodes.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    public Optional<QualityRule> rule(String id) {
        return qualityRules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** What in these rules does not fit the questionnaire (unknown questions or sections, non-scale items). */
    public List<String> problemsWith(Questionnaire q) {
        return FieldworkQuestions.check(this, q);
    }

    /** Refuses to apply these rules to a questionnaire they do not fit, with every reason. */
    public void requireFits(Questionnaire q) {
        List<String> reasons = problemsWith(q);
        if (!reasons.isEmpty()) {
            throw new DefinitionInvalid("fieldwork rules do not fit " + q.reference() + ": "
                    + String.join("; ", reasons));
        }
    }

    /** A scale rule's SATISFACTION questions in questionnaire order: its sections' items and the ones it names. */
    public List<String> scaleQuestions(QualityRule.ScaleGroup group, Questionnaire q) {
        return FieldworkQuestions.scaleQuestions(group, q);
    }
}
