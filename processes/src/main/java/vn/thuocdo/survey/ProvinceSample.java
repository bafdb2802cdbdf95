package vn.thuocdo.survey;

import vn.thuocdo.round.Round;

import java.util.List;

/**
 * A province's own part of an approved sample: the communes and villages it must prepare for, with their
 * replacements. Never the households: {@code units} holds no household rows, by construction of the query.
 */
public record ProvinceSample(Round round, SampleVersion version, String unitId, List<SampleUnit> units) {
}
