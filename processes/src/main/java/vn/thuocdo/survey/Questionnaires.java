package vn.thuocdo.survey;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.QuestionnaireCatalogue;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.UploadLimits;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The questionnaire versions a round may pin: the shipped ones (forms/ on the classpath) and those imported from
 * XLSForm workbooks (table {@code questionnaire}). A version never changes once it exists: an id@version already
 * shipped or imported is refused, so a reference always means the same questions.
 */
@Service
public class Questionnaires {

    private static final Pattern REFERENCE = Pattern.compile("([a-z][a-z0-9-]{0,63})@([1-9][0-9]{0,8})");

    private final QuestionnaireCatalogue catalogue;
    private final QuestionnaireStore store;
    private final ObjectProvider<XlsForms> xlsForms;
    private final UploadLimits limits;
    private final AuditLog audit;
    private final Clock clock;
    /** Imported versions once parsed: immutable, so parsed once per reference. */
    private final Map<String, Questionnaire> parsed = new ConcurrentHashMap<>();

    Questionnaires(QuestionnaireStore store, ObjectProvider<XlsForms> xlsForms, UploadLimits limits, AuditLog audit, Clock clock) {
        this.catalogue = QuestionnaireCatalogue.load();
        this.store = store;
        this.xlsForms = xlsForms;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every version for this kind of respondent, shipped and imported, by id then newest version first. */
    @Transactional(readOnly = true)
    public List<QuestionnaireVersion> available(Questionnaire.Kind kind) {
        return versions().stream().filter(v -> v.kind() == kind).toList();
    }

    /** Every version, shipped and imported, by id then newest version first. */
    @Transactional(readOnly = true)
    public List<QuestionnaireVersion> versions() {
        List<QuestionnaireVersion> all = new ArrayList<>();
        Arrays.stream(Questionnaire.Kind.values()).flatMap(k -> catalogue.available(k).stream())
                .map(QuestionnaireVersions::shipped).forEach(all::add);
        store.all().forEach(s -> all.add(QuestionnaireVersions.imported(s, parse(s))));
        all.sort(Comparator.comparing(QuestionnaireVersion::id)
                .thenComparing(QuestionnaireVersion::version, Comparator.reverseOrder()));
        return all;
    }

    /** The questionnaire of a reference {@code id@version}, shipped or imported; empty for any other text. */
    @Transactional(readOnly = true)
    public Optional<Questionnaire> find(String reference) {
        if (reference == null || reference.length() > 80 || !REFERENCE.matcher(reference).matches()) {
            return Optional.empty();
        }
        Optional<Questionnaire> shipped = catalogue.find(reference);
        if (shipped.isPresent()) {
            return shipped;
        }
        Questionnaire known = parsed.get(reference);
        if (known != null) {
            return Optional.of(known);
        }
        int at = reference.indexOf('@');
        return store.find(reference.substring(0, at), Integer.parseInt(reference.substring(at + 1))).map(this::parse);
    }

    /** The version entry of a reference, as {@link #versions()} lists it. */
    @Transactional(readOnly = true)
    public Optional<QuestionnaireVersion> version(String reference) {
        return find(reference).flatMap(q -> versions().stream().filter(v -> v.reference().equals(reference))
                .findFirst());
    }

    /**
     * Imports an XLSForm workbook as a new version, all or nothing.
     *
     * @throws InvalidXlsForm listing every row to fix (unsupported types, columns, values, and whatever the
     *                        questionnaire's own rules refuse); {@link Rejected} {@code questionnaires.exists} when the
     *                        id@version is already shipped or imported
     */
    @Transactional
    public QuestionnaireVersion importXlsForm(InputStream in, long size, Actor actor) {
        requireCoordinator(actor);
        if (size > limits.maxBytes()) {
            throw new InvalidXlsForm(List.of(XlsFormError.ofFile("xlsform.tooLarge", limits.maxMegabytes())));
        }
        Questionnaire questionnaire = QuestionnaireVersions.validated(xlsForms().read(in));
        String reference = questionnaire.reference();
        if (catalogue.find(reference).isPresent() || store.exists(questionnaire.id(), questionnaire.version())) {
            throw new Rejected("questionnaires.exists", reference);
        }
        Stream.concat(catalogue.versions(questionnaire.id()).stream().map(q -> q.kind().name()),
                        store.kindsOf(questionnaire.id()).stream())
                .filter(kind -> !kind.equals(questionnaire.kind().name())).findFirst().ifPresent(kind -> {
                    throw new Rejected("questionnaires.kindChanged", questionnaire.id(), kind);
                });
        String json = questionnaire.toJson();
        String checksum = QuestionnaireVersions.sha256(json);
        int items = QuestionnaireVersions.items(questionnaire);
        try {
            store.insert(questionnaire.id(), questionnaire.version(), questionnaire.kind().name(),
                    cut(questionnaire.title().vi(), 500), json, checksum, items, actor.username(), actor.unitId(),
                    clock.instant());
        } catch (DuplicateKeyException raced) {
            throw new Rejected("questionnaires.exists", reference);
        }
        audit.remember(actor);
        audit.record(actor.username(), actor.unitId(), "questionnaire.import", reference,
                "sha256 " + checksum + ", " + items + " items");
        return store.find(questionnaire.id(), questionnaire.version())
                .map(s -> QuestionnaireVersions.imported(s, questionnaire)).orElseThrow();
    }

    /** The version as an XLSForm workbook, which {@link #importXlsForm} reads back into the same questionnaire. */
    @Transactional
    public byte[] exportXlsForm(String reference, Actor actor) {
        requireCoordinator(actor);
        Questionnaire questionnaire = find(reference)
                .orElseThrow(() -> new Rejected("questionnaires.unknown", cut(reference, 80)));
        audit.record(actor.username(), actor.unitId(), "questionnaire.export", reference, null);
        return xlsForms().write(QuestionnaireVersions.tree(questionnaire));
    }

    /**
     * Questionnaires are the ministry's methodology: any ministry coordinator may import a version (the role is held
     * in the coordinating unit, whichever organises the round), nobody else.
     */
    private static void requireCoordinator(Actor actor) {
        if (!actor.has(Role.MINISTRY_COORDINATOR)) {
            throw new AccessDenied(actor.username(), Role.MINISTRY_COORDINATOR.groupIn(actor.unitId()));
        }
    }

    /** The spreadsheet adapter lives in integrations: processes' own tests run without it. */
    private XlsForms xlsForms() {
        XlsForms adapter = xlsForms.getIfAvailable();
        if (adapter == null) {
            throw new IllegalStateException("No XLSForm adapter (XlsForms): the integrations module is missing");
        }
        return adapter;
    }

    private Questionnaire parse(QuestionnaireStore.Stored stored) {
        return parsed.computeIfAbsent(stored.id() + "@" + stored.version(),
                reference -> Questionnaire.parse(stored.definition()));
    }

    private static String cut(String text, int length) {
        return text == null ? "" : text.substring(0, Math.min(text.length(), length));
    }
}
