package vn.minhbach.config;

import vn.minhbach.i18n.Lang;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The local web dashboard of {@code serve}: bind address, port, the environment variables of its login, and its
 * language ({@code dashboard.lang}; null to follow each browser's {@code Accept-Language}, Vietnamese when it
 * names no language minhbach speaks).
 */
public record DashboardConfig(String bind, int port, String userEnv, String passwordEnv, Lang lang) {
    public static final DashboardConfig DEFAULT = new DashboardConfig("127.0.0.1", 8080, null, null);

    /** A dashboard that follows the browser's language. */
    public DashboardConfig(String bind, int port, String userEnv, String passwordEnv) {
        this(bind, port, userEnv, passwordEnv, null);
    }

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9a-f.]*:[0-9a-f:.]*]?");

    /**
     * True when {@link #bind} reaches this machine only: {@code localhost}, 127.0.0.0/8 or ::1. Any other
     * name counts as reachable from outside, so the dashboard asks for a login; names are not resolved,
     * since what a name resolves to can change after the check.
     */
    public boolean loopback() {
        String host = bind.strip().toLowerCase(Locale.ROOT);
        if (host.equals("localhost")) {
            return true;
        }
        if (!IP_LITERAL.matcher(host).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
