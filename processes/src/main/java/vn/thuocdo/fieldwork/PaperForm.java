package vn.thuocdo.fieldwork;

import java.time.Instant;

/**
 * A paper form drawn for its second entry, as the person who types it again sees it: the household it is about and
 * who typed it first, never the first answers. {@code questionnaire} is the version to type it into.
 */
public record PaperForm(String interviewId, String roundId, long slot, String communeName, String villageName,
                        Integer drawOrder, String firstTypist, String questionnaire, Instant completedAt) {
}
