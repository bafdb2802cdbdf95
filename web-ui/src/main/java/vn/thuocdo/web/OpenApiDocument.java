package vn.thuocdo.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;

/**
 * The API's description, written by hand in {@code api/openapi.json} (OpenAPI 3.1) and served as it is, without
 * signing in: what a partner needs before it has an account. OpenApiDocumentTest keeps it and the mappings equal.
 */
@RestController
class OpenApiDocument {

    private final byte[] document;

    OpenApiDocument() throws IOException {
        try (InputStream in = new ClassPathResource("api/openapi.json").getInputStream()) {
            document = in.readAllBytes();
        }
    }

    @GetMapping("/api/v1/openapi.json")
    ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document);
    }
}
