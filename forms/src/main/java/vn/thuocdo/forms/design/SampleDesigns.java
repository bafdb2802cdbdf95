package vn.thuocdo.forms.design;

import vn.thuocdo.forms.DefinitionInvalid;
import vn.thuocdo.forms.Definitions;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.QuestionnaireCatalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every sample design the product ships, listed in {@code forms/designs.json}, read strictly and validated on
 * load: a broken design stops the start rather than a coordinator's draw.
 */
public final class SampleDesigns {

    private static final String INDEX = "forms/designs.json";

    private final Map<String, SampleDesign> byReference;

    private SampleDesigns(Map<String, SampleDesign> byReference) {
        this.byReference = byReference;
    }

    public static SampleDesigns load() {
        return load(SampleDesigns.class.getClassLoader(), INDEX);
    }

    static SampleDesigns load(ClassLoader loader, String index) {
        // The shipped questionnaires, so that a fieldwork block's questions and sections are checked on load too.
        QuestionnaireCatalogue questionnaires = QuestionnaireCatalogue.load();
        return new SampleDesigns(Definitions.load(loader, index, "designs", SampleDesign.class,
                (path, design) -> validate(path, design, questionnaires::find), SampleDesign::reference));
    }

    /**
     * Refuses a design with every reason at once, each prefixed by where it came from. The fieldwork block's
     * questions are not checked here (no questionnaires at hand): the load and the rules' users do it.
     */
    public static void validate(String path, SampleDesign design) {
        validate(path, design, null);
    }

    /**
     * As {@link #validate(String, SampleDesign)}, and also checks the fieldwork block against the questionnaire it
     * names, looked up by reference; a named questionnaire that cannot be found is a reason too.
     */
    public static void validate(String path, SampleDesign design,
                                Function<String, Optional<Questionnaire>> questionnaires) {
        List<String> reasons = DesignRules.check(design);
        FieldworkRules fieldwork = design.fieldwork();
        if (reasons.isEmpty() && questionnaires != null && fieldwork != null && fieldwork.questionnaire() != null) {
            questionnaires.apply(fieldwork.questionnaire()).ifPresentOrElse(
                    q -> reasons.addAll(fieldwork.problemsWith(q)),
                    () -> reasons.add("fieldwork: questionnaire " + fieldwork.questionnaire() + " is not shipped"));
        }
        if (!reasons.isEmpty()) {
            throw new DefinitionInvalid(path + ": " + String.join("; ", reasons));
        }
    }

    public List<SampleDesign> all() {
        return byReference.values().stream()
                .sorted(Comparator.comparing(SampleDesign::id).thenComparingInt(SampleDesign::version)).toList();
    }

    public Optional<SampleDesign> find(String reference) {
        return Optional.ofNullable(byReference.get(reference));
    }

    public SampleDesign get(String reference) {
        return find(reference).orElseThrow(() -> new DefinitionInvalid("No sample design " + reference));
    }

    /** The newest version of a design. */
    public SampleDesign latest(String id) {
        return byReference.values().stream().filter(d -> d.id().equals(id))
                .max(Comparator.comparingInt(SampleDesign::version))
                .orElseThrow(() -> new DefinitionInvalid("No sample design " + id));
    }
}
