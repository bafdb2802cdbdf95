package vn.thuocdo.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The machines chain's answer to a refused URL: the shared JSON error under /api, a bare 403 elsewhere. */
class RefusedRequestsTest {

    private final List<Object> published = new ArrayList<>();
    private final RefusedRequests refusals = new RefusedRequests(published::add,
            new ApiRefusals(new ObjectMapper(), new ApiProperties(null, null)), null);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anApiRefusalIsTheSharedJsonErrorInVietnameseAndOnePublishedRefusal() throws Exception {
        signIn("haiphong", "T34-31");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/rounds/r1/progress");
        MockHttpServletResponse response = new MockHttpServletResponse();

        refusals.handle(request, response, new AccessDeniedException("no"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                "{\"error\":\"access.denied\",\"message\":\"Bạn không có quyền thực hiện thao tác này hoặc xem dữ liệu "
                        + "của đơn vị khác.\",\"fields\":[]}");
        assertThat(published).singleElement().isInstanceOfSatisfying(AccessRefused.class, refused -> {
            assertThat(refused.actor().username()).isEqualTo("haiphong");
            assertThat(refused.actor().unitId()).isEqualTo("T34-31");
            assertThat(refused.target()).isEqualTo("GET /api/v1/rounds/r1/progress");
        });
    }

    @Test
    void theEngineRestApiGetsABare403AndTheRefusalIsPublished() throws Exception {
        signIn("hanoi", "T34-01");
        MockHttpServletResponse response = new MockHttpServletResponse();

        refusals.handle(new MockHttpServletRequest("POST", "/engine-rest/task/1/complete"), response,
                new AccessDeniedException("no"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).isEmpty();
        assertThat(published).singleElement().extracting(e -> ((AccessRefused) e).target())
                .isEqualTo("POST /engine-rest/task/1/complete");
    }

    private static void signIn(String username, String unit) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, List.of(new SimpleGrantedAuthority("ROLE_provincial-officer"),
                        new SimpleGrantedAuthority(CurrentActor.UNIT_PREFIX + unit))));
    }
}
