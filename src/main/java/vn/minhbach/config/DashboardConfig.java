package vn.minhbach.config;

/** The local web dashboard of {@code serve}: bind address, port and the environment variables of its login. */
public record DashboardConfig(String bind, int port, String userEnv, String passwordEnv) {
    public static final DashboardConfig DEFAULT = new DashboardConfig("127.0.0.1", 8080, null, null);
}
