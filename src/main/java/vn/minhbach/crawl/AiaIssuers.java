package vn.minhbach.crawl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches the issuer of a certificate from the "CA Issuers" address of its Authority Information Access
 * extension (RFC 5280 §4.2.2.1), as browsers do when a server leaves out an intermediate. The address usually
 * serves one DER certificate (.crt/.cer) or a PKCS#7 bundle (.p7c); PEM is read too. Every fetch is bounded
 * (short timeouts, an overall deadline, a size cap) and goes straight to the CA's server, outside the crawl's
 * politeness accounting. Certificates fetched are shared by the whole process; a failed address is
 * remembered only by the instance that tried it, so a CA server that was down is tried again next audit.
 */
final class AiaIssuers {

    static final int MAX_BYTES = 64 * 1024;
    private static final int TIMEOUT_MILLIS = 3_000;
    private static final long DEADLINE_MILLIS = 5_000;
    private static final int CACHE_LIMIT = 512;
    private static final String AIA_OID = "1.3.6.1.5.5.7.1.1";
    /** DER of the OID 1.3.6.1.5.5.7.48.2, id-ad-caIssuers. */
    private static final byte[] CA_ISSUERS = {0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x02};
    private static final Map<String, List<X509Certificate>> FETCHED = new ConcurrentHashMap<>();

    private final Map<String, String> failed = new ConcurrentHashMap<>();

    /** The CA Issuers addresses (http and https) of {@code cert}, in the order it lists them. */
    static List<String> addresses(X509Certificate cert) {
        byte[] ext = cert.getExtensionValue(AIA_OID);
        List<String> urls = new ArrayList<>();
        if (ext == null) {
            return urls;
        }
        try {
            int[] octets = tlv(ext, 0);
            int[] sequence = tlv(ext, octets[1]);
            for (int pos = sequence[1]; pos < sequence[2]; ) {
                int[] description = tlv(ext, pos);
                int[] method = tlv(ext, description[1]);
                int[] location = tlv(ext, method[2]);
                byte[] oid = Arrays.copyOfRange(ext, description[1], method[2]);
                // [6] IMPLICIT IA5String: uniformResourceIdentifier
                if (Arrays.equals(oid, CA_ISSUERS) && (ext[location[0]] & 0xff) == 0x86) {
                    String url = new String(ext, location[1], location[2] - location[1], StandardCharsets.US_ASCII);
                    String lower = url.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("http://") || lower.startsWith("https://")) {
                        urls.add(url);
                    }
                }
                pos = description[2];
            }
        } catch (RuntimeException malformed) {
            return urls;
        }
        return urls;
    }

    /**
     * The certificates served at {@code url}.
     *
     * @throws IOException why none could be had (unreachable, an error status, too large, not certificates)
     */
    List<X509Certificate> fetch(String url) throws IOException {
        List<X509Certificate> known = FETCHED.get(url);
        if (known != null) {
            return known;
        }
        String earlier = failed.get(url);
        if (earlier != null) {
            throw new IOException(earlier);
        }
        try {
            List<X509Certificate> certificates = download(url);
            if (FETCHED.size() < CACHE_LIMIT) {
                FETCHED.put(url, certificates);
            }
            return certificates;
        } catch (IOException e) {
            failed.put(url, e.getMessage());
            throw e;
        }
    }

    private static List<X509Certificate> download(String url) throws IOException {
        long deadline = System.nanoTime() + DEADLINE_MILLIS * 1_000_000;
        HttpURLConnection connection;
        try {
            connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        } catch (IllegalArgumentException e) {
            throw new IOException("not a usable address");
        }
        connection.setConnectTimeout(TIMEOUT_MILLIS);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        connection.setUseCaches(false);
        try {
            int status = connection.getResponseCode();
            if (status != 200) {
                throw new IOException("HTTP " + status);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = connection.getInputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    out.write(buffer, 0, n);
                    if (out.size() > MAX_BYTES) {
                        throw new IOException("more than " + MAX_BYTES / 1024 + " KiB");
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IOException("no complete answer within " + DEADLINE_MILLIS / 1000 + " s");
                    }
                }
            }
            return certificates(out.toByteArray());
        } catch (ConnectException e) {
            throw new IOException("connection refused");
        } catch (SocketTimeoutException e) {
            throw new IOException("timed out");
        } finally {
            connection.disconnect();
        }
    }

    private static List<X509Certificate> certificates(byte[] body) throws IOException {
        try {
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(body))) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IOException("no certificate in the answer");
            }
            return List.copyOf(out);
        } catch (CertificateException e) {
            throw new IOException("the answer is not a certificate");
        }
    }

    /** One DER element at {@code pos}: its tag position, content start and content end. */
    private static int[] tlv(byte[] der, int pos) {
        int length = der[pos + 1] & 0xff;
        int start = pos + 2;
        if (length > 0x7f) {
            int bytes = length & 0x7f;
            if (bytes > 3) {
                throw new IllegalArgumentException("element too long");
            }
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | (der[start + i] & 0xff);
            }
            start += bytes;
        }
        if (start + length > der.length) {
            throw new IllegalArgumentException("element runs past the end");
        }
        return new int[] {pos, start, start + length};
    }
}
