package vn.thuocdo.evidence;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** The store {@code thuocdo.evidence.store} names. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceSettings.class)
class EvidenceConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EvidenceStore evidenceStore(EvidenceSettings settings, DataSource dataSource) throws SQLException {
        if (settings.store().equals("database")) {
            try (Connection connection = dataSource.getConnection()) {
                String product = connection.getMetaData().getDatabaseProductName();
                if (!product.equalsIgnoreCase("PostgreSQL")) {
                    // Refused at start-up, not at the first upload: large objects are PostgreSQL's.
                    throw new IllegalStateException("thuocdo.evidence.store=database needs PostgreSQL, this is "
                            + product + "; use thuocdo.evidence.store=directory");
                }
            }
            return new DatabaseEvidenceStore(dataSource);
        }
        return new DirectoryEvidenceStore(settings.directory());
    }
}
