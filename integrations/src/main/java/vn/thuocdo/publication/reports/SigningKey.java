package vn.thuocdo.publication.reports;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** The key the PDFs are signed with, its certificate chain (signer first), and whether it is the demo key. */
record SigningKey(PrivateKey key, List<X509Certificate> chain, boolean demo) {

    SigningKey {
        chain = List.copyOf(chain);
    }

    X509Certificate certificate() {
        return chain.get(0);
    }
}
