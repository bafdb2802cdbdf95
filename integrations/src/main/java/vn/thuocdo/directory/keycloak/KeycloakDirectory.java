package vn.thuocdo.directory.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import vn.thuocdo.directory.UnitDirectory;
import vn.thuocdo.units.Unit;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link UnitDirectory} on Keycloak's admin REST API, as the {@code thuocdo-provisioning} service account
 * (client credentials; realm-management roles to manage users and groups, nothing else).
 */
public class KeycloakDirectory implements UnitDirectory {

    private static final Logger log = LoggerFactory.getLogger(KeycloakDirectory.class);
    static final String UNIT_CODE = "unitCode";

    private final RestClient http = RestClient.create();
    private final String tokenUri;
    private final String admin;
    private final String clientId;
    private final String clientSecret;

    /** {@code issuer} is the realm's, e.g. {@code https://sso.example.vn/realms/thuocdo}. */
    public KeycloakDirectory(String issuer, String clientId, String clientSecret) {
        String trimmed = issuer.replaceAll("/+$", "");
        int realms = trimmed.lastIndexOf("/realms/");
        this.tokenUri = trimmed + "/protocol/openid-connect/token";
        this.admin = trimmed.substring(0, realms) + "/admin" + trimmed.substring(realms);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public boolean manageable() {
        return true;
    }

    @Override
    public Set<String> unitsWithGroup(Collection<Unit> units) {
        Set<String> existing = existingUnitCodes(token());
        Set<String> with = new HashSet<>();
        for (Unit unit : units) {
            if (existing.contains(unit.id())) {
                with.add(unit.id());
            }
        }
        return with;
    }

    @Override
    public int createMissingGroups(Collection<Unit> units) {
        String token = token();
        Set<String> existing = existingUnitCodes(token);
        int created = 0;
        for (Unit unit : units) {
            if (!existing.contains(unit.id())) {
                http.post().uri(admin + "/groups").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("name", unit.name() + " (" + unit.id() + ")",
                                "attributes", Map.of(UNIT_CODE, List.of(unit.id()))))
                        .retrieve().toBodilessEntity();
                created++;
            }
        }
        return created;
    }

    @Override
    public Invitation invite(NewAccount account) {
        String token = token();
        JsonNode found = http.get().uri(admin + "/users?exact=true&username={u}", account.username())
                .header("Authorization", "Bearer " + token).retrieve().body(JsonNode.class);
        if (found != null && found.size() > 0) {
            return new Invitation(account.username(), false, false);
        }
        createMissingGroups(List.of(account.unit()));
        int space = account.fullName().lastIndexOf(' ');
        http.post().uri(admin + "/users").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", account.username(), "email", account.email(), "enabled", true,
                        "firstName", space < 0 ? account.fullName() : account.fullName().substring(space + 1),
                        "lastName", space < 0 ? "" : account.fullName().substring(0, space),
                        "attributes", Map.of(UNIT_CODE, List.of(account.unit().id())),
                        "requiredActions", List.of("UPDATE_PASSWORD", "VERIFY_EMAIL")))
                .retrieve().toBodilessEntity();
        String userId = http.get().uri(admin + "/users?exact=true&username={u}", account.username())
                .header("Authorization", "Bearer " + token).retrieve().body(JsonNode.class).get(0).get("id").asText();
        JsonNode role = http.get().uri(admin + "/roles/{r}", account.role().key())
                .header("Authorization", "Bearer " + token).retrieve().body(JsonNode.class);
        http.post().uri(admin + "/users/{id}/role-mappings/realm", userId).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(List.of(role)).retrieve().toBodilessEntity();
        String groupId = groupOf(token, account.unit().id());
        http.put().uri(admin + "/users/{id}/groups/{g}", userId, groupId).header("Authorization", "Bearer " + token)
                .retrieve().toBodilessEntity();
        return new Invitation(account.username(), true, sendSetPasswordMail(token, userId));
    }

    @Override
    public List<String> emailsOf(String unitId, vn.thuocdo.identity.Role role) {
        String token = token();
        Set<String> withRole = new HashSet<>();
        for (JsonNode user : http.get().uri(admin + "/roles/{r}/users?max=10000", role.key())
                .header("Authorization", "Bearer " + token).retrieve().body(JsonNode.class)) {
            withRole.add(user.get("id").asText());
        }
        List<String> emails = new java.util.ArrayList<>();
        for (JsonNode member : http.get().uri(admin + "/groups/{g}/members?max=10000", groupOf(token, unitId))
                .header("Authorization", "Bearer " + token).retrieve().body(JsonNode.class)) {
            if (withRole.contains(member.get("id").asText()) && member.hasNonNull("email")
                    && member.path("enabled").asBoolean(true)) {
                emails.add(member.get("email").asText());
            }
        }
        return emails;
    }

    @Override
    public List<Person> people(String unitId, vn.thuocdo.identity.Role role) {
        String token = token();
        Set<String> withRole = new HashSet<>();
        for (JsonNode user : http.get().uri(admin + "/roles/{r}/users?max=10000", role.key())
                .header("Authorization", "Bearer " + token).retrieve().body(JsonNode.class)) {
            withRole.add(user.get("id").asText());
        }
        List<Person> people = new java.util.ArrayList<>();
        for (JsonNode member : http.get().uri(admin + "/groups/{g}/members?max=10000", groupOf(token, unitId))
                .header("Authorization", "Bearer " + token).retrieve().body(JsonNode.class)) {
            if (withRole.contains(member.get("id").asText()) && member.path("enabled").asBoolean(true)) {
                String name = (member.path("lastName").asText("") + " " + member.path("firstName").asText("")).strip();
                String username = member.get("username").asText();
                people.add(new Person(username, name.isEmpty() ? username : name));
            }
        }
        return people;
    }

    /** Keycloak sends the set-password and verify-e-mail link; without its SMTP settings it cannot. */
    private boolean sendSetPasswordMail(String token, String userId) {
        try {
            http.put().uri(admin + "/users/{id}/execute-actions-email", userId)
                    .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                    .body(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL")).retrieve().toBodilessEntity();
            return true;
        } catch (RestClientResponseException e) {
            log.warn("Keycloak could not send the invitation mail to user {}: {}", userId, e.getStatusCode());
            return false;
        }
    }

    private Set<String> existingUnitCodes(String token) {
        Set<String> codes = new HashSet<>();
        JsonNode groups = http.get().uri(admin + "/groups?briefRepresentation=false&max=1000")
                .header("Authorization", "Bearer " + token).retrieve().body(JsonNode.class);
        for (JsonNode group : groups) {
            JsonNode code = group.path("attributes").path(UNIT_CODE);
            if (code.isArray() && code.size() > 0) {
                codes.add(code.get(0).asText());
            }
        }
        return codes;
    }

    private String groupOf(String token, String unitId) {
        JsonNode groups = http.get().uri(admin + "/groups?briefRepresentation=false&max=1000")
                .header("Authorization", "Bearer " + token).retrieve().body(JsonNode.class);
        for (JsonNode group : groups) {
            JsonNode code = group.path("attributes").path(UNIT_CODE);
            if (code.isArray() && code.size() > 0 && unitId.equals(code.get(0).asText())) {
                return group.get("id").asText();
            }
        }
        throw new IllegalStateException("No group for unit " + unitId);
    }

    private String token() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        JsonNode response = http.post().uri(tokenUri).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().body(JsonNode.class);
        return response.get("access_token").asText();
    }
}
