package vn.minhbach.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.model.Rendering;

/**
 * Which pages of a site a browser reads ({@code crawl.render}) and the reading itself: with {@code auto}, a
 * page whose HTML is an application shell ({@link vn.minhbach.html.AppShell}) or whose own scripts build its
 * lists from data they load ({@link vn.minhbach.html.ScriptLists}); with {@code always}, every page; with
 * {@code never}, none. At most
 * {@code crawl.renderMaxPages} pages of the site are rendered; the browser's requests go through the crawl's
 * {@link BrowserGate}.
 */
final class PageRendering {
    private final CrawlSettings.Render settings;
    private final Renderer renderer;
    private final BrowserRequests gate;
    /** Pages of one paged JSON list read at most, the first included. */
    static final int MAX_API_PAGES = 100;
    /** JSON answers kept at most for one rendered page. */
    static final int MAX_ANSWERS = 500;
    private static final RawResponse.Header ACCEPT_JSON = new RawResponse.Header("Accept", "application/json");
    private static final RawResponse.Header JSON_BODY = new RawResponse.Header("Content-Type", "application/json");

    private final AtomicInteger started = new AtomicInteger();

    PageRendering(CrawlSettings.Render settings, Renderer renderer, BrowserRequests gate) {
        this.settings = settings;
        this.renderer = renderer;
        this.gate = gate;
    }

    /** Whether a page that does not need a browser is rendered all the same ({@code crawl.render: always}). */
    boolean always() {
        return settings.mode() == CrawlSettings.Render.Mode.ALWAYS;
    }

    /**
     * Renders the page, then asks the crawl itself for the remaining pages of each paged JSON list the page loaded
     * that {@code wanted} cares for ({@link ApiPaging}), through the same gate as the browser's requests.
     */
    Rendering render(URI url, RawResponse served, Predicate<Rendering.DataAnswer> wanted) throws InterruptedException {
        Rendering shown = render(url, served);
        if (!shown.rendered() || shown.data().isEmpty()) {
            return shown;
        }
        List<Rendering.DataAnswer> all = new ArrayList<>(shown.data());
        Set<String> asked = new HashSet<>();
        all.forEach(a -> asked.add(a.method() + " " + a.url() + " " + a.requestBody()));
        for (Rendering.DataAnswer answer : shown.data()) {
            if (!wanted.test(answer)) {
                continue;
            }
            var first = new ApiPaging.ApiCall(answer.method(), answer.url(), answer.requestBody());
            for (ApiPaging.ApiCall call : ApiPaging.rest(first, answer.body(), MAX_API_PAGES)) {
                if (all.size() >= MAX_ANSWERS || !asked.add(call.method() + " " + call.url() + " " + call.body())) {
                    continue;
                }
                BrowserReply reply = gate.send(new BrowserRequest(call.method(), call.url(), call.body() == null
                        ? List.of(ACCEPT_JSON) : List.of(ACCEPT_JSON, JSON_BODY),
                        call.body() == null ? null : call.body().getBytes(StandardCharsets.UTF_8), "Fetch"));
                if (reply.sent() && reply.status() == 200) {
                    all.add(new Rendering.DataAnswer(call.method(), call.url(), call.body(),
                            new String(reply.body(), StandardCharsets.UTF_8)));
                }
            }
        }
        return new Rendering(shown.html(), shown.finalUrl(), all, null);
    }

    private Rendering render(URI url, RawResponse served) throws InterruptedException {
        if (settings.mode() == CrawlSettings.Render.Mode.NEVER) {
            return Rendering.unavailable("crawl.render is never");
        }
        if (started.incrementAndGet() > settings.maxPages()) {
            return Rendering.unavailable("beyond crawl.renderMaxPages " + settings.maxPages());
        }
        return renderer.render(url, served, gate);
    }
}
