package vn.minhbach.render;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.crawl.BrowserRequests;
import vn.minhbach.crawl.RawResponse;
import vn.minhbach.crawl.Renderer;
import vn.minhbach.crawl.Rendering;

/**
 * The one browser of an audit, started when the first page needs it, so an audit of sites that need none
 * starts none. Without Chromium and chromedriver, or when the browser cannot start, every page gets the
 * reason instead of a rendering ({@link BrowserInstall#NEEDS_BROWSER}); the audit goes on without it.
 */
public final class Browser implements Renderer {
    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

    private final Duration pageBudget;
    private Renderer started;
    private String unavailable;
    private boolean closed;

    public Browser(Duration pageBudget) {
        this.pageBudget = pageBudget;
    }

    @Override
    public Rendering render(URI url, RawResponse served, BrowserRequests requests) throws InterruptedException {
        Renderer renderer = renderer();
        return renderer == null ? Rendering.unavailable(unavailable) : renderer.render(url, served, requests);
    }

    private synchronized Renderer renderer() {
        if (started != null || unavailable != null) {
            return started;
        }
        if (closed) {
            unavailable = "the audit is over";
            return null;
        }
        BrowserInstall install = BrowserInstall.probe();
        if (!install.ready()) {
            unavailable = BrowserInstall.NEEDS_BROWSER;
            LOG.warn("a page is built by JavaScript but {}: {}", install.missing().orElse(""), unavailable);
            return null;
        }
        try {
            started = ChromeRenderer.start(install, pageBudget);
            LOG.info("rendering pages built by JavaScript in {}", install.chromiumVersion());
        } catch (IOException e) {
            unavailable = BrowserInstall.NEEDS_BROWSER + " (the browser did not start: " + e.getMessage() + ")";
            LOG.warn("{}", unavailable);
        }
        return started;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (started != null) {
            started.close();
        }
    }
}
