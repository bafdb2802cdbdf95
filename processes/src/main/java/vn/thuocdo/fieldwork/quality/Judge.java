package vn.thuocdo.fieldwork.quality;

import java.util.List;

/** One quality rule ready to run: given the interviews judged, it adds a flag for each one it fires on. */
interface Judge {

    String ruleId();

    /** Adds its flags to {@code flags}, indexed like {@code interviews}; one pass, or one grouping, over the list. */
    void judge(List<InterviewFacts> interviews, Flags flags);
}
