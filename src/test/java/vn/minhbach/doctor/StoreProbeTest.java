package vn.minhbach.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.config.StoreConfig;

class StoreProbeTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private static StoreConfig store(String url, String userEnv, String passwordEnv) {
        return new StoreConfig(url, userEnv, passwordEnv, "./data/evidence", 90);
    }

    @Test
    void anExistingH2StoreAnswersSelectOne() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("minhbach").toAbsolutePath();
        try (Connection created = DriverManager.getConnection(url, "sa", "")) {
            assertThat(created.isValid(1)).isTrue();
        }

        Check check = StoreProbe.probe(store(url, null, null), name -> null, TIMEOUT);

        assertThat(check.status()).as(check.found()).isEqualTo(Check.Status.OK);
        assertThat(check.found()).startsWith(url + " (H2 2.").endsWith(", SELECT 1 được)");
    }

    @Test
    void anH2FileNotCreatedYetIsFineAndStaysUncreated() throws Exception {
        Path file = dir.resolve("data/minhbach");
        String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";MODE=PostgreSQL";

        Check check = StoreProbe.probe(store(url, null, null), name -> null, TIMEOUT);

        assertThat(check.status()).isEqualTo(Check.Status.OK);
        assertThat(check.label()).isEqualTo(StoreProbe.NAME);
        assertThat(check.found()).isEqualTo("jdbc:h2:file:" + file.toAbsolutePath()
                + ": chưa có, sẽ được tạo khi kiểm tra lần đầu (thư mục " + dir.toAbsolutePath() + " ghi được)");
        assertThat(check.cost()).isNull();
        try (var listing = Files.list(dir)) {
            assertThat(listing).as("nothing created").isEmpty();
        }
    }

    @Test
    void aWrongPasswordFailsWithoutShowingIt() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("guarded").toAbsolutePath();
        try (Connection created = DriverManager.getConnection(url, "auditor", "right-Pass-1")) {
            assertThat(created.isValid(1)).isTrue();
        }
        Map<String, String> env = Map.of("DB_USER", "auditor", "DB_PASSWORD", "wrong-Pass-2");

        Check check = StoreProbe.probe(store(url, "DB_USER", "DB_PASSWORD"), env::get, TIMEOUT);

        assertThat(check.status()).isEqualTo(Check.Status.FAILED);
        assertThat(check.found()).startsWith(url + ": Wrong user name or password").doesNotContain("Pass-");
        assertThat(check.loss()).isEqualTo(StoreProbe.COST);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            MINHBACH_NO_USER | MINHBACH_DB_PASSWORD | store.userEnv names the environment variable MINHBACH_NO_USER, which is not set
            -                | MINHBACH_DB_PASSWORD | store.passwordEnv names the environment variable MINHBACH_DB_PASSWORD, which is not set
            """)
    void aCredentialVariableNotSetFails(String userEnv, String passwordEnv, String message) {
        StoreConfig config = store("jdbc:postgresql://127.0.0.1:1/minhbach?password=secret", "-".equals(userEnv) ? null
                : userEnv, passwordEnv);

        Check check = StoreProbe.probe(config, Map.of("MINHBACH_DB_USER", "u")::get, TIMEOUT);

        assertThat(check.status()).isEqualTo(Check.Status.FAILED);
        assertThat(check.found()).isEqualTo("jdbc:postgresql://127.0.0.1:1/minhbach: " + message);
    }

    @Test
    void aPostgresqlServerThatIsNotThereFailsAtOnce() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/minhbach?password=secret";

        Check check = StoreProbe.probe(store(url, null, null), name -> null, TIMEOUT);

        assertThat(check.status()).isEqualTo(Check.Status.FAILED);
        assertThat(check.found()).startsWith("jdbc:postgresql://127.0.0.1:" + port + "/minhbach: ")
                .doesNotContain("secret");
        assertThat(check.line()).startsWith("LỖI       CSDL lịch sử (store)     ").contains("Hậu quả: audit không chạy được");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            jdbc:h2:file:./data/minhbach           | ./data/minhbach
            jdbc:h2:./data/minhbach;AUTO_SERVER=TRUE | ./data/minhbach
            jdbc:h2:mem:test;DB_CLOSE_DELAY=-1      | -
            jdbc:h2:tcp://db.local/minhbach         | -
            """)
    void theFileOfAnH2Url(String url, String file) {
        assertThat(StoreProbe.h2File(url)).isEqualTo(file == null ? null : Path.of(file));
    }
}
