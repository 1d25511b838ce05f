package vn.minhbach.render;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.crawl.BrowserRequests;
import vn.minhbach.crawl.RawResponse;
import vn.minhbach.crawl.Renderer;
import vn.minhbach.model.Rendering;

/**
 * The one browser of an audit, started when the first page needs it, so an audit of sites that need none
 * starts none; a browser that stops mid-audit (a crash) is started again, at most {@link #MAX_RESTARTS} times. Without Chromium and chromedriver, or when the browser cannot start, every page gets the
 * reason instead of a rendering ({@link BrowserInstall#NEEDS_BROWSER}); the audit goes on without it.
 */
public final class Browser implements Renderer {
    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

    /** Browsers started again after one stopped mid-audit, at most. */
    static final int MAX_RESTARTS = 2;

    private final Duration pageBudget;
    private ChromeRenderer started;
    private int restarts;
    private String unavailable;
    private boolean closed;

    public Browser(Duration pageBudget) {
        this.pageBudget = pageBudget;
    }

    @Override
    public Rendering render(URI url, RawResponse served, BrowserRequests requests) throws InterruptedException {
        ChromeRenderer renderer = renderer();
        if (renderer == null) {
            return Rendering.unavailable(unavailable);
        }
        Rendering shown = renderer.render(url, served, requests);
        if (shown.rendered() || renderer.alive()) {
            return shown;
        }
        // The browser stopped under this page: the page is asked once more of a new one.
        ChromeRenderer again = renderer();
        return again == null || again == renderer ? shown : again.render(url, served, requests);
    }

    private synchronized ChromeRenderer renderer() {
        if (started != null && !started.alive() && restarts < MAX_RESTARTS) {
            LOG.warn("the browser stopped; starting another");
            started.close();
            started = null;
            restarts++;
        }
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
