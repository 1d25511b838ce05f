package vn.minhbach.render;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * When a rendered page has finished drawing: its document has loaded, no request of it has been in flight for
 * {@link #QUIET_MILLIS}, and none of its short timers is pending ({@link #TIMERS}).
 */
final class Quiet {
    /**
     * Counts the page's short timers still to fire: an application often waits a moment (a debounce, an
     * animation) before it asks for its data, and a page with such a timer pending has not finished drawing,
     * however quiet its network. Timers of more than a second (clocks, carousels) are not counted.
     */
    static final String TIMERS = """
            (() => {
              if (window.__minhbachTimers) return;
              const pending = new Set(), set = window.setTimeout, clear = window.clearTimeout;
              window.__minhbachTimers = pending;
              window.setTimeout = function (fn, delay, ...args) {
                if (typeof fn !== 'function' || Number(delay) > 1000) return set.call(window, fn, delay, ...args);
                const id = set.call(window, function () { pending.delete(id); return fn.apply(this, arguments); },
                    delay, ...args);
                pending.add(id);
                return id;
              };
              window.clearTimeout = function (id) { pending.delete(id); return clear.call(window, id); };
            })();
            """;
    private static final String SETTLED = "return document.readyState === 'complete'"
            + " && (!window.__minhbachTimers || window.__minhbachTimers.size === 0)";
    /** The page has gone quiet when no request has been in flight for this long. */
    static final long QUIET_MILLIS = 300;

    private Quiet() {
    }

    /** Waits until the page is quiet, or until the deadline ({@link System#nanoTime()}). */
    static void await(WebDriver driver, Interception.Page page, long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            if (page.quietFor(QUIET_MILLIS) && Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(SETTLED))) {
                return;
            }
            Thread.sleep(50);
        }
    }
}
