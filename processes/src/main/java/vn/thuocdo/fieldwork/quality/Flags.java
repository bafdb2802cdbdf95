package vn.thuocdo.fieldwork.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The flags of one check, kept by interview position so the report lists them in the order given. */
final class Flags {

    private final List<List<QualityFlag>> byInterview;
    private final List<InterviewFacts> interviews;

    Flags(List<InterviewFacts> interviews) {
        this.interviews = interviews;
        this.byInterview = new ArrayList<>(Collections.nCopies(interviews.size(), null));
    }

    void add(int index, String ruleId, String reasonKey, Object... args) {
        List<QualityFlag> flags = byInterview.get(index);
        if (flags == null) {
            flags = new ArrayList<>(2);
            byInterview.set(index, flags);
        }
        InterviewFacts interview = interviews.get(index);
        flags.add(new QualityFlag(interview.interviewId(), interview.enumerator(), ruleId, reasonKey, List.of(args)));
    }

    /** The flags of one interview, in rule order; empty when none fired. */
    List<QualityFlag> of(int index) {
        List<QualityFlag> flags = byInterview.get(index);
        return flags == null ? List.of() : flags;
    }
}
