package vn.thuocdo.survey.invitation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issues invitation codes: one per selected household slot of the round's approved sample (the letters Vietnam
 * Post delivers, batched per commune), and one per official on a unit's list (the mailed links). Replacement slots
 * get no letter: they are for the enumerators, when a selected household cannot be interviewed.
 */
@Service
public class Invitations {

    private final InvitationStore store;
    private final InvitationKeys keys;
    private final Rounds rounds;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Invitations(InvitationStore store, InvitationKeys keys, Rounds rounds, JdbcTemplate jdbc, AuditLog audit,
                Clock clock) {
        this.store = store;
        this.keys = keys;
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The batch of a commune's letters: what a reissue replaces, and what Vietnam Post delivers together. */
    public static String letterBatch(String unitId, String communeCode) {
        return unitId + "/" + communeCode;
    }

    /**
     * Letters for one commune of a province, or the whole province ({@code communeCode} null), for the coordinator of
     * the round's organiser. Issuing a batch again voids its unanswered codes first, so only the newest letters
     * work; slots already answered get none. The codes are returned once, to be printed.
     */
    @Transactional
    public List<IssuedCode> issueLetters(String roundId, String unitId, String communeCode, Actor actor) {
        Round round = rounds.find(roundId, actor).orElseThrow(() -> new Rejected("round.notFound"));
        actor.require(Role.MINISTRY_COORDINATOR, round.organiserUnitId());
        String sampleId = jdbc.queryForList("select id from survey_sample where round_id = ? and state = 'APPROVED'",
                String.class, roundId).stream().findFirst()
                .orElseThrow(() -> new Rejected("invitation.noApprovedSample"));
        String questionnaire = jdbc.queryForObject("select citizen_questionnaire from survey_plan where round_id = ?",
                String.class, roundId);
        List<Object> params = new ArrayList<>(List.of(sampleId, unitId));
        String sql = "select id, commune_code, commune_name, village_name, household_position from survey_sample_unit"
                + " where sample_id = ? and unit_id = ? and stage = 'HOUSEHOLD' and draw_order is not null";
        if (communeCode != null) {
            sql += " and commune_code = ?";
            params.add(communeCode);
        }
        Map<String, List<Slot>> byBatch = new LinkedHashMap<>();
        jdbc.query(sql + " order by id", rs -> {
            Slot slot = new Slot(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
            byBatch.computeIfAbsent(letterBatch(unitId, slot.communeCode()), b -> new ArrayList<>()).add(slot);
        }, params.toArray());
        if (byBatch.isEmpty()) {
            throw new Rejected("invitation.noHouseholds");
        }
        List<NewInvitation> invitations = new ArrayList<>();
        List<InvitationCode> codes = new ArrayList<>();
        int voided = 0;
        for (Map.Entry<String, List<Slot>> batch : byBatch.entrySet()) {
            voided += store.voidBatch(roundId, batch.getKey());
            Set<Long> answered = store.answeredSlots(roundId, batch.getKey());
            for (Slot slot : batch.getValue()) {
                if (answered.contains(slot.id())) {
                    continue;
                }
                InvitationCode code = InvitationCode.generate(random);
                codes.add(code);
                invitations.add(new NewInvitation(roundId, InvitationKind.CITIZEN, questionnaire, keys.hash(code),
                        unitId, slot.communeCode(), slot.communeName(), slot.villageName(), slot.position(),
                        slot.id(), null, null, batch.getKey()));
            }
        }
        Instant now = clock.instant();
        List<Invitation> stored = store.insert(invitations, actor.username(), now);
        String target = roundId + "/" + (communeCode == null ? unitId : letterBatch(unitId, communeCode));
        if (voided > 0) {
            audit.record(actor.username(), actor.unitId(), "survey.invitations.reissue", target,
                    "voided=" + voided);
        }
        audit.record(actor.username(), actor.unitId(), "survey.invitations.issue", target,
                "letters=" + stored.size());
        List<IssuedCode> issued = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            issued.add(new IssuedCode(stored.get(i), codes.get(i)));
        }
        return issued;
    }

    /**
     * A personal link's code for an official on a unit's list, voiding an earlier unanswered one of theirs. Called
     * by the officials' survey, which has checked the list; the round's officials' questionnaire is asked.
     */
    @Transactional
    public IssuedCode issueOfficial(String roundId, String unitId, long officialId, String positionGroup,
                                    String issuedBy) {
        String questionnaire = jdbc.queryForList("select officials_questionnaire from survey_plan where round_id = ?",
                String.class, roundId).stream().findFirst()
                .orElseThrow(() -> new Rejected("invitation.noApprovedSample"));
        store.voidOfficial(officialId);
        InvitationCode code = InvitationCode.generate(random);
        Invitation invitation = store.insert(List.of(new NewInvitation(roundId, InvitationKind.OFFICIAL,
                questionnaire, keys.hash(code), unitId, null, null, null, null, null, officialId, positionGroup,
                "officials/" + unitId)), issuedBy, clock.instant()).get(0);
        return new IssuedCode(invitation, code);
    }

    private record Slot(long id, String communeCode, String communeName, String villageName, long position) {
    }
}
