package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import vn.thuocdo.fieldwork.Household;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.Outcome;
import vn.thuocdo.forms.VietnameseFormats;
import vn.thuocdo.web.Badges;

/**
 * A household slot in the enumerator's words: which household it is (its name on the village list, else its place
 * in the list), and how far it got, as a coloured badge. Shared by the list, the interview and the outcome dialog.
 */
final class HouseholdWords {

    private HouseholdWords() {
    }

    /** "Hộ số 3 · Nguyễn Văn An" or "Dự phòng 1 · hộ thứ 17 trong danh sách thôn". */
    static String label(Component in, Household household) {
        String which = household.replacementRank() != null
                ? in.getTranslation("fwenum.household.spare", household.replacementRank())
                : in.getTranslation("fwenum.household.selected", household.order() == null ? "" : household.order());
        return which + " · " + where(in, household);
    }

    /** Where to find the household: its name on the village's list, else its position counted along the village. */
    static String where(Component in, Household household) {
        if (household.household() != null && !household.household().isBlank()) {
            return household.household();
        }
        if (household.position() != null) {
            return in.getTranslation("fwenum.household.position", VietnameseFormats.number(household.position()));
        }
        return in.getTranslation("fwenum.household.unknown");
    }

    /** The state as a badge; a rejected interview says how many comments wait, a visit with no interview why. */
    static Span badge(Component in, Household household) {
        return badge(in, household.state(), household.outcome(), household.openComments());
    }

    static Span badge(Component in, InterviewState state, Outcome outcome, int comments) {
        Span badge;
        if (state == null) {
            badge = Badges.of(in.getTranslation("fwenum.state.none"), "neutral");
        } else if (state == InterviewState.REJECTED) {
            badge = Badges.of(in.getTranslation("fwenum.state.REJECTED", comments), "error");
        } else if (outcome != null && outcome != Outcome.INTERVIEWED && state == InterviewState.COMPLETED) {
            badge = Badges.of(in.getTranslation("fwenum.state.outcome", outcome(in, outcome)), "warning");
        } else {
            badge = Badges.of(in.getTranslation("fwenum.state." + state.name()), switch (state) {
                case DRAFT -> "info";
                default -> "success";
            });
        }
        badge.addClassName("td-fwenum-state");
        return badge;
    }

    static String outcome(Component in, Outcome outcome) {
        return in.getTranslation("fwenum.outcome." + outcome.name());
    }

    /** Done for the list's counts: completed in any way, reviewed or not, and not sent back. */
    static boolean done(Household household) {
        return household.state() != null && household.state() != InterviewState.DRAFT
                && household.state() != InterviewState.REJECTED;
    }
}
