package vn.minhbach.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.UnreachableBrowserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.crawl.BrowserRequests;
import vn.minhbach.crawl.RawResponse;
import vn.minhbach.crawl.Renderer;
import vn.minhbach.model.Rendering;

/**
 * Renders pages in one headless Chromium, driven by chromedriver (WebDriver) for navigation and reading, and
 * over DevTools for its network: every request the browser makes is paused and answered by the crawl
 * ({@link Interception}), and the browser is started behind a proxy that does not exist, so a request that
 * escaped the interception could not reach any host either. One page renders at a time. The browser, its
 * driver and its profile are gone after {@link #close}, which a shutdown hook also calls when the JVM is
 * stopped mid-audit.
 */
public final class ChromeRenderer implements Renderer {
    private static final Logger LOG = LoggerFactory.getLogger(ChromeRenderer.class);
    /**
     * Selenium looks for its own DevTools bindings of the browser's version and warns on every start that it has
     * none; the renderer speaks DevTools itself ({@link Cdp}), so the warning says nothing to a user. Held here so
     * the level set stays set.
     */
    private static final java.util.logging.Logger CDP_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    /** States of a paged list read by clicking its "next" control, the first included. */
    static final int MAX_LIST_STATES = 30;

    private final ChromeDriver driver;
    private final Cdp cdp;
    private final Interception interception;
    private final ExecutorService answering;
    private final Path profile;
    private final long pageMillis;
    private final Thread hook;
    private final Optional<Watchdog> watchdog;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean dead;

