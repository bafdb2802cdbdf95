package vn.thuocdo.council;

import vn.thuocdo.shared.Rejected;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The checks on a ballot, lengths bounded before anything else is looked at. */
final class Ballots {

    private Ballots() {
    }

    static Ballot check(Ballot ballot, List<String> participants) {
        if (ballot == null || ballot.choice() == null) {
            throw new Rejected("council.choiceRequired");
        }
        String comment = ballot.comment() == null ? "" : ballot.comment().strip();
        if (comment.length() > Ballot.MAX_COMMENT) {
            throw new Rejected("council.commentTooLong", Ballot.MAX_COMMENT);
        }
        if (ballot.unitIds().size() > participants.size()) {
            throw new Rejected("council.unknownUnit");
        }
        Set<String> units = new LinkedHashSet<>();
        for (String unit : ballot.unitIds()) {
            if (unit == null || unit.length() > 32 || !participants.contains(unit)) {
                throw new Rejected("council.unknownUnit");
            }
            units.add(unit);
        }
        if (ballot.choice() == Choice.APPROVE && !units.isEmpty()) {
            throw new Rejected("council.unitsOnlyWhenSendingBack");
        }
        if (ballot.choice() == Choice.SEND_BACK && units.isEmpty()) {
            throw new Rejected("council.unitsRequired");
        }
        if (ballot.choice() == Choice.SEND_BACK && comment.isEmpty()) {
            throw new Rejected("council.commentRequired");
        }
        return new Ballot(ballot.choice(), comment.isEmpty() ? null : comment, List.copyOf(units));
    }
}
