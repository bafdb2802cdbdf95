package vn.thuocdo.publication.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Signs a finished PDF as PAdES baseline B-B: an incremental update adding a signature whose
 * {@code /SubFilter /ETSI.CAdES.detached} value is a CMS SignedData over the file's byte ranges, with the signed
 * attributes content-type, message-digest and signing-certificate-v2 (the signer's certificate by its SHA-256), and
 * no signing-time attribute (PAdES puts the claimed time in the signature dictionary's {@code /M}).
 */
final class PadesSigner {

    /** Room reserved for the CMS in the file: an RSA 4096 signature and a chain of a few certificates fit. */
    private static final int RESERVED = 24_000;

    private final SigningKey key;
    private final SigningCertificateV2 signingCertificateV2;

    PadesSigner(SigningKey key) {
        this.key = key;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
            IssuerSerial issuer = new IssuerSerial(new GeneralNames(new GeneralName(
                    new JcaX509CertificateHolder(key.certificate()).getIssuer())), key.certificate().getSerialNumber());
            signingCertificateV2 = new SigningCertificateV2(new ESSCertIDv2[]{new ESSCertIDv2(
                    new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuer)});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing certificate cannot be read", e);
        }
    }

    /** The PDF with its signature added; {@code name} and {@code reason} are shown by readers' signature panels. */
    byte[] sign(byte[] pdf, String name, String reason, String location, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(name);
            signature.setReason(reason);
            signature.setLocation(location);
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + RESERVED * 2 + 4096);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(RESERVED);
                document.addSignature(signature, options);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                external.setSignature(cms(IOUtils.toByteArray(external.getContent())));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detached CMS SignedData over the signed bytes. */
    private byte[] cms(byte[] content) throws IOException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(key.key());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(signingCertificateV2)));
            CMSAttributeTableGenerator signed = new WithoutSigningTime(new AttributeTable(attributes));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).setSignedAttributeGenerator(signed)
                    .build(signer, new JcaX509CertificateHolder(key.certificate())));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData data = generator.generate(new CMSProcessableByteArray(content), false);
            return data.getEncoded("DER");
        } catch (OperatorCreationException | CMSException | GeneralSecurityException e) {
            throw new IOException("The signature cannot be made: " + e.getMessage(), e);
        }
    }

    /** BouncyCastle's default signed attributes less signing-time, which PAdES forbids. */
    private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {

        WithoutSigningTime(AttributeTable base) {
            super(base);
        }

        @Override
        public AttributeTable getAttributes(java.util.Map parameters) {
            return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
        }
    }
}
