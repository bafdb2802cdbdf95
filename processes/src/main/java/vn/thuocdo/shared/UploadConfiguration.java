package vn.thuocdo.shared;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code thuocdo.uploads.*}: the adapters and the web layer read the same {@link UploadLimits}. */
@Configuration
@EnableConfigurationProperties(UploadLimits.class)
class UploadConfiguration {
}
