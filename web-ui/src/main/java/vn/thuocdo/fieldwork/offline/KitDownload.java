package vn.thuocdo.fieldwork.offline;

import org.springframework.stereotype.Component;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.FieldworkRound;
import vn.thuocdo.fieldwork.Household;
import vn.thuocdo.fieldwork.InterviewSlot;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.ReviewComment;
import vn.thuocdo.fieldwork.Village;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.web.Messages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a device takes away for a round: the enumerator's villages and households as their list shows them (with
 * the replacement rule in words, and a sent-back interview's comments and reason), and the round's pinned
 * questionnaire with its expressions compiled to trees ({@link QuestionnaireExport}).
 */
@Component
class KitDownload {

    private final Assignments assignments;
    private final Interviews interviews;
    private final Questionnaires questionnaires;
    private final Clock clock;

    KitDownload(Assignments assignments, Interviews interviews, Questionnaires questionnaires, Clock clock) {
        this.assignments = assignments;
        this.interviews = interviews;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    List<FieldworkRound> rounds(Actor actor) {
        return assignments.roundsOf(actor);
    }

    Map<String, Object> round(Actor actor, String roundId, Locale locale) {
        FieldworkRound round = assignments.roundsOf(actor).stream().filter(r -> r.id().equals(roundId)).findFirst()
                .orElseThrow(() -> new Rejected("offline.roundNotYours"));
        List<Village> villages = assignments.forEnumerator(actor, roundId);
        String reference = null;
        List<Map<String, Object>> places = new ArrayList<>();
        for (Village village : villages) {
            List<Map<String, Object>> households = new ArrayList<>();
            for (Household household : village.toVisit()) {
                if (!household.mine()) {
                    continue;
                }
                Map<String, Object> row = household(household, locale);
                // Only a household already begun needs its interview read: the id the device must keep using, and
                // a sent-back interview's comments.
                if (household.state() != null || reference == null) {
                    InterviewSlot slot = interviews.open(actor, household.slot());
                    reference = slot.questionnaire();
                    if (slot.interview() != null) {
                        row.put("interviewId", slot.interview().id());
                        row.put("answers", slot.interview().answers());
                        row.put("rejectionReason", slot.rejectionReason());
                        row.put("comments", slot.openComments().stream().map(KitDownload::comment).toList());
                    }
                }
                households.add(row);
            }
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("communeName", village.communeName());
            place.put("villageName", village.villageName());
            place.put("replacementRule", village.replacementRule() == null ? null : village.replacementRule().vi());
            place.put("households", households);
            place.put("replacements", village.replacements().stream().map(h -> household(h, locale)).toList());
            places.add(place);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("roundId", round.id());
        body.put("roundName", round.name());
        body.put("year", round.year());
        body.put("enumerator", actor.username());
        body.put("fetchedAt", clock.instant().toString());
        body.put("villages", places);
        body.put("questionnaire", reference == null ? null
                : QuestionnaireExport.of(questionnaires.find(reference).orElseThrow()));
        return body;
    }

    private static Map<String, Object> household(Household household, Locale locale) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("slot", household.slot());
        String which = household.replacementRank() != null
                ? Messages.text("fwenum.household.spare", List.of(household.replacementRank()), locale)
                : Messages.text("fwenum.household.selected",
                List.of(household.order() == null ? "" : household.order()), locale);
        row.put("label", which + " · " + where(household, locale));
        row.put("state", household.state() == null ? null : household.state().name());
        row.put("outcome", household.outcome() == null ? null : household.outcome().name());
        row.put("openComments", household.openComments());
        return row;
    }

    private static String where(Household household, Locale locale) {
        if (household.household() != null && !household.household().isBlank()) {
            return household.household();
        }
        if (household.position() != null) {
            return Messages.text("fwenum.household.position", List.of(household.position()), locale);
        }
        return Messages.text("fwenum.household.unknown", List.of(), locale);
    }

    private static Map<String, Object> comment(ReviewComment comment) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("questionId", comment.questionId());
        row.put("body", comment.body());
        return row;
    }
}
