package vn.thuocdo.web;

import jakarta.servlet.MultipartConfigElement;
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
    MultipartConfigElement multipartConfigElement(UploadLimits limits) {
        // Parts are kept in memory only up to 64 KB; larger ones go to a temporary file while they stream.
        return new MultipartConfigElement("", limits.maxBytes(), limits.maxRequestBytes(), 64 * 1024);
    }
}
