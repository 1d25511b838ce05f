package vn.minhbach.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.UnaryOperator;
import vn.minhbach.config.DashboardConfig;

/**
 * HTTP Basic login, asked for when the dashboard is bound beyond loopback. The user name and password come
 * from the environment variables the config names, never from the file. Both are compared as SHA-256
 * digests with {@link MessageDigest#isEqual}, so the time taken says nothing of how much of either matched,
 * nor of their lengths. Basic (rather than a form) also lets a Prometheus scraper log in to /metrics.
 */
final class Login {
    static final String CHALLENGE = "Basic realm=\"minhbach\", charset=\"UTF-8\"";

    private final byte[] user;
    private final byte[] password;

    private Login(byte[] user, byte[] password) {
        this.user = user;
        this.password = password;
    }

    /** No login on loopback; otherwise the credentials read through {@code environment}. */
    static Login of(DashboardConfig config, UnaryOperator<String> environment) {
        if (config.loopback()) {
            return new Login(null, null);
        }
        return new Login(digest(secret(environment, "dashboard.userEnv", config.userEnv())),
                digest(secret(environment, "dashboard.passwordEnv", config.passwordEnv())));
    }

    boolean required() {
        return user != null;
    }

    /** True when no login is required, or the {@code Authorization} header carries the right credentials. */
    boolean accepts(String authorization) {
        if (!required()) {
            return true;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean userOk = MessageDigest.isEqual(user, digest(decoded.substring(0, colon)));
        boolean passwordOk = MessageDigest.isEqual(password, digest(decoded.substring(colon + 1)));
        return userOk & passwordOk;
    }

    private static String secret(UnaryOperator<String> environment, String key, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalStateException(key + " is required when the dashboard is bound beyond loopback");
        }
        String value = environment.apply(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(key + " names the environment variable " + name
                    + ", which is not set or empty");
        }
        return value;
    }

    static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
