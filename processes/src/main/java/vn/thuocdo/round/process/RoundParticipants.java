package vn.thuocdo.round.process;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The multi-instance collection of {@code CallActivity_SamplingRequests}: read from the round, not kept as a
 * process variable, so no serialised Java list sits in the engine.
 */
@Component("roundParticipants")
public class RoundParticipants {

    private final JdbcClient db;

    RoundParticipants(JdbcClient db) {
        this.db = db;
    }

    public List<String> of(String roundId) {
        return db.sql("select unit_id from round_participant where round_id = ? order by unit_id")
                .param(roundId).query(String.class).list();
    }
}
