package vn.minhbach.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of payloads, the key under which the archive stores each distinct payload once. */
final class Digests {
    static final String ALGORITHM = "SHA-256";

    private Digests() {
    }

    static byte[] sha256(byte[] payload) {
        try {
            return MessageDigest.getInstance(ALGORITHM).digest(payload);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
