package vn.thuocdo.evidence;

import vn.thuocdo.identity.Actor;

/**
 * A port for capabilities that give more people the right to read a unit's evidence: the appraisal capability
 * declares a bean that allows the appraisers assigned to that unit, the council one its members when they review.
 * Any one bean allowing is enough; none can allow attaching or withdrawing. Without such a bean only the unit's own
 * officers and leader and the round organiser's coordinators read.
 */
public interface EvidenceReaders {

    boolean mayRead(Actor actor, String roundId, String unitId);
}
