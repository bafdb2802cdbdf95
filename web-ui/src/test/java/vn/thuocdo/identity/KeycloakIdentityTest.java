package vn.thuocdo.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.KeycloakApplicationTest;
import vn.thuocdo.testing.KeycloakServer;
import vn.thuocdo.testing.LenientCookies;
import vn.thuocdo.testing.TestActors;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in and API access against a real Keycloak with the product's realm. */
class KeycloakIdentityTest extends KeycloakApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger YEAR = new AtomicInteger(2070);

    @LocalServerPort int port;
    @Autowired AuditLog audit;
    @Autowired Rounds rounds;
    @Autowired vn.thuocdo.directory.Accounts accounts;
    @Autowired vn.thuocdo.units.Units units;
    @Autowired vn.thuocdo.testing.FieldworkScene fieldwork;
    @Autowired vn.thuocdo.fieldwork.FieldworkTeams teams;
    @Autowired vn.thuocdo.assessment.AppraisalAssignments appraisalAssignments;

    @Test
    void anOfficerSignsInThroughKeycloakWithTheirUnitAndRole() throws Exception {
        LenientCookies cookies = new LenientCookies();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> toKeycloak = browser.send(get(app("/oauth2/authorization/keycloak")), ofString());
        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        String authorize = toKeycloak.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(KeycloakServer.issuer() + "/protocol/openid-connect/auth");

        HttpResponse<String> loginPage = browser.send(get(authorize), ofString());
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=haiphong&password="
                        + URLEncoder.encode(KeycloakServer.OFFICER_PASSWORD, StandardCharsets.UTF_8))).build(), ofString());
        assertThat(back.statusCode()).isEqualTo(302);
        String callback = back.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(app("/login/oauth2/code/keycloak"));

        HttpResponse<String> signedIn = browser.send(get(callback), ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        HttpResponse<String> inbox = browser.send(get(app("/inbox")), ofString());
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(audit.recent(20)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("haiphong");
            assertThat(e.unitId()).isEqualTo("T34-31");
            assertThat(e.action()).isEqualTo("sign-in");
            assertThat(e.outcome()).isEqualTo(AuditLog.OK);
        });
    }

    @Test
    void anAccessTokenCarriesTheUnitAndRolesIntoTheApi() throws Exception {
        String officer = KeycloakServer.accessToken("haiphong", KeycloakServer.OFFICER_PASSWORD);
        JsonNode me = JSON.readTree(api("/api/v1/me", officer).body());
        assertThat(me.get("username").asText()).isEqualTo("haiphong");
        // The person's name from the token, not the username again.
        assertThat(me.get("displayName").asText()).isEqualTo("Chuyên viên Sở Nội vụ Hải Phòng");
        assertThat(me.get("unitId").asText()).isEqualTo("T34-31");
        assertThat(me.get("roles").toString()).isEqualTo("[\"provincial-officer\"]");
    }

    @Test
    void anOfficerCannotReadARoundsProgressButItsCoordinatorCan() throws Exception {
        Round round = rounds.launchNew(new NewRound(YEAR.getAndIncrement(), "Đợt thử Keycloak", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", LocalDate.now().plusDays(5)), TestActors.COORDINATOR);
        String officer = KeycloakServer.accessToken("haiphong", KeycloakServer.OFFICER_PASSWORD);
        HttpResponse<String> refused = api("/api/v1/rounds/" + round.id() + "/progress", officer);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("message").asText())
                .isEqualTo("Bạn không có quyền thực hiện thao tác này hoặc xem dữ liệu của đơn vị khác.");

        String coordinator = KeycloakServer.accessToken("dieuphoi", KeycloakServer.COORDINATOR_PASSWORD);
        HttpResponse<String> progress = api("/api/v1/rounds/" + round.id() + "/progress", coordinator);
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(progress.body()).get("units")).hasSize(2);

        JsonNode inbox = JSON.readTree(api("/api/v1/inbox?roundId=" + round.id(), officer).body());
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).get("unitId").asText()).isEqualTo("T34-31");
    }

    @Test
    void theRealmAcceptsTheApplicationsPublicAddressTheOperatorSet() throws Exception {
        JsonNode app = KeycloakServer.admin("GET", "/clients?clientId=" + KeycloakServer.CLIENT_ID, null).get(0);
        assertThat(app.get("redirectUris").toString()).contains(KeycloakServer.PUBLIC_URL + "/*");
        assertThat(app.get("rootUrl").asText()).isEqualTo(KeycloakServer.PUBLIC_URL);
        assertThat(app.get("attributes").get("post.logout.redirect.uris").asText())
                .startsWith(KeycloakServer.PUBLIC_URL + "/*");
    }

    @Test
    void aForgedTokenIsRefused() throws Exception {
        String token = KeycloakServer.accessToken("haiphong", KeycloakServer.OFFICER_PASSWORD);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("T34-31", "T34-01");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(api("/api/v1/me", forged).statusCode()).isEqualTo(401);
        assertThat(api("/api/v1/me", "not-a-token").statusCode()).isEqualTo(401);
        assertThat(api("/api/v1/me", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherRealmIsRefused() throws Exception {
        String master = KeycloakServer.token("master", "admin-cli", null, "admin", KeycloakServer.ADMIN_PASSWORD)
                .get("access_token").asText();
        assertThat(api("/api/v1/me", master).statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        KeycloakServer.admin("PUT", "", Map.of("accessTokenLifespan", 2));
        String shortLived;
        try {
            shortLived = KeycloakServer.accessToken("haiphong", KeycloakServer.OFFICER_PASSWORD);
        } finally {
            KeycloakServer.admin("PUT", "", Map.of("accessTokenLifespan", 300));
        }
        assertThat(api("/api/v1/me", shortLived).statusCode()).isEqualTo(200);
        Thread.sleep(3500);
        assertThat(api("/api/v1/me", shortLived).statusCode()).isEqualTo(401);
    }

    @Test
    void aPersonWithoutAUnitOrWithAnUnknownUnitActsForNobody() throws Exception {
        createUser("khongdonvi", null, List.of("provincial-officer"));
        JsonNode nobody = JSON.readTree(api("/api/v1/me", KeycloakServer.accessToken("khongdonvi", "Test-KhongDonVi-2026")).body());
        assertThat(nobody.get("unitId").asText()).isEqualTo("-");
        assertThat(nobody.get("roles")).isEmpty();

        // A code of the right shape that the unit register does not know.
        createUser("donvila", "T34-99", List.of("provincial-officer"));
        String stranger = KeycloakServer.accessToken("donvila", "Test-DonViLa-2026");
        JsonNode unknown = JSON.readTree(api("/api/v1/me", stranger).body());
        assertThat(unknown.get("unitId").asText()).isEqualTo("-");
        assertThat(unknown.get("roles")).isEmpty();
        assertThat(JSON.readTree(api("/api/v1/inbox", stranger).body())).isEmpty();
    }

    @Test
    void theCoordinatorCreatesMissingUnitGroupsAndInvitesAnOfficerIdempotently() throws Exception {
        var haiPhong = units.get("T34-31");
        var oldHaiPhong = units.get("T63-31");
        assertThat(accounts.unitsWithGroup(List.of(haiPhong, oldHaiPhong), TestActors.COORDINATOR))
                .containsExactly("T34-31");
        assertThat(accounts.createMissingGroups(List.of(haiPhong, oldHaiPhong), TestActors.COORDINATOR)).isEqualTo(1);
        assertThat(accounts.createMissingGroups(List.of(haiPhong, oldHaiPhong), TestActors.COORDINATOR)).isZero();
        assertThat(accounts.unitsWithGroup(List.of(haiPhong, oldHaiPhong), TestActors.COORDINATOR))
                .containsExactlyInAnyOrder("T34-31", "T63-31");

        var invitation = accounts.invite("tran.thi.b", "Trần Thị Bình", "binh@snv.haiphong.gov.vn", "T34-31",
                TestActors.COORDINATOR);
        assertThat(invitation.created()).isTrue();
        // The test realm has no mail server: the account exists, and the coordinator is told the mail did not go.
        assertThat(invitation.mailSent()).isFalse();
        assertThat(accounts.invite("tran.thi.b", "Trần Thị Bình", "binh@snv.haiphong.gov.vn", "T34-31",
                TestActors.COORDINATOR).created()).isFalse();
        JsonNode user = KeycloakServer.admin("GET", "/users?exact=true&username=tran.thi.b", null);
        assertThat(user).hasSize(1);
        assertThat(user.get(0).get("attributes").get("unitCode").get(0).asText()).isEqualTo("T34-31");
        assertThat(user.get(0).get("requiredActions").toString()).contains("UPDATE_PASSWORD");
        String id = user.get(0).get("id").asText();
        assertThat(KeycloakServer.admin("GET", "/users/" + id + "/role-mappings/realm", null).toString())
                .contains("provincial-officer");
        assertThat(KeycloakServer.admin("GET", "/users/" + id + "/groups", null).toString()).contains("Hải Phòng");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.invite("x", "A", "a@b.vn", "T34-31",
                TestActors.COORDINATOR)).isInstanceOfSatisfying(vn.thuocdo.shared.Rejected.class,
                e -> assertThat(e.key()).isEqualTo("accounts.badUsername"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.invite("hop.le", "A", "a@b.vn", "T34-31",
                TestActors.HAI_PHONG)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aBranchMemberIsInvitedAsAnAccountOfTheProvinceWithTheRoleOfTheirPlace() throws Exception {
        // A year of its own, far from the counter above: the fieldwork scene opens a national round.
        var team = fieldwork.setUp(2099);
        assertThat(teams.invitesAccounts()).isTrue();

        var invited = teams.inviteMember(TestActors.COORDINATOR, team.haiPhong().id(), "le.van.dieutra",
                "Lê Văn Điều Tra", "dieutra@buudien.haiphong.vn", vn.thuocdo.fieldwork.TeamRole.ENUMERATOR);
        assertThat(invited.created()).isTrue();
        assertThat(invited.mailSent()).isFalse();
        JsonNode user = KeycloakServer.admin("GET", "/users?exact=true&username=le.van.dieutra", null);
        assertThat(user).hasSize(1);
        assertThat(user.get(0).get("attributes").get("unitCode").get(0).asText()).isEqualTo("T34-31");
        String id = user.get(0).get("id").asText();
        assertThat(KeycloakServer.admin("GET", "/users/" + id + "/role-mappings/realm", null).toString())
                .contains("\"enumerator\"").doesNotContain("provincial-officer");
        assertThat(KeycloakServer.admin("GET", "/users/" + id + "/groups", null).toString()).contains("Hải Phòng");
        assertThat(teams.members(TestActors.COORDINATOR, team.haiPhong().id()))
                .anySatisfy(m -> assertThat(m.username()).isEqualTo("le.van.dieutra"));

        var supervisor = teams.inviteMember(TestActors.COORDINATOR, team.other().id(), "pham.giam.sat",
                "Phạm Giám Sát", "giamsat@mttq.vn", vn.thuocdo.fieldwork.TeamRole.SUPERVISOR);
        String supervisorId = KeycloakServer.admin("GET", "/users?exact=true&username=pham.giam.sat", null).get(0)
                .get("id").asText();
        assertThat(supervisor.created()).isTrue();
        assertThat(KeycloakServer.admin("GET", "/users/" + supervisorId + "/role-mappings/realm", null).toString())
                .contains("fieldwork-supervisor");

        // Already in a branch of the round: refused before any account is made, and nothing changes.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> teams.inviteMember(TestActors.COORDINATOR,
                        team.other().id(), "le.van.dieutra", "Lê Văn Điều Tra", "khac@mttq.vn",
                        vn.thuocdo.fieldwork.TeamRole.ENUMERATOR))
                .isInstanceOfSatisfying(vn.thuocdo.shared.Rejected.class,
                        e -> assertThat(e.key()).isEqualTo("fieldwork.memberElsewhere"));
        // A bad address: the directory refuses, and the member added first is taken back out with it.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> teams.inviteMember(TestActors.COORDINATOR,
                        team.haiPhong().id(), "vo.thi.moi", "Võ Thị Mới", "khong-phai-thu",
                        vn.thuocdo.fieldwork.TeamRole.ENUMERATOR))
                .isInstanceOfSatisfying(vn.thuocdo.shared.Rejected.class,
                        e -> assertThat(e.key()).isEqualTo("accounts.badEmail"));
        assertThat(KeycloakServer.admin("GET", "/users?exact=true&username=vo.thi.moi", null)).isEmpty();
        assertThat(teams.members(TestActors.COORDINATOR, team.haiPhong().id()))
                .noneSatisfy(m -> assertThat(m.username()).isEqualTo("vo.thi.moi"));
        // Roles that carry more than a branch's work are not the coordinator's to give.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.invite("hop.le", "A", "a@b.vn", "T34-31",
                        vn.thuocdo.identity.Role.APPRAISER, TestActors.COORDINATOR))
                .isInstanceOfSatisfying(vn.thuocdo.shared.Rejected.class,
                        e -> assertThat(e.key()).isEqualTo("accounts.roleNotInvitable"));
    }

    @Test
    void theCoordinatorIsOfferedTheOrganisersAppraisersFromKeycloakAndAssignsOneByUsername() throws Exception {
        createUser("tham.dinh.kc", "BO-BNV", List.of("appraiser"));
        joinGroup("tham.dinh.kc", "BO-BNV");
        // Not offered: an appraiser of another unit, and someone of the Ministry without the role.
        createUser("tham.dinh.hp", "T34-31", List.of("appraiser"));
        joinGroup("tham.dinh.hp", "T34-31");
        createUser("chuyen.vien.bnv", "BO-BNV", List.of("survey-statistician"));
        joinGroup("chuyen.vien.bnv", "BO-BNV");
        Round round = rounds.prepare(new NewRound(YEAR.getAndIncrement(), "Đợt thẩm định với Keycloak",
                RoundLevel.NATIONAL, List.of("T34-31", "T34-01"), "sampling-request@1",
                LocalDate.now().plusDays(10), 3), TestActors.COORDINATOR);

        assertThat(appraisalAssignments.candidates(TestActors.COORDINATOR, round.id()))
                .extracting(vn.thuocdo.directory.UnitDirectory.Person::username, vn.thuocdo.directory.UnitDirectory.Person::displayName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tham.dinh.kc", "tham.dinh.kc Thử"));

        appraisalAssignments.assign(TestActors.COORDINATOR, round.id(), "T34-31", "tham.dinh.kc");
        assertThat(appraisalAssignments.board(TestActors.COORDINATOR, round.id()))
                .filteredOn(u -> u.unitId().equals("T34-31")).singleElement()
                .satisfies(u -> assertThat(u.appraisers()).extracting(vn.thuocdo.assessment.AssignedAppraiser::displayName)
                        .containsExactly("tham.dinh.kc Thử"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> appraisalAssignments.assign(TestActors.COORDINATOR,
                        round.id(), "T34-01", "tham.dinh.hp"))
                .isInstanceOfSatisfying(vn.thuocdo.shared.Rejected.class,
                        e -> assertThat(e.key()).isEqualTo("assessment.notAnAppraiser"));
    }

    /** Puts a user in their unit's group, as an administrator does in Keycloak's console. */
    private static void joinGroup(String username, String unitCode) throws Exception {
        String id = KeycloakServer.admin("GET", "/users?exact=true&username=" + username, null).get(0).get("id").asText();
        String groupId = null;
        for (JsonNode group : KeycloakServer.admin("GET", "/groups?briefRepresentation=false&max=1000", null)) {
            if (group.path("attributes").path("unitCode").path(0).asText().equals(unitCode)) {
                groupId = group.get("id").asText();
            }
        }
        assertThat(groupId).as("the group of " + unitCode).isNotNull();
        KeycloakServer.admin("PUT", "/users/" + id + "/groups/" + groupId, null);
    }

    private static void createUser(String username, String unitCode, List<String> roles) throws Exception {
        String password = "Test-" + (username.equals("khongdonvi") ? "KhongDonVi" : "DonViLa") + "-2026";
        Map<String, Object> user = new java.util.HashMap<>(Map.of("username", username, "enabled", true,
                "firstName", "Thử", "lastName", username, "email", username + "@example.vn", "emailVerified", true,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))));
        if (unitCode != null) {
            user.put("attributes", Map.of("unitCode", List.of(unitCode)));
        }
        KeycloakServer.admin("POST", "/users", user);
        String id = KeycloakServer.admin("GET", "/users?exact=true&username=" + username, null).get(0).get("id").asText();
        List<Object> realmRoles = new java.util.ArrayList<>();
        for (String role : roles) {
            realmRoles.add(JSON.convertValue(KeycloakServer.admin("GET", "/roles/" + role, null), Map.class));
        }
        KeycloakServer.admin("POST", "/users/" + id + "/role-mappings/realm", realmRoles);
    }

    private HttpResponse<String> api(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app(path)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), ofString());
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).build();
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString();
    }
}
