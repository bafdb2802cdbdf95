package vn.thuocdo.council.process;

import org.springframework.stereotype.Component;
import vn.thuocdo.council.CouncilSessions;

import java.util.List;

/**
 * The multi-instance collection of {@code Task_Vote}: read from the council, not kept as a process variable, so no
 * serialised Java list sits in the engine.
 */
@Component("councilVoters")
public class CouncilVoters {

    private final CouncilSessions sessions;

    CouncilVoters(CouncilSessions sessions) {
        this.sessions = sessions;
    }

    public List<String> of(String sessionId) {
        return sessions.voters(sessionId);
    }
}
