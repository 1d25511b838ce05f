package vn.minhbach.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Certificates of a local CA made with the JDK alone: X.509 v3 written in DER and signed with ECDSA P-256.
 * Enough extensions for a TLS server chain: basic constraints, subject alternative names (DNS and IP) and
 * the Authority Information Access "CA Issuers" address browsers follow to a missing intermediate.
 */
public final class LocalCa {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** A certificate with its key pair. */
    public record Issued(X509Certificate certificate, KeyPair keys) {
        public PrivateKey key() {
            return keys.getPrivate();
        }

        /** The certificate as PEM text. */
        public String pem() {
            try {
                return "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** What to put in one certificate. */
    public record Spec(String commonName, boolean ca, Instant notBefore, Instant notAfter, List<String> dnsNames,
                       List<byte[]> ipAddresses, String caIssuersUrl) {
        public static Spec ca(String name) {
            return new Spec(name, true, Instant.now().minusSeconds(86_400), Instant.now().plusSeconds(86_400 * 365L),
                    List.of(), List.of(), null);
        }

        /** A server certificate for localhost and 127.0.0.1, valid from yesterday for a year. */
        public static Spec server(String name) {
            return new Spec(name, false, Instant.now().minusSeconds(86_400), Instant.now().plusSeconds(86_400 * 365L),
                    List.of("localhost"), List.of(new byte[] {127, 0, 0, 1}), null);
        }

        public Spec valid(Instant from, Instant to) {
            return new Spec(commonName, ca, from, to, dnsNames, ipAddresses, caIssuersUrl);
        }

        public Spec names(List<String> dns, List<byte[]> ips) {
            return new Spec(commonName, ca, notBefore, notAfter, dns, ips, caIssuersUrl);
        }

        public Spec caIssuers(String url) {
            return new Spec(commonName, ca, notBefore, notAfter, dnsNames, ipAddresses, url);
        }
    }

    private LocalCa() {
    }

    public static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed certificate (a root CA when {@code spec.ca()}). */
    public static Issued selfSigned(Spec spec) {
        KeyPair keys = keys();
        return new Issued(sign(spec, keys, name(spec.commonName()), keys.getPrivate()), keys);
    }

    /** A certificate for {@code spec} issued by {@code issuer}. */
    public static Issued issue(Spec spec, Issued issuer) {
        KeyPair keys = keys();
        byte[] issuerName = issuer.certificate().getSubjectX500Principal().getEncoded();
        return new Issued(sign(spec, keys, issuerName, issuer.key()), keys);
    }

    private static X509Certificate sign(Spec spec, KeyPair keys, byte[] issuerName, PrivateKey signer) {
        byte[] algorithm = seq(oid(1, 2, 840, 10045, 4, 3, 2));
        List<byte[]> extensions = new ArrayList<>();
        byte[] constraints = spec.ca() ? seq(tlv(0x01, new byte[] {(byte) 0xff})) : seq();
        extensions.add(extension(oid(2, 5, 29, 19), true, constraints));
        if (!spec.dnsNames().isEmpty() || !spec.ipAddresses().isEmpty()) {
            List<byte[]> names = new ArrayList<>();
            spec.dnsNames().forEach(n -> names.add(tlv(0x82, n.getBytes(StandardCharsets.US_ASCII))));
            spec.ipAddresses().forEach(ip -> names.add(tlv(0x87, ip)));
            extensions.add(extension(oid(2, 5, 29, 17), false, seq(names.toArray(byte[][]::new))));
        }
        if (spec.caIssuersUrl() != null) {
            byte[] description = seq(oid(1, 3, 6, 1, 5, 5, 7, 48, 2),
                    tlv(0x86, spec.caIssuersUrl().getBytes(StandardCharsets.US_ASCII)));
            extensions.add(extension(oid(1, 3, 6, 1, 5, 5, 7, 1, 1), false, seq(description)));
        }
        byte[] tbs = seq(
                tlv(0xa0, tlv(0x02, new byte[] {2})),
                tlv(0x02, BigInteger.valueOf(SERIAL.incrementAndGet()).toByteArray()),
                algorithm,
                issuerName,
                seq(time(spec.notBefore()), time(spec.notAfter())),
                name(spec.commonName()),
                keys.getPublic().getEncoded(),
                tlv(0xa3, seq(extensions.toArray(byte[][]::new))));
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(signer);
            signature.update(tbs);
            byte[] signed = signature.sign();
            byte[] bits = new byte[signed.length + 1];
            System.arraycopy(signed, 0, bits, 1, signed.length);
            byte[] der = seq(tbs, algorithm, tlv(0x03, bits));
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certs-only PKCS#7 SignedData (RFC 2315), the form of many CA Issuers files (.p7c). */
    public static byte[] pkcs7(X509Certificate... certificates) {
        try {
            List<byte[]> ders = new ArrayList<>();
            for (X509Certificate c : certificates) {
                ders.add(c.getEncoded());
            }
            byte[] signedData = seq(tlv(0x02, new byte[] {1}), tlv(0x31), seq(oid(1, 2, 840, 113549, 1, 7, 1)),
                    tlv(0xa0, ders.toArray(byte[][]::new)), tlv(0x31));
            return seq(oid(1, 2, 840, 113549, 1, 7, 2), tlv(0xa0, signedData));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] extension(byte[] oid, boolean critical, byte[] value) {
        return critical ? seq(oid, tlv(0x01, new byte[] {(byte) 0xff}), tlv(0x04, value))
                : seq(oid, tlv(0x04, value));
    }

    private static byte[] name(String commonName) {
        byte[] cn = seq(oid(2, 5, 4, 3), tlv(0x0c, commonName.getBytes(StandardCharsets.UTF_8)));
        return seq(tlv(0x31, cn));
    }

    private static byte[] time(Instant instant) {
        return tlv(0x17, UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] oid(long... arcs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((int) (arcs[0] * 40 + arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            long arc = arcs[i];
            for (int s = (63 - Long.numberOfLeadingZeros(Math.max(arc, 1))) / 7 * 7; s > 0; s -= 7) {
                out.write((int) (0x80 | ((arc >> s) & 0x7f)));
            }
            out.write((int) (arc & 0x7f));
        }
        return tlv(0x06, out.toByteArray());
    }

    private static byte[] seq(byte[]... parts) {
        return tlv(0x30, parts);
    }

    private static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        int length = content.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xff);
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }
}
