package vn.thuocdo.publication.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * {@code thuocdo.publication.signing.*}: the key the publication's PDFs are signed with.
 *
 * @param keystore     a PKCS#12 file holding the organisation's signing key and certificate chain; unset in the
 *                     default mode, where a self-signed demo key is used and every document says so
 * @param password     the keystore's (and key's) password
 * @param alias        the key's alias in the keystore; the first key entry when unset
 * @param demoKeystore where the demo key is generated once and kept, so a restart signs with the same key
 *                     ({@code ./data/publication-signing/demo-signing.p12} unless set)
 */
@ConfigurationProperties("thuocdo.publication.signing")
public record SigningSettings(Path keystore, String password, String alias, Path demoKeystore) {

    public SigningSettings {
        keystore = keystore == null || keystore.toString().isBlank() ? null : keystore;
        alias = alias == null || alias.isBlank() ? null : alias.trim();
        demoKeystore = demoKeystore == null ? Path.of("data", "publication-signing", "demo-signing.p12")
                : demoKeystore;
    }

    /** No keystore configured: the default (demo) mode. */
    public boolean demo() {
        return keystore == null;
    }
}
