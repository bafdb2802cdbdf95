package vn.thuocdo.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;

import java.util.List;

/** Who the caller is, as every capability sees them: username, unit and roles. */
@RestController
class MeApi {

    private final CurrentActor currentActor;

    MeApi(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/me")
    Me me() {
        Actor actor = currentActor.get();
        return new Me(actor.username(), actor.displayName(), actor.unitId(),
                actor.roles().stream().map(Role::key).sorted().toList());
    }

    record Me(String username, String displayName, String unitId, List<String> roles) {
    }
}
