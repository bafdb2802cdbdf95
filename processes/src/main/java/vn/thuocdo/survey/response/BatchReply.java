package vn.thuocdo.survey.response;

import java.util.List;

/** A batch's reply: one outcome per item, in the order sent. */
public record BatchReply(List<ItemOutcome> items) {

    public long count(ItemOutcome.Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }
}
