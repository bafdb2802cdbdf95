package vn.thuocdo.fieldwork.quality;

import vn.thuocdo.forms.design.CallBackRule;
import vn.thuocdo.forms.design.FieldworkRules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The call-back draw (phúc tra): per enumerator, ceil(share × completed interviews), at least the design's minimum
 * when they have any, never more than they have. Each interview's place is the first 8 bytes (unsigned) of
 * SHA-256("{seed}\n{enumerator}\n{interview id}" in UTF-8), smallest first, ties by id: specified without a
 * generator, so it can be redrawn with any SHA-256 tool, and an interview's chance does not depend on the order
 * the list came in. Duplicates (the same id twice) count once; visits without an interview are not drawn.
 */
public final class CallBacks {

    // The places compare as unsigned numbers, as the SHA-256 bytes read: flipping the sign bit orders them so.
    private static final Comparator<Ranked> DRAW_ORDER = Comparator.<Ranked>comparingLong(r -> r.place ^ Long.MIN_VALUE)
            .thenComparing(Ranked::id);

    private CallBacks() {
    }

    public static CallBackDraw draw(FieldworkRules rules, long seed, List<InterviewFacts> completed) {
        CallBackRule rule = rules.callBacks();
        Map<String, List<InterviewFacts>> byEnumerator = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (InterviewFacts interview : completed) {
            if (interview.interviewed() && seen.add(interview.interviewId())) {
                byEnumerator.computeIfAbsent(interview.enumerator(), e -> new ArrayList<>()).add(interview);
            }
        }
        MessageDigest sha256 = sha256();
        List<CallBack> drawn = new ArrayList<>();
        byEnumerator.forEach((enumerator, interviews) -> {
            int n = interviews.size();
            int wanted = Math.min(n, Math.max(size(rule.share(), n), rule.minimumPerEnumerator()));
            List<Ranked> ranked = new ArrayList<>(n);
            for (InterviewFacts interview : interviews) {
                ranked.add(new Ranked(place(sha256, seed, enumerator, interview.interviewId()), interview.interviewId(),
                        interview));
            }
            ranked.sort(DRAW_ORDER);
            for (int i = 0; i < wanted; i++) {
                InterviewFacts interview = ranked.get(i).interview;
                drawn.add(new CallBack(interview.interviewId(), enumerator, interview.branch(), i + 1));
            }
        });
        return new CallBackDraw(seed, drawn);
    }

    /**
     * The draw made as interviews come in, one enumerator at a time: with {@code completed} their interviews so far
     * (ids, a repeat counts once) and {@code drawn} the ones already drawn, the interviews to draw now so that they
     * have as many as {@link #draw} would take of that many (ceil(share × n), at least the minimum), each the next
     * undrawn one by the same SHA-256 place. A call-back once drawn stays drawn, so the set can differ from one
     * {@link #draw} over the final list; given the order the interviews came in, it is reproducible all the same.
     */
    public static List<String> topUp(FieldworkRules rules, long seed, String enumerator, List<String> completed,
                                     Set<String> drawn) {
        CallBackRule rule = rules.callBacks();
        Set<String> all = new LinkedHashSet<>(completed);
        int n = all.size();
        int wanted = n == 0 ? 0 : Math.min(n, Math.max(size(rule.share(), n), rule.minimumPerEnumerator()));
        long already = all.stream().filter(drawn::contains).count();
        if (already >= wanted) {
            return List.of();
        }
        MessageDigest sha256 = sha256();
        List<Ranked> ranked = new ArrayList<>();
        for (String id : all) {
            if (!drawn.contains(id)) {
                ranked.add(new Ranked(place(sha256, seed, enumerator, id), id, null));
            }
        }
        ranked.sort(DRAW_ORDER);
        return ranked.subList(0, (int) (wanted - already)).stream().map(Ranked::id).toList();
    }

    /** ceil(share × n) in exact decimals: 0.1 × 30 is 3, where doubles would make it 3.0000000000000004 and so 4. */
    static int size(BigDecimal share, int n) {
        return share.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    private static long place(MessageDigest sha256, long seed, String enumerator, String interviewId) {
        byte[] digest = sha256.digest((seed + "\n" + enumerator + "\n" + interviewId).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest, 0, 8).getLong();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** An interview's place in the draw; {@code interview} is null when only its id is known. */
    private record Ranked(long place, String id, InterviewFacts interview) {
    }
}
