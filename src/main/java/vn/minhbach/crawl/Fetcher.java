package vn.minhbach.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.config.CaFile;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.model.CertificateCheck;

/**
 * Performs single HTTP requests (no redirect following) with connect, socket and response timeouts, a
 * hard overall deadline per request, the per-host politeness delay, a body size cap and one short retry
 * on 429/503 with Retry-After. Gzip and deflate bodies are decoded by HttpClient. Certificates are checked as
 * a browser checks them ({@link BrowserTrust}). Never throws for anything a server does: failures come back
 * as an {@link HttpReply} with an error. Every request, the browser's included, passes the crawl's {@link Guard}:
 * a host outside the site or an internal address it is not on is refused, and recorded as the request's error.
 */
final class Fetcher implements AutoCloseable {

    /** What a request is for, which decides its method and how much of the body is read. */
    enum Mode {
        /** GET; the body is read only for a success with an HTML content type. */
        PAGE,
        /** GET; any body is read (robots.txt, sitemaps). */
        ANY,
        /** HEAD; no body. */
        HEAD,
        /** GET of the first byte only; the connection is dropped without reading the body. */
        PROBE,
        /**
         * GET of a document; the body of a success is read up to {@code crawl.maxDocumentBytes}, and a larger one
         * comes back truncated and empty, since a cut file cannot be read.
         */
        DOCUMENT
    }

