package vn.minhbach.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Guards the forms that change something ("Kiểm tra ngay") against cross-site requests: each form carries a
 * random token drawn when the dashboard starts, which another site cannot read, and a request whose
 * {@code Origin} names another host is refused whatever it carries.
 */
final class Csrf {
    static final String FIELD = "csrf";

    private final String token;

    Csrf(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String token() {
        return token;
    }

    /**
     * @param given  the form's token
     * @param origin the request's {@code Origin} header, or null (older browsers, other clients)
     * @param host   the request's {@code Host} header
     */
    boolean accepts(String given, String origin, String host) {
        if (origin != null && !origin.equals("null") && !sameHost(origin, host)) {
            return false;
        }
        return given != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
