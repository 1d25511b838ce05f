package vn.minhbach.config;

/**
 * Where audit history is kept: a JDBC URL (embedded H2 file by default, or PostgreSQL), the names of the
 * environment variables holding the credentials, the folder of WARC evidence and how long daily detail is kept.
 */
public record StoreConfig(String url, String userEnv, String passwordEnv, String evidenceDir, int retainDays) {
    public static final StoreConfig DEFAULT =
            new StoreConfig("jdbc:h2:file:./data/minhbach", null, null, "./data/evidence", 90);
}
