package vn.thuocdo.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.testing.ServerTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The body limit is configuration: thuocdo.api.max-body-bytes, said in the refusal with Vietnamese digit grouping. */
@ServerTest
@TestPropertySource(properties = "thuocdo.api.max-body-bytes=1024")
class ApiBodyLimitTest {

    @LocalServerPort int port;

    @Test
    void aBodyOverTheConfiguredLimitIs413AndOneUnderItIsRead() throws Exception {
        HttpResponse<String> over = post("{\"note\":\"" + "x".repeat(1100) + "\"}");
        assertThat(over.statusCode()).isEqualTo(413);
        assertThat(over.body()).contains("\"error\":\"api.bodyTooLarge\"").contains("tối đa 1.024 byte");
        // Under the limit the body reaches the capability, which refuses the unknown round.
        HttpResponse<String> under = post("{\"note\":\"" + "x".repeat(900) + "\"}");
        assertThat(under.statusCode()).isEqualTo(404);
        assertThat(under.body()).contains("\"error\":\"sampling.notFound\"");
    }

    @Test
    void aLimitBelowOneByteIsAConfigurationError() {
        assertThatThrownBy(() -> new ApiProperties(0L, null)).hasMessageContaining("thuocdo.api.max-body-bytes");
        assertThat(new ApiProperties(null, null).maxBodyBytes()).isEqualTo(256 * 1024L);
    }

    private HttpResponse<String> post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/rounds/khong-co/sampling/T34-31/submission"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "haiphong:thuocdo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
