package vn.minhbach.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of CA certificates to trust beside the JVM's trust store ({@code crawl.trustCaFile}): PEM with one
 * or more certificates (DER is read too). Read once when the config loads, so a missing or wrong file is a
 * config error, and again when a crawl makes its fetcher.
 */
public final class CaFile {

    private CaFile() {
    }

    /**
     * Every certificate in the file.
     *
     * @throws IOException          when the file cannot be read
     * @throws CertificateException when it holds no certificate or something that is not one
     */
    public static List<X509Certificate> read(Path file) throws IOException, CertificateException {
        List<X509Certificate> certificates = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) c);
            }
        }
        if (certificates.isEmpty()) {
            throw new CertificateException("no certificate in the file");
        }
        return List.copyOf(certificates);
    }

    /** Reads {@code node} as the path of a CA file; a problem naming its key path when it cannot be used. */
    static Path path(ConfigNode node, Path def) {
        String value = node.text(null);
        if (value == null) {
            return def;
        }
        if (value.isBlank()) {
            node.problem("must not be empty: the path of a PEM file of CA certificates");
            return def;
        }
        Path file = Path.of(value.strip());
        try {
            read(file);
            return file;
        } catch (IOException e) {
            node.problem("cannot read \"" + value + "\": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        } catch (CertificateException | RuntimeException e) {
            node.problem("\"" + value + "\" is not a PEM file of certificates: " + e.getMessage());
        }
        return def;
    }
}
