package vn.thuocdo.council;

import java.util.List;

/**
 * The council sent a round's results back: the appraisal of the named units is to be reopened, with the members'
 * comments. Published in the deciding transaction; the appraisal capability listens.
 */
public record CouncilSentBack(String roundId, List<String> unitIds, List<String> comments) {
}
