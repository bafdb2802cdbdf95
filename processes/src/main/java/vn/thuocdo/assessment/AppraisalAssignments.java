package vn.thuocdo.assessment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.directory.UnitDirectory;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The coordinator's side of the appraisal: who may be assigned (the people with the appraiser role in the round's
 * organising unit, from the directory: built-in accounts or Keycloak), who is assigned to which unit, assigning
 * (one unit or many at once) and removing an assignment before the appraiser has set any value.
 */
@Service
public class AppraisalAssignments {

    /** The most units one bulk assignment takes: every province and ministry with room to spare. */
    public static final int MAX_BULK = 200;
    private static final int MAX_USERNAME = 100;

    private final Appraisals appraisals;
    private final AssessmentAccess access;
    private final AssessmentStore store;
    private final AssessmentOverviewStore overview;
    private final UnitDirectory directory;
    private final AuditLog audit;

    AppraisalAssignments(Appraisals appraisals, AssessmentAccess access, AssessmentStore store,
                         AssessmentOverviewStore overview, UnitDirectory directory, AuditLog audit) {
        this.appraisals = appraisals;
        this.access = access;
        this.store = store;
        this.overview = overview;
        this.directory = directory;
        this.audit = audit;
    }

    /** The people the coordinator may assign: the appraisers of the organising unit. */
    @Transactional(readOnly = true)
    public List<UnitDirectory.Person> candidates(Actor coordinator, String roundId) {
        AssessmentStore.RoundFacts round = access.round(roundId);
        access.requireCoordinator(coordinator, round);
        return directory.people(round.organiserUnitId(), Role.APPRAISER);
    }

    /** Every participating unit with its self-assessment's state and its appraisers, by unit id. */
    @Transactional(readOnly = true)
    public List<UnitAppraisal> board(Actor coordinator, String roundId) {
        access.requireCoordinator(coordinator, access.round(roundId));
        Map<String, AssessmentState> states = overview.rows(roundId).stream()
                .collect(Collectors.toMap(AssessmentOverviewStore.Row::unitId, AssessmentOverviewStore.Row::state));
        Map<String, List<AssignedAppraiser>> assigned = overview.assignments(roundId).stream()
                .collect(Collectors.groupingBy(AssessmentOverviewStore.Assignment::unitId,
                        Collectors.mapping(a -> new AssignedAppraiser(a.appraiser(),
                                a.name() != null ? a.name() : a.appraiser(), a.scored()), Collectors.toList())));
        return overview.participants(roundId).stream()
                .map(unit -> new UnitAppraisal(unit, states.get(unit), assigned.getOrDefault(unit, List.of())))
                .toList();
    }

    /**
     * Assigns the appraiser named by username to a unit: refused when they are not an appraiser of the organising
     * unit ({@code assessment.notAnAppraiser}) or belong to the unit ({@code assessment.ownUnit}).
     */
    @Transactional
    public void assign(Actor coordinator, String roundId, String unitId, String username) {
        appraisals.assign(coordinator, roundId, unitId, appraiser(coordinator, roundId, username));
    }

    /**
     * Assigns one appraiser to several units at once, all or nothing: one refusal (a unit outside the round, the
     * appraiser's own unit) and no unit is assigned.
     */
    @Transactional
    public void assignAll(Actor coordinator, String roundId, Set<String> unitIds, String username) {
        if (unitIds == null || unitIds.isEmpty()) {
            throw new Rejected("assessment.assign.noUnits");
        }
        if (unitIds.size() > MAX_BULK) {
            throw new Rejected("assessment.assign.tooMany", MAX_BULK);
        }
        Actor appraiser = appraiser(coordinator, roundId, username);
        for (String unitId : unitIds.stream().sorted().toList()) {
            appraisals.assign(coordinator, roundId, unitId, appraiser);
        }
    }

    /**
     * Removes an assignment, only while the appraiser has set no value of the unit ({@code assessment.hasScored}):
     * what they set stays theirs in the history.
     */
    @Transactional
    public void unassign(Actor coordinator, String roundId, String unitId, String username) {
        AssessmentStore.RoundFacts round = access.round(roundId);
        access.requireCoordinator(coordinator, round);
        if (unitId == null || username == null || username.length() > MAX_USERNAME
                || !store.assigned(roundId, unitId, username)) {
            throw new Rejected("assessment.notAssigned");
        }
        if (store.hasScored(roundId, unitId, username)) {
            throw new Rejected("assessment.hasScored", username);
        }
        store.unassign(roundId, unitId, username);
        audit.record(coordinator.username(), unitId, "appraiser-unassigned", roundId, username);
    }

    private Actor appraiser(Actor coordinator, String roundId, String username) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > MAX_USERNAME) {
            throw new Rejected("assessment.notAnAppraiser", name.isEmpty() ? "?" : name.substring(0,
                    Math.min(name.length(), MAX_USERNAME)));
        }
        AssessmentStore.RoundFacts round = access.round(roundId);
        Map<String, UnitDirectory.Person> people = candidates(coordinator, roundId).stream()
                .collect(Collectors.toMap(UnitDirectory.Person::username, Function.identity(), (a, b) -> a));
        UnitDirectory.Person person = people.get(name);
        if (person == null) {
            throw new Rejected("assessment.notAnAppraiser", name);
        }
        return new Actor(person.username(), person.displayName(), round.organiserUnitId(), Set.of(Role.APPRAISER));
    }
}
