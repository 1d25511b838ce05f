package vn.minhbach.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.testing.FixtureSite;

/**
 * Secrets stay secret: with a marker value in every secret variable (SMTP, database and dashboard user and
 * password), the packaged application runs {@code audit --email} once as it should and twice failing (the mail
 * server refuses the password; the database cannot be reached), then {@code serve} with its dashboard, where an
 * audit is started, {@code /metrics} read and a wrong login tried. Every output is searched for the markers:
 * the processes' output and log lines (DEBUG), every file written (reports, evidence), every row of the history
 * store, the e-mail as received, and every dashboard answer.
 */
class SecretsIT {
    private static final Path JAR = Path.of("target", "minhbach.jar").toAbsolutePath();
    private static final Map<String, String> MARKERS = Map.of(
            "MINHBACH_SMTP_USER", "mkSmtpUser7f3a",
            "MINHBACH_SMTP_PASSWORD", "mkSmtpPass91c2",
            "MINHBACH_DB_USER", "mkDbUser5e1d",
            "MINHBACH_DB_PASSWORD", "mkDbPass0b77",
            "MINHBACH_DASHBOARD_USER", "mkDashUser44d9",
            "MINHBACH_DASHBOARD_PASSWORD", "mkDashPass8e20");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("minhbach@lyson.gov.vn",
                    MARKERS.get("MINHBACH_SMTP_USER"), MARKERS.get("MINHBACH_SMTP_PASSWORD")));

    @TempDir
    Path dir;

    /** Every output seen, by where it came from. */
    private final Map<String, String> outputs = new LinkedHashMap<>();

    @Test
    void noOutputOfAnyRunCarriesASecret() throws Exception {
        try (FixtureSite site = FixtureSite.start("liferay-like")) {
            String asOf = site.asOf().toString();
            int dashboardPort = freePort();
            Path good = config("good", site.baseUri(), "jdbc:h2:file:" + dir.resolve("db/history").toAbsolutePath(),
                    SMTP.getSmtp().getPort(), dashboardPort);

            Run sent = run(MARKERS, "audit", "-c", good.toString(), "--as-of", asOf, "-o", dir.resolve("r1").toString(),
                    "--email", "--format", "json,html,csv");
            assertThat(sent.output).as("the good run sent its e-mail").contains("e-mail sent to");

            Map<String, String> wrongPassword = new LinkedHashMap<>(MARKERS);
            wrongPassword.put("MINHBACH_SMTP_PASSWORD", "mkWrongSmtp3c5b");
            Run refused = run(wrongPassword, "audit", "-c", good.toString(), "--as-of", asOf, "-o",
                    dir.resolve("r2").toString(), "--email");
            assertThat(refused.output).as("the mail server refused the login").contains("e-mail not sent");

            Path noDatabase = config("nodb", site.baseUri(), "jdbc:postgresql://127.0.0.1:" + closedPort() + "/minhbach",
                    SMTP.getSmtp().getPort(), dashboardPort);
            run(MARKERS, "audit", "-c", noDatabase.toString(), "--as-of", asOf, "-o", dir.resolve("r3").toString(),
                    "--email");
            run(MARKERS, "history", "-c", noDatabase.toString());
            run(MARKERS, "validate", "-c", noDatabase.toString());

            serve(good, dashboardPort);
            collectFiles();
            collectStore();
            for (MimeMessage message : SMTP.getReceivedMessages()) {
                outputs.put("e-mail " + message.getSubject(), GreenMailUtil.getWholeMessage(message));
            }
        }

        assertThat(outputs.keySet()).as("outputs searched").anyMatch(k -> k.startsWith("e-mail"))
                .anyMatch(k -> k.startsWith("store")).anyMatch(k -> k.startsWith("GET /metrics"))
                .anyMatch(k -> k.endsWith("report.json"));
        List<String> leaks = new ArrayList<>();
        outputs.forEach((where, text) -> MARKERS.forEach((variable, marker) -> {
            int at = text.toLowerCase(Locale.ROOT).indexOf(marker.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                leaks.add(variable + " in " + where + ": ..." + text.substring(Math.max(0, at - 120),
                        Math.min(text.length(), at + 40)).replaceAll("\\s+", " ") + "...");
            }
        }));
        assertThat(leaks).isEmpty();
    }

    private Path config(String name, URI site, String storeUrl, int smtpPort, int dashboardPort) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), """
                organisation: "UBND huyện Lý Sơn"
                sites:
                  portal: {url: "%s"}
                crawl: {delayMillis: 0, timeoutSeconds: 5}
                schedule: {cron: "0 0 3 1 1 ? 2099"}
                store: {url: "%s", userEnv: MINHBACH_DB_USER, passwordEnv: MINHBACH_DB_PASSWORD, evidenceDir: "%s"}
                email:
                  smtp: {host: "127.0.0.1", port: %d, security: none, userEnv: MINHBACH_SMTP_USER,
                         passwordEnv: MINHBACH_SMTP_PASSWORD}
                  from: "minhbach@lyson.gov.vn"
                  to: ["tuphap@lyson.gov.vn"]
                dashboard: {bind: "127.0.0.1", port: %d, userEnv: MINHBACH_DASHBOARD_USER,
                            passwordEnv: MINHBACH_DASHBOARD_PASSWORD}
                """.formatted(site, storeUrl, dir.resolve("evidence-" + name).toAbsolutePath(), smtpPort, dashboardPort));
    }

    private record Run(int exit, String output) {
    }

    private Run run(Map<String, String> environment, String... args) throws Exception {
        Process process = start(environment, args);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", args) + " ended").isTrue();
        String output = Files.readString(log(args), StandardCharsets.UTF_8);
        outputs.put("output of " + String.join(" ", args), output);
        return new Run(process.exitValue(), output);
    }

    private Process start(Map<String, String> environment, String... args) throws IOException {
        Files.createDirectories(dir.resolve("logs"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log(args).toFile());
        builder.environment().putAll(environment);
        builder.environment().put("MINHBACH_LOG_LEVEL", "DEBUG");
        return builder.start();
    }

    private Path log(String... args) {
        return dir.resolve("logs").resolve(String.join("_", args).replaceAll("[^A-Za-z0-9_.-]", "_") + ".log");
    }

    /** {@code serve}: an audit started from the dashboard, /metrics, the pages, and a wrong login. */
    private void serve(Path config, int port) throws Exception {
        String[] args = {"serve", "-c", config.toString(), "--reports", dir.resolve("served").toString()};
        Process process = start(MARKERS, args);
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String login = "Basic " + Base64.getEncoder().encodeToString((MARKERS.get("MINHBACH_DASHBOARD_USER") + ":"
                    + MARKERS.get("MINHBACH_DASHBOARD_PASSWORD")).getBytes(StandardCharsets.UTF_8));
            awaitLog(args, "dashboard at", process);
            String portal = get(client, base, "/", login).headers().firstValue("Location").orElseThrow();
            String page = get(client, base, portal, login).body();
            Matcher token = CSRF.matcher(page);
            assertThat(token.find()).isTrue();
            HttpResponse<String> started = client.send(HttpRequest.newBuilder(base.resolve(portal + "/audit"))
                    .header("Authorization", login).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            outputs.put("POST /audit", started.headers().map() + started.body());
            awaitLog(args, " completed in ", process);
            get(client, base, "/metrics", login);
            get(client, base, "/health", null);
            get(client, base, portal, login);
            get(client, base, portal + "/period", login);
            get(client, base, "/metrics", "Basic " + Base64.getEncoder().encodeToString(
                    (MARKERS.get("MINHBACH_DASHBOARD_USER") + ":wrong").getBytes(StandardCharsets.UTF_8)));
        } finally {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
            outputs.put("output of serve", Files.readString(log(args), StandardCharsets.UTF_8));
        }
    }

    private HttpResponse<String> get(HttpClient client, URI base, String path, String login) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (login != null) {
            request.header("Authorization", login);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        outputs.put("GET " + path + (login == null ? "" : " (" + response.statusCode() + ")"),
                response.headers().map() + "\n" + response.body());
        return response;
    }

    private void awaitLog(String[] args, String text, Process process) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!Files.readString(log(args), StandardCharsets.UTF_8).contains(text)) {
            assertThat(process.isAlive()).as("serve is running").isTrue();
            assertThat(System.nanoTime()).as("waiting for '" + text + "' in the log of serve").isLessThan(end);
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
    }

    /** Every file the runs wrote but the H2 database itself (searched row by row instead) and the run logs. */
    private void collectFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".mv.db") || name.endsWith(".trace.db") || file.startsWith(dir.resolve("logs"))) {
                    continue;
                }
                outputs.put("file " + dir.relativize(file), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
    }

    /** Every row of every table of the history store, as text. */
    private void collectStore() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db/history").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, MARKERS.get("MINHBACH_DB_USER"),
                MARKERS.get("MINHBACH_DB_PASSWORD"));
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA NOT IN ('INFORMATION_SCHEMA') AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add("\"" + rs.getString(1) + "\".\"" + rs.getString(2) + "\"");
                }
            }
            assertThat(tables).isNotEmpty();
            for (String table : tables) {
                StringBuilder rows = new StringBuilder();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rs.getObject(i);
                            rows.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                                    : String.valueOf(value)).append('|');
                        }
                        rows.append('\n');
                    }
                }
                outputs.put("store " + table, rows.toString());
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int closedPort() throws IOException {
        return freePort();
    }
}
