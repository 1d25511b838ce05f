package vn.minhbach.mail;

import vn.minhbach.model.Text;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ConfigException;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.RuleRef;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.SiteSummary;
import vn.minhbach.model.Verdict;

/** Configs, audits and notifiers for the e-mail tests. */
final class MailFixtures {
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    static final URI PORTAL = URI.create("https://lyson.quangngai.gov.vn/");
    static final String USER_ENV = "MINHBACH_TEST_SMTP_USER";
    static final String PASSWORD_ENV = "MINHBACH_TEST_SMTP_PASSWORD";
    static final String USER = "minhbach";
    static final String PASSWORD = "s3cret-Ly-Son";
    static final List<String> TO = List.of("tuphap@lyson.gov.vn", "vanphong@lyson.gov.vn");
    static final LocalDate NOV_28 = LocalDate.of(2026, 11, 28);

    private MailFixtures() {
    }

    /** A config whose e-mail goes to {@code host:port} with the given security, send rule and store. */
    static AuditConfig config(String host, int port, String security, String send, Path store, boolean digest) {
        return config(host, port, security, send, store, digest, null);
    }

    /** The same config with {@code report.lang} set to {@code lang} when it is not null. */
    static AuditConfig config(String host, int port, String security, String send, Path store, boolean digest,
                              String lang) {
        String yaml = """
                organisation: "UBND huyện Lý Sơn"
                sites:
                  portal:
                    url: "https://lyson.quangngai.gov.vn/"
                store:
                  url: "jdbc:h2:file:%s"
                  evidenceDir: "%s"
                email:
                  smtp:
                    host: "%s"
                    port: %d
                    security: %s
                    userEnv: %s
                    passwordEnv: %s
                  from: "minhbach@lyson.gov.vn"
                  to: ["%s"]
                  send: %s
                  weeklyDigest: %s
                """.formatted(store.toAbsolutePath(), store.toAbsolutePath().resolveSibling("evidence"), host, port, security, USER_ENV, PASSWORD_ENV,
                String.join("\", \"", TO), send, digest) + (lang == null ? "" : "report:\n  lang: " + lang + "\n");
        try {
            return new ConfigLoader(Checklist.defaults().parameterNames()).parse(yaml, "test.yaml");
        } catch (ConfigException e) {
            throw new IllegalStateException(String.join("; ", e.problems()), e);
        }
    }

    /** The environment with the given password for the SMTP user. */
    static Map<String, String> environment(String password) {
        return Map.of(USER_ENV, USER, PASSWORD_ENV, password);
    }

    /** A notifier that records the pauses it is asked for instead of sleeping. */
    static Notifier notifier(Map<String, String> environment, Properties overrides, List<Duration> pauses) {
        Backoff backoff = new Backoff(4, Duration.ofSeconds(10), 3.0, Duration.ofMinutes(5), pauses::add);
        return new Notifier(environment::get, overrides, backoff,
                Clock.fixed(Instant.parse("2026-11-27T19:05:00Z"), VIETNAM));
    }

    /** An audit with items given as {@code "id=STATUS"}; failing items carry a page as evidence. */
    static AuditRun run(LocalDate asOf, String... items) {
        OffsetDateTime started = OffsetDateTime.of(asOf, LocalTime.of(2, 0), VIETNAM);
        List<Finding> findings = new ArrayList<>();
        for (String item : items) {
            String[] parts = item.split("=");
            Verdict verdict = Verdict.valueOf(parts[1]);
            List<Evidence> evidence = verdict == Verdict.PASS ? List.of()
                    : List.of(Evidence.of(PORTAL.resolve("/muc/" + parts[0]), "Trang " + parts[0], null));
            findings.add(new Finding(parts[0], "1", SiteRole.PORTAL, "Mục " + parts[0], verdict,
                    Text.plain("Lý do của " + parts[0]), null, null, new RuleRef(List.of(), "v1"), Map.of(), evidence));
        }
        return new AuditRun("UBND huyện Lý Sơn", asOf, started, started.plusMinutes(3),
                List.of(new SiteSummary(SiteRole.PORTAL, PORTAL, 40, 0, 1_000_000L, 0, false)), findings, List.of(),
                List.of());
    }
}