    private ChromeRenderer(ChromeDriver driver, Cdp cdp, Interception interception, ExecutorService answering,
                           Path profile, long pageMillis) {
        this.driver = driver;
        this.cdp = cdp;
        this.interception = interception;
        this.answering = answering;
        this.profile = profile;
        this.pageMillis = pageMillis;
        this.hook = new Thread(this::close, "browser-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        this.watchdog = Watchdog.watch(profile);
    }

    /**
     * Starts the browser.
     *
     * @param pageBudget the time one page may take to render, its list states included
     * @throws IOException when the browser or its driver cannot be started
     */
    public static ChromeRenderer start(BrowserInstall install, Duration pageBudget) throws IOException {
        if (!install.ready()) {
            throw new IOException(install.missing().orElse("no browser"));
        }
        Path profile = Files.createTempDirectory("minhbach-browser-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(install.chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--no-first-run", "--mute-audio", "--window-size=1280,1024",
                "--blink-settings=imagesEnabled=false",
                // Anything the interception did not answer goes to this closed port and fails.
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(install.driver().toString())).usingAnyFreePort().build();
        ExecutorService answering = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "browser-requests");
            t.setDaemon(true);
            return t;
        });
        ChromeDriver driver = null;
        try {
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(pageBudget).scriptTimeout(pageBudget);
            Object chromeOptions = driver.getCapabilities().getCapability("goog:chromeOptions");
            String address = chromeOptions instanceof Map<?, ?> map ? String.valueOf(map.get("debuggerAddress")) : null;
            Interception[] holder = new Interception[1];
            Cdp[] connection = new Cdp[1];
            Cdp cdp = Cdp.connect(address, (method, params) -> event(connection[0], holder[0], method, params));
            connection[0] = cdp;
            Interception interception = new Interception(cdp, answering);
            holder[0] = interception;
            intercept(cdp);
            return new ChromeRenderer(driver, cdp, interception, answering, profile, pageBudget.toMillis());
        } catch (IOException | RuntimeException e) {
            if (driver != null) {
                driver.quit();
            }
            answering.shutdownNow();
            delete(profile);
            throw e instanceof IOException io ? io : new IOException("cannot start the browser: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            driver.quit();
            answering.shutdownNow();
            delete(profile);
            throw new IOException("interrupted while starting the browser", e);
        }
    }

    /**
     * Pauses every request of the tab chromedriver drives, and of the frames and workers it starts (attached as
     * they appear, held until their requests are paused too).
     */
    private static void intercept(Cdp cdp) throws IOException, InterruptedException {
        for (JsonNode target : cdp.call(null, "Target.getTargets", null).path("targetInfos")) {
            if (target.path("type").asText().equals("page")) {
                String session = cdp.call(null, "Target.attachToTarget", Cdp.params()
                        .put("targetId", target.path("targetId").asText()).put("flatten", true))
                        .path("sessionId").asText();
                cdp.call(session, "Fetch.enable", fetchPatterns());
                cdp.call(session, "Page.addScriptToEvaluateOnNewDocument", Cdp.params().put("source", Quiet.TIMERS));
                cdp.call(session, "Target.setAutoAttach", Cdp.params().put("autoAttach", true)
                        .put("waitForDebuggerOnStart", true).put("flatten", true));
            }
        }
    }

    private static ObjectNode fetchPatterns() {
        ObjectNode params = Cdp.params();
        params.putArray("patterns").addObject().put("urlPattern", "*").put("requestStage", "Request");
        return params;
    }

    private static void event(Cdp cdp, Interception interception, String method, JsonNode params) {
        if (interception != null && method.equals("Fetch.requestPaused")) {
            interception.paused(params);
        } else if (method.equals("Target.attachedToTarget")) {
            String child = params.path("sessionId").asText();
            cdp.send(child, "Fetch.enable", fetchPatterns());
            cdp.send(child, "Target.setAutoAttach", Cdp.params().put("autoAttach", true)
                    .put("waitForDebuggerOnStart", true).put("flatten", true));
            cdp.send(child, "Runtime.runIfWaitingForDebugger", null);
        }
    }

    @Override
    public synchronized Rendering render(URI url, RawResponse served, BrowserRequests requests)
            throws InterruptedException {
        if (closed.get()) {
            return Rendering.unavailable("the browser was closed");
        }
        Interception.Page page = new Interception.Page(url, served, requests);
        long start = System.nanoTime();
        long deadline = start + pageMillis * 1_000_000;
        try {
            if (!anotherRoute(url)) {
                // A fresh document, so that nothing of the page before stays in the DOM read.
                driver.get("about:blank");
            }
            interception.begin(page);
            driver.get(url.toString());
            page.lastActivity = System.nanoTime();
            Quiet.await(driver, page, deadline);
            ListStates states = new ListStates(driver);
            // A click's requests may start after a pause of the page's own: the quiet time counts from the click.
            String html = states.read(() -> {
                page.lastActivity = System.nanoTime();
                Quiet.await(driver, page, deadline);
            }, deadline, MAX_LIST_STATES);
            URI finalUrl = URI.create(driver.getCurrentUrl());
            if (!page.refused().isEmpty()) {
                LOG.debug("{}: refused to the browser: {}", url, page.refused());
            }
            LOG.debug("rendered {} in {} ms", url, (System.nanoTime() - start) / 1_000_000);
            return new Rendering(html, finalUrl, page.data(), null);
        } catch (NoSuchSessionException | UnreachableBrowserException e) {
            dead = true;
            LOG.warn("the browser stopped while rendering {}: {}", url, firstLine(e.getMessage()));
            return Rendering.unavailable("the browser stopped: " + firstLine(e.getMessage()));
        } catch (WebDriverException | IllegalArgumentException e) {
            LOG.info("cannot render {}: {}", url, firstLine(e.getMessage()));
            return Rendering.unavailable("the browser could not render the page: " + firstLine(e.getMessage()));
        } finally {
            interception.end();
        }
    }

    /** False once the browser or its driver has gone (crashed, killed): a new one must be started. */
    boolean alive() {
        return !dead && !closed.get();
    }

    /**
     * True when the browser shows a client-side route of the same document as {@code url}, another route of
     * which it is asked for: the application changes the route itself, as a visitor's click would, without
     * loading the document again.
     */
    private boolean anotherRoute(URI url) {
        String current = driver.getCurrentUrl();
        int hash = current == null ? -1 : current.indexOf('#');
        String target = url.toString();
        int targetHash = target.indexOf('#');
        return hash > 0 && targetHash > 0 && current.substring(0, hash).equals(target.substring(0, targetHash))
                && !current.equals(target);
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.OFF);
        return logger;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // called by the hook itself
        }
        cdp.close();
        try {
            driver.quit();
        } catch (WebDriverException e) {
            LOG.debug("quitting the browser: {}", e.toString());
        }
        answering.shutdownNow();
        delete(profile);
        watchdog.ifPresent(Watchdog::stop);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot delete the browser profile {}: {}", dir, e.toString());
        }
    }
}
