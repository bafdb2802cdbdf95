package vn.thuocdo.publication.reports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the signing settings of the publication's reports. */
@Configuration
@EnableConfigurationProperties(SigningSettings.class)
class ReportsConfiguration {
}
