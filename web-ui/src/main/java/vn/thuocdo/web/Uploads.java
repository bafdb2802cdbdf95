package vn.thuocdo.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thuocdo.shared.UploadLimits;

/**
 * Spring's multipart parser follows {@code thuocdo.uploads.max-bytes}, the one limit the upload screen states. Left
 * to its default it refused anything over 1 MB (Vaadin's servlet takes this same configuration), and the browser
 * showed an English "Upload forbidden" for a file the screen had promised to accept.
 */
@Configuration
class Uploads {

    @Bean
    MultipartConfigElement multipartConfigElement(UploadLimits limits,
                                                  // The property, not EvidenceSettings: web stays below the
                                                  // capabilities (no module cycle); the default is the same 20 MB.
                                                  @Value("${thuocdo.evidence.max-bytes:20971520}") long evidenceMaxBytes) {
        // Parts are kept in memory only up to 64 KB; larger ones go to a temporary file while they stream. The
        // parser admits the larger of the two upload limits (workbooks, evidence files): each upload's own handler
        // then holds its file to its own limit while it streams.
        long file = Math.max(limits.maxBytes(), evidenceMaxBytes);
        return new MultipartConfigElement("", file, file + 64 * 1024, 64 * 1024);
    }
}
