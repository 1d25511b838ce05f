package vn.minhbach.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.DnsResolver;
import org.jsoup.nodes.Document;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.model.CrawledPage;

/**
 * A WireMock site on a free loopback port, with helpers naming its URLs, and a crawler whose DNS maps every
 * {@code *.test} host name to the loopback address so twins and foreign hosts can be served by one server.
 */
final class TestSite implements AutoCloseable {

    final WireMockServer server;

    TestSite() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true)
                .containerThreads(20));
        server.start();
    }

    /** The URL of {@code path} on 127.0.0.1. */
    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** The URL of {@code path} on a named host (resolved to 127.0.0.1 by {@link #crawler}). */
    URI url(String host, String path) {
        return URI.create("http://" + host + ":" + server.port() + path);
    }

    void page(String path, String html) {
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(html)));
    }

    void status(String path, int status) {
        server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/html").withBody("<p>status " + status + "</p>")));
    }

    /** Paths requested with {@code method}, in order. */
    List<String> requested(String method) {
        return server.getAllServeEvents().stream()
                .map(e -> e.getRequest())
                .filter(r -> r.getMethod().getName().equals(method))
                .sorted((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()))
                .map(LoggedRequest::getUrl)
                .collect(Collectors.toList());
    }

    long count(String method, String path) {
        return requested(method).stream().filter(path::equals).count();
    }

    static CrawlSettings settings() {
        return new CrawlSettings(100, 10, 0, 2, 5, 1024 * 1024, CrawlSettings.DEFAULT_USER_AGENT, true);
    }

    static Crawler crawler(CrawlSettings settings) {
        return new Crawler(settings, CrawlListener.NONE, LOOPBACK_DNS);
    }

    static final DnsResolver LOOPBACK_DNS = new DnsResolver() {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            if (host.endsWith(".test") || host.equals("127.0.0.1")) {
                return new InetAddress[] {InetAddress.getLoopbackAddress()};
            }
            throw new UnknownHostException(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    };

    /** Collects what a crawl handed to its page handler: each page and its title. */
    static final class Pages implements PageHandler {
        final Map<URI, CrawledPage> pages = new ConcurrentHashMap<>();
        final Map<URI, String> titles = new ConcurrentHashMap<>();
        final Map<URI, String> texts = new ConcurrentHashMap<>();

        @Override
        public void onPage(CrawledPage page, Document document) {
            pages.put(page.url(), page);
            titles.put(page.url(), document.title());
            texts.put(page.url(), document.body() == null ? "" : document.body().text());
        }

        List<String> paths() {
            return pages.keySet().stream().map(URI::getPath).sorted().toList();
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
