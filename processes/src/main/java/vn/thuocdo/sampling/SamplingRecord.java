package vn.thuocdo.sampling;

import vn.thuocdo.forms.FormDefinition;
import vn.thuocdo.round.Round;

import java.util.List;

/**
 * One unit's sampling request read after the fact: what it submitted, where it stands, what the last return asked
 * for and its history. Read by the unit's officers after their task is gone, and by the round's coordinator.
 */
public record SamplingRecord(Round round, SamplingRequest request, FormDefinition form, List<ReturnNote> notes,
                             List<SamplingEvent> history) {
}