    static final long MAX_RETRY_AFTER_MILLIS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);
    /** The most a body's buffer starts with, whatever length the server declares. */
    private static final long INITIAL_BODY_BYTES = 1 << 20;

    private final CloseableHttpClient client;
    private final LazyTls tls;
    private final ScheduledExecutorService deadlines;
    private final Politeness politeness;
    private final long maxBodyBytes;
    private final long maxDocumentBytes;
    private final long deadlineMillis;
    private final DnsResolver dns;
    /** Set by each crawl as it starts; a crawler crawls its sites one after another. */
    private volatile Guard guard = Guard.OPEN;

    /**
     * @throws IllegalStateException when the CA file of {@code crawl.trustCaFile} cannot be read any more (it
     *                               was checked when the config loaded)
     */
    Fetcher(CrawlSettings settings, DnsResolver dns) {
        Timeout timeout = Timeout.ofSeconds(Math.max(1, settings.timeoutSeconds()));
        try {
            this.tls = new LazyTls(settings.trustCaFile() == null ? List.of() : CaFile.read(settings.trustCaFile()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("crawl.trustCaFile " + settings.trustCaFile() + ": " + e.getMessage(), e);
        }
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(tls)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout).setSocketTimeout(timeout).build())
                .setMaxConnTotal(Math.max(8, settings.concurrency() * 4))
                .setMaxConnPerRoute(Math.max(2, settings.concurrency()));
        this.dns = dns != null ? dns : SystemDefaultDnsResolver.INSTANCE;
        connections.setDnsResolver(new GuardedResolver(this.dns, () -> guard));
        this.client = HttpClients.custom()
                .setConnectionManager(connections.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(timeout).setResponseTimeout(timeout)
                        .setRedirectsEnabled(false).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .setUserAgent(settings.userAgent())
                .build();
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "crawl-deadlines");
            t.setDaemon(true);
            return t;
        });
        // A cancelled deadline leaves the queue at once rather than holding its request until it would have fired.
        timers.setRemoveOnCancelPolicy(true);
        this.deadlines = timers;
        this.politeness = new Politeness(settings.delayMillis());
        this.maxBodyBytes = Math.max(0, settings.maxBodyBytes());
        this.maxDocumentBytes = Math.max(0, settings.maxDocumentBytes());
        // A server trickling one byte per socket timeout would otherwise hold a request forever.
        this.deadlineMillis = 2_000L * Math.max(1, settings.timeoutSeconds());
    }

    /** From now on, requests go only where {@code guard} allows; see {@link Guard}. */
    void guard(Guard guard) {
        this.guard = guard;
    }

    Guard guard() {
        return guard;
    }

    /** The resolver behind the guard, for {@link Guard#of}. */
    DnsResolver resolver() {
        return dns;
    }

    Politeness politeness() {
        return politeness;
    }

    /** What the TLS handshake with {@code host} showed of its certificate, or null when none took place. */
    CertificateCheck certificate(String host) {
        return tls.seen(host);
    }

    /** One request, retried once after a short Retry-After on 429 or 503. */
    HttpReply fetch(URI url, Mode mode) throws InterruptedException {
        return fetch(url, mode, null);
    }

    /**
     * One request, conditional when {@code known} (a response remembered for this very URL) carries an ETag
     * or a Last-Modified date: an unchanged page then answers 304 with no body.
     */
    HttpReply fetch(URI url, Mode mode, RawResponse known) throws InterruptedException {
        Attempt attempt = politeness.call(url, () -> once(url, mode, known));
        int status = attempt.reply.status();
        if ((status == 429 || status == 503) && attempt.retryAfterMillis >= 0
                && attempt.retryAfterMillis <= MAX_RETRY_AFTER_MILLIS) {
            Thread.sleep(attempt.retryAfterMillis);
            attempt = politeness.call(url, () -> once(url, mode, known));
        }
        return attempt.reply;
    }

    /**
     * A request a page's scripts made in the browser ({@link BrowserGate}), sent with its own method, headers and
     * body, at the host's delay like every other request; any body is read, up to the size limit.
     */
    HttpReply send(BrowserRequest asked) throws InterruptedException {
        return politeness.call(asked.url(), () -> {
            HttpUriRequestBase request = new HttpUriRequestBase(asked.method(), asked.url());
            asked.headers().stream().filter(h -> !BrowserRequest.OWN_HEADERS.contains(h.name().toLowerCase(Locale.ROOT)))
                    .forEach(h -> request.setHeader(h.name(), h.value()));
            if (asked.body() != null) {
                request.setEntity(new ByteArrayEntity(asked.body(), contentType(asked.header("Content-Type"))));
            }
            return execute(asked.url(), Mode.ANY, request);
        }).reply;
    }

    private static ContentType contentType(String value) {
        try {
            return value == null ? ContentType.APPLICATION_OCTET_STREAM : ContentType.parse(value);
        } catch (RuntimeException e) {
            return ContentType.APPLICATION_OCTET_STREAM;
        }
    }

    private Attempt once(URI url, Mode mode, RawResponse known) {
        // A client-side route (#/...) is the browser's; the server is asked for the page without it.
        URI asked = url.getRawFragment() == null ? url : URI.create(url.toString().substring(0, url.toString().indexOf('#')));
        HttpUriRequestBase request = mode == Mode.HEAD ? new HttpHead(asked) : new HttpGet(asked);
        if (mode == Mode.PROBE) {
            request.setHeader("Range", "bytes=0-0");
        }
        if (known != null && known.etag() != null) {
            request.setHeader("If-None-Match", known.etag());
        }
        if (known != null && known.lastModified() != null) {
            request.setHeader("If-Modified-Since", known.lastModified());
        }
        if (mode == Mode.PAGE) {
            request.setHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
        }
        request.setHeader("Accept-Language", "vi,en;q=0.5");
        return execute(url, mode, request);
    }

    private Attempt execute(URI url, Mode mode, HttpUriRequestBase request) {
        String refused = guard.refuses(url);
        if (refused != null) {
            LOG.debug("{} {} -> {}", request.getMethod(), url, refused);
            return new Attempt(HttpReply.failure(url, refused, 0), -1);
        }
        AtomicBoolean expired = new AtomicBoolean();
        AtomicReference<Attempt> done = new AtomicReference<>();
        long start = System.nanoTime();
        ScheduledFuture<?> timer = deadlines.schedule(() -> {
            expired.set(true);
            request.cancel();
        }, deadlineMillis, TimeUnit.MILLISECONDS);
        try {
            client.execute(request, response -> {
                done.set(read(url, mode, request, response, start));
                return null;
            });
        } catch (IOException | RuntimeException e) {
            if (done.get() == null) {
                done.set(new Attempt(HttpReply.failure(url, describe(e, expired.get()), elapsed(start)), -1));
            }
        } finally {
            timer.cancel(false);
        }
        HttpReply reply = done.get().reply;
        LOG.debug("{} {} -> {} {} bytes in {} ms{}", request.getMethod(), url,
                reply.answered() ? reply.status() : reply.error(), reply.body().length, reply.millis(),
                reply.truncated() ? " (truncated)" : "");
        return done.get();
    }

    private Attempt read(URI url, Mode mode, HttpUriRequestBase request, ClassicHttpResponse response,
                         long start) throws IOException {
        int status = response.getCode();
        String location = header(response, "Location");
        String type = header(response, "Content-Type");
        long retryAfter = retryAfterMillis(header(response, "Retry-After"));
        HttpEntity entity = response.getEntity();
        boolean success = status >= 200 && status < 300;
        boolean wanted = entity != null && (mode == Mode.ANY || (mode == Mode.DOCUMENT && success)
                || (mode == Mode.PAGE && success && HttpReply.isHtml(type)));
        if (!wanted) {
            if (entity != null) {
                // Dropping the connection is cheaper than draining a body nobody reads.
                request.cancel();
            }
            return new Attempt(new HttpReply(url, status, location, type, new byte[0], false, elapsed(start), null,
                    response.getReasonPhrase(), headers(response)), retryAfter);
        }
        long cap = mode == Mode.DOCUMENT ? maxDocumentBytes : maxBodyBytes;
        if (mode == Mode.DOCUMENT && entity.getContentLength() > cap) {
            // the server said the size: no need to read up to the cap to learn the document is too large
            request.cancel();
            return new Attempt(new HttpReply(url, status, location, type, new byte[0], true, elapsed(start), null,
                    response.getReasonPhrase(), headers(response)), retryAfter);
        }
        // sized by the length the server declares, so a page's body is not copied as it grows; only up to a
        // megabyte, as a length is only a claim and a hostile server may declare the cap and send nothing
        long declared = entity.getContentLength();
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                (int) Math.min(declared > 0 ? declared : 8192, Math.min(cap, INITIAL_BODY_BYTES)));
        boolean truncated = false;
        InputStream in = entity.getContent();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) != -1) {
            long room = cap - out.size();
            if (n > room) {
                out.write(buffer, 0, (int) room);
                truncated = true;
                break;
            }
            out.write(buffer, 0, n);
        }
        if (truncated) {
            request.cancel();
        }
        byte[] body = truncated && mode == Mode.DOCUMENT ? new byte[0] : out.toByteArray();
        return new Attempt(new HttpReply(url, status, location, type, body, truncated,
                elapsed(start), null, response.getReasonPhrase(), headers(response)), retryAfter);
    }

    private static List<RawResponse.Header> headers(ClassicHttpResponse response) {
        List<RawResponse.Header> headers = new ArrayList<>();
        for (Header header : response.getHeaders()) {
            headers.add(new RawResponse.Header(header.getName(), header.getValue()));
        }
        return headers;
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    /** Retry-After in milliseconds from seconds or an HTTP date, or -1 when absent or unreadable. */
    static long retryAfterMillis(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        String v = value.strip();
        try {
            return Math.max(0, Long.parseLong(v) * 1000);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(0, Duration.between(ZonedDateTime.now(when.getZone()), when).toMillis());
            } catch (RuntimeException notDate) {
                return -1;
            }
        }
    }

    private String describe(Exception e, boolean expired) {
        if (expired) {
            return "timed out: no complete response within " + deadlineMillis / 1000 + " s";
        }
        if (e instanceof ConnectTimeoutException) {
            return "connect timed out";
        }
        if (e instanceof SocketTimeoutException) {
            return "timed out";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof GuardedResolver.RefusedAddress) {
            return e.getMessage();
        }
        if (e instanceof UnknownHostException) {
            return "unknown host";
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateProblem problem) {
                return problem.check().failure();
            }
        }
        if (e instanceof SSLPeerUnverifiedException) {
            return "TLS certificate: wrong host name (" + e.getMessage() + ")";
        }
        if (e instanceof SSLException) {
            return "TLS error: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug("closing the HTTP client failed", e);
        }
    }

    private record Attempt(HttpReply reply, long retryAfterMillis) {
    }
}
