package vn.thuocdo.fieldwork.ui;

import vn.thuocdo.fieldwork.DoubleEntries;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;

import java.util.List;
import java.util.Set;

/** The rounds a fieldworker chooses from: those they see and are a member of a branch in, newest first. */
final class FieldworkRounds {

    private FieldworkRounds() {
    }

    static List<Round> of(Rounds rounds, DoubleEntries entries, Actor actor) {
        Set<String> member = Set.copyOf(entries.roundsOf(actor));
        return rounds.visibleTo(actor).stream().filter(r -> member.contains(r.id()))
                .sorted((a, b) -> Integer.compare(b.year(), a.year())).toList();
    }
}
