package vn.thuocdo.fieldwork;

/**
 * A household slot on an enumerator's list: the position to visit ({@code household} when the village had a list,
 * else counted from {@code randomStart} by {@code interval}), the rank for a replacement, and how far it got
 * ({@code state} null: not visited yet). {@code mine}: assigned to the enumerator reading the list;
 * {@code openComments}: a reviewer's comments still to be fixed when the interview came back rejected.
 */
public record Household(long slot, Integer order, Integer replacementRank, Long position, String household,
                        Double randomStart, Double interval, InterviewState state, Outcome outcome, int visits,
                        boolean mine, int openComments) {
}
