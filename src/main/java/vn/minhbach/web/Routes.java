package vn.minhbach.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.i18n.Lang;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.report.PeriodFormat;
import vn.minhbach.report.Wording;
import vn.minhbach.store.StoreException;

/**
 * Every address of the dashboard. {@code /health} is open to all; everything else asks for the login when
 * one is required, and turns an address away for a while after {@link FailedLogins#LIMIT} wrong ones. A store that cannot be read gives a 503 page, any other error a 500 page: the message is
 * logged, never shown. Every page is in one language: {@code dashboard.lang}, or the browser's.
 */
final class Routes implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    private static final Pattern PORTAL = Pattern.compile("/portals/([0-9a-f]{16})(/.*)?");
    private static final Pattern AUDIT = Pattern.compile("/audits/([0-9]{1,18})");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Portal> portals;
    private final AuditTrigger trigger;
    private final Metrics metrics;
    private final PeriodReportSource periods;
    private final Login login;
    private final Csrf csrf;
    private final FailedLogins failedLogins;
    private final Lang lang;
    private final Instant started = Instant.now();

    /** @param lang the language of every page, or null to follow each browser's {@code Accept-Language} */
    Routes(List<Portal> portals, AuditTrigger trigger, Metrics metrics, PeriodReportSource periods, Login login,
           Csrf csrf, FailedLogins failedLogins, Lang lang) {
        Map<String, Portal> byKey = new LinkedHashMap<>();
        portals.forEach(p -> byKey.put(p.key(), p));
        this.portals = byKey;
        this.trigger = trigger;
        this.metrics = metrics;
        this.periods = periods;
        this.login = login;
        this.csrf = csrf;
        this.failedLogins = failedLogins;
        this.lang = lang;
    }

    @Override
    public void handle(HttpExchange http) {
        Exchange ex = new Exchange(http);
        Wording t = words(ex);
        try {
            route(ex, t);
        } catch (Exchange.TooLarge e) {
            answer(ex, t, 413, "web.error.too-large");
        } catch (Exchange.Unreadable e) {
            LOG.debug("dashboard: {} {}: {}", ex.method(), ex.path(), e.getMessage());
            answer(ex, t, 400, "web.error.unreadable");
        } catch (StoreException e) {
            LOG.warn("dashboard: {} {}: {}", ex.method(), ex.path(), e.getMessage());
            answer(ex, t, 503, "web.error.store");
        } catch (IOException | RuntimeException e) {
            LOG.error("dashboard: {} {} failed", ex.method(), ex.path(), e);
            answer(ex, t, 500, "web.error.server");
        } finally {
            http.close();
        }
    }

    /**
     * The language of the answer: {@code dashboard.lang} when set, else the browser's first language we speak,
     * else Vietnamese; an answer chosen by the header says so in {@code Vary}, for caches between.
     */
    private Wording words(Exchange ex) {
        if (lang != null) {
            return Wording.of(lang);
        }
        ex.setHeader("Vary", "Accept-Language");
        Lang accepted = Lang.accepted(ex.header("Accept-Language"));
        return Wording.of(accepted == null ? Lang.VI : accepted);
    }

    private void route(Exchange ex, Wording t) throws IOException {
        String path = ex.path();
        if (path.equals("/health")) {
            if (methods(ex, t, "GET", "HEAD")) {
                health(ex);
            }
            return;
        }
        if (!loggedIn(ex, t)) {
            return;
        }
        Matcher portal = PORTAL.matcher(path);
        if (path.equals("/")) {
            if (methods(ex, t, "GET", "HEAD")) {
                index(ex, t);
            }
        } else if (path.equals("/metrics")) {
            if (methods(ex, t, "GET", "HEAD")) {
                ex.send(200, Metrics.CONTENT_TYPE, metrics.exposition());
            }
        } else if (portal.matches() && portals.containsKey(portal.group(1))) {
            portal(ex, t, portals.get(portal.group(1)), portal.group(2) == null ? "" : portal.group(2));
        } else {
            notFound(ex, t);
        }
    }

    /** True when no login is required or the request carries the right one; otherwise answers 401 or 429. */
    private boolean loggedIn(Exchange ex, Wording t) throws IOException {
        if (!login.required()) {
            return true;
        }
        String client = ex.clientAddress();
        Optional<Duration> wait = failedLogins.blocked(client);
        if (wait.isPresent()) {
            ex.setHeader("Retry-After", Long.toString(wait.get().toSeconds() + 1));
            ex.html(429, Pages.message(t, t.get("web.login.blocked"),
                    t.get("web.login.blocked-detail", wait.get().toMinutes() + 1), null));
            return false;
        }
        String authorization = ex.header("Authorization");
        if (login.accepts(authorization)) {
            failedLogins.succeeded(client);
            return true;
        }
        if (authorization != null) {
            failedLogins.failed(client);
            LOG.warn("dashboard: wrong login from {}", client);
        }
        ex.setHeader("WWW-Authenticate", Login.CHALLENGE);
        ex.html(401, Pages.message(t, "web.login.required", null));
        return false;
    }

    private void portal(Exchange ex, Wording t, Portal portal, String rest) throws IOException {
        Matcher audit = AUDIT.matcher(rest);
        if (rest.isEmpty() || rest.equals("/")) {
            if (methods(ex, t, "GET", "HEAD")) {
                PortalPage page = PortalPage.of(portal, trigger.status(portal.key()), csrf.token(), t);
                ex.html(200, Pages.render("portal.html", Map.of("p", page), t));
            }
        } else if (rest.equals("/audit")) {
            if (methods(ex, t, "POST")) {
                auditNow(ex, t, portal);
            }
        } else if (audit.matches()) {
            if (methods(ex, t, "GET", "HEAD")) {
                Optional<String> report = StoredReports.render(portal, audit.group(1), t.lang());
                if (report.isPresent()) {
                    ex.html(200, report.get());
                } else {
                    notFound(ex, t);
                }
            }
        } else if (rest.equals("/period")) {
            if (methods(ex, t, "GET", "HEAD")) {
                period(ex, t, portal, ex.query().get("p"));
            }
        } else if (rest.equals("/period.docx") || rest.equals("/period.xlsx")) {
            if (methods(ex, t, "GET", "HEAD")) {
                periodFile(ex, t, portal, ex.query().get("p"),
                        rest.endsWith("docx") ? PeriodFormat.DOCX : PeriodFormat.XLSX);
            }
        } else {
            notFound(ex, t);
        }
    }

    private void auditNow(Exchange ex, Wording t, Portal portal) throws IOException {
        Map<String, String> form = ex.form();
        if (!csrf.accepts(form.get(Csrf.FIELD), ex.header("Origin"), ex.header("Host"))) {
            ex.html(403, Pages.message(t, "web.csrf.refused", "/portals/" + portal.key()));
            return;
        }
        boolean started = trigger.start(portal);
        LOG.info("dashboard: audit of {} {}", portal.config().organisation(), started ? "started" : "already running");
        ex.redirect("/portals/" + portal.key());
    }

    private void period(Exchange ex, Wording t, Portal portal, String period) throws IOException {
        String back = "/portals/" + portal.key() + "/period";
        if (period == null) {
            List<AuditRecord> all = portal.store().list(portal.key(), Integer.MAX_VALUE);
            ex.html(200, Pages.render("period.html", Map.of("key", portal.key(), "organisation",
                    portal.config().organisation(), "years",
                    PeriodChoices.of(all.stream().map(AuditRecord::asOf).toList(), t)), t));
            return;
        }
        if (!PeriodChoices.isPeriod(period)) {
            ex.html(400, Pages.message(t, "web.period.invalid", back));
            return;
        }
        Optional<String> report;
        try {
            report = periods.render(portal, period, t.lang());
        } catch (IllegalArgumentException e) {
            ex.html(400, Pages.message(t, t.get("web.period.failed", period), e.getMessage(), back));
            return;
        }
        if (report.isPresent()) {
            ex.html(200, report.get());
        } else {
            ex.html(404, Pages.message(t, t.get("web.period.missing", period), t.get("web.period.missing-detail"),
                    back));
        }
    }

    private void periodFile(Exchange ex, Wording t, Portal portal, String period, PeriodFormat format)
            throws IOException {
        String back = "/portals/" + portal.key() + "/period";
        if (period == null || !PeriodChoices.isPeriod(period)) {
            ex.html(400, Pages.message(t, "web.period.invalid", back));
            return;
        }
        Optional<byte[]> file;
        try {
            file = periods.file(portal, period, format, t.lang());
        } catch (IllegalArgumentException e) {
            ex.html(400, Pages.message(t, t.get("web.period.failed", period), e.getMessage(), back));
            return;
        }
        if (file.isEmpty()) {
            ex.html(404, Pages.message(t, t.get("web.period.missing", period), t.get("web.period.missing-detail"),
                    back));
            return;
        }
        String type = format == PeriodFormat.DOCX
                ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        // The period code is checked above, so it is safe in a file name: digits, letters, '-' and '.'.
        ex.download(type, "period-" + period + "." + format.name().toLowerCase(java.util.Locale.ROOT), file.get());
    }

    private void index(Exchange ex, Wording t) throws IOException {
        if (portals.size() == 1) {
            ex.redirect("/portals/" + portals.keySet().iterator().next());
            return;
        }
        List<Pages.PortalRow> rows = new ArrayList<>();
        for (Portal p : portals.values()) {
            Optional<AuditRecord> last = p.store().list(p.key(), 1).stream().findFirst();
            rows.add(new Pages.PortalRow(p.key(), p.config().organisation(),
                    last.map(r -> t.day(r.asOf())).orElse(t.get("web.index.never")),
                    last.map(r -> t.score(r.score())).orElse(""), trigger.status(p.key()).running()));
        }
        ex.html(200, Pages.render("index.html", Map.of("portals", rows), t));
    }

    /** 200 with {"status":"ok"} when every portal's store answers, 503 naming the portals whose store does not. */
    private void health(Exchange ex) throws IOException {
        List<String> unreadable = new ArrayList<>();
        int running = 0;
        for (Portal p : portals.values()) {
            try {
                p.store().list(p.key(), 1);
            } catch (StoreException e) {
                unreadable.add(p.key());
            }
            running += trigger.status(p.key()).running() ? 1 : 0;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", unreadable.isEmpty() ? "ok" : "error");
        body.put("portals", portals.size());
        body.put("auditsRunning", running);
        body.put("uptimeSeconds", Duration.between(started, Instant.now()).toSeconds());
        if (!unreadable.isEmpty()) {
            body.put("storeUnreadable", unreadable);
        }
        try {
            ex.send(unreadable.isEmpty() ? 200 : 503, "application/json", JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers is always JSON", e);
        }
    }

    private static boolean methods(Exchange ex, Wording t, String... allowed) throws IOException {
        if (Set.of(allowed).contains(ex.method())) {
            return true;
        }
        ex.setHeader("Allow", String.join(", ", allowed));
        ex.html(405, Pages.message(t, t.get("web.error.method"), t.get("web.error.method-detail", ex.method()), "/"));
        return false;
    }

    private static void notFound(Exchange ex, Wording t) throws IOException {
        ex.html(404, Pages.message(t, "web.error.not-found", "/"));
    }

    /** A message page of {@code key} (heading) and {@code key-detail} (sentence), linking to the start page. */
    private static void answer(Exchange ex, Wording t, int status, String key) {
        try {
            ex.html(status, Pages.message(t, key, "/"));
        } catch (IOException | RuntimeException e) {
            LOG.debug("dashboard: could not answer {} {}: {}", ex.method(), ex.path(), e.toString());
        }
    }
}
