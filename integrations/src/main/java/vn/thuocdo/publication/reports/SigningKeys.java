package vn.thuocdo.publication.reports;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * The signing key: the configured PKCS#12 keystore's, or in the default mode a self-signed demo key generated on first
 * use and kept in {@link SigningSettings#demoKeystore()}, so documents signed before and after a restart carry the
 * same certificate. A configured keystore is read at start (a wrong path or password stops the application); the
 * demo key is made or read on the first publication, as most demo runs never publish.
 */
@Component
class SigningKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
    /** The demo keystore's password: it protects nothing of value (the key has no legal standing, and says so). */
    private static final char[] DEMO_PASSWORD = "thuocdo-demo".toCharArray();
    private static final String DEMO_ALIAS = "demo";

    private final SigningSettings settings;
    private volatile SigningKey key;

    SigningKeys(SigningSettings settings) {
        this.settings = settings;
        // A configured keystore that cannot be read stops the start, not the first publication months later.
        if (!settings.demo()) {
            key = configured();
        }
    }

    SigningKey key() {
        SigningKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = settings.demo() ? demo() : configured();
                }
                loaded = key;
            }
        }
        return loaded;
    }

    private SigningKey configured() {
        char[] password = settings.password() == null ? new char[0] : settings.password().toCharArray();
        try {
            return read(settings.keystore(), password, settings.alias(), false);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("thuocdo.publication.signing.keystore " + settings.keystore()
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    private SigningKey demo() {
        Path file = settings.demoKeystore();
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            return read(file, DEMO_PASSWORD, DEMO_ALIAS, true);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The demo signing key " + file + " cannot be made or read: "
                    + e.getMessage(), e);
        }
    }

    private static SigningKey read(Path file, char[] password, String alias, boolean demo)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        String name = alias;
        if (name == null) {
            name = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                    .orElseThrow(() -> new GeneralSecurityException("no private key entry"));
        }
        if (!(store.getKey(name, password) instanceof PrivateKey privateKey)) {
            throw new GeneralSecurityException("no private key under alias " + name);
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : store.getCertificateChain(name)) {
            chain.add((X509Certificate) c);
        }
        return new SigningKey(privateKey, chain, demo);
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** An RSA 3072 key and a self-signed certificate for document signing, valid ten years; written atomically. */
    private static void generate(Path file) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=Thước Đo - khoá minh hoạ (không có giá trị pháp lý), O=Thước Đo, C=VN");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(DEMO_ALIAS, pair.getPrivate(), DEMO_PASSWORD, new Certificate[]{certificate});
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "demo-signing", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, DEMO_PASSWORD);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            LOG.warn("Publication reports are signed with a self-signed demo key, generated in {}: it has no legal"
                    + " value. Configure thuocdo.publication.signing.keystore for real signatures.", file);
        } catch (org.bouncycastle.operator.OperatorCreationException | org.bouncycastle.cert.CertIOException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
