package vn.minhbach.render;

import java.util.HashSet;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Reads a rendered page and the other pages of the list it shows: while the page has an enabled "next page"
 * control that is a button rather than a link (a link is a page the crawl follows itself), it is clicked, and
 * each new state's body is added to the first state's, as a {@code <section data-list-state="n">}. Stops at a
 * state already seen, at the limit, or at the deadline.
 */
final class ListStates {
    /** The control a reader would click for the next page: by its words, its symbol, its label or its class. */
    private static final String FIND_NEXT = """
            const words = /^(sau|tiếp|tiếp theo|trang sau|trang tiếp|tới|next|next page|›|»|>|>>|→)$/i;
            const named = e => [e.innerText, e.getAttribute('aria-label'), e.getAttribute('title')]
                .some(t => t && words.test(t.trim()));
            const classed = e => /(^|[\\s_-])next([\\s_-]|$)/i.test(e.className || '');
            const off = e => e.disabled || e.getAttribute('aria-disabled') === 'true'
                || /disabled/i.test(e.className || '') || (e.closest('li') && /disabled/i.test(e.closest('li').className || ''));
            const visible = e => e.offsetParent !== null || e.getClientRects().length > 0;
            const all = Array.from(document.querySelectorAll('button, a, [role=button], li.next > *, span.next'));
            return all.find(e => (named(e) || classed(e)) && !off(e) && visible(e) && !linksAway(e)) || null;
            function linksAway(e) {
              if (e.tagName !== 'A') return false;
              const href = (e.getAttribute('href') || '').trim();
              return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
            }
            """;

    private final WebDriver driver;

    ListStates(WebDriver driver) {
        this.driver = driver;
    }

    /** Something that returns once the page has settled after a click. */
    interface Settle {
        void await() throws InterruptedException;
    }

    String read(Settle settle, long deadline, int maxStates) throws InterruptedException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String first = (String) js.executeScript("return document.documentElement.outerHTML");
        String body = (String) js.executeScript("return document.body ? document.body.innerHTML : ''");
        Set<String> seen = new HashSet<>();
        seen.add(body);
        StringBuilder more = new StringBuilder();
        for (int state = 2; state <= maxStates && System.nanoTime() < deadline; state++) {
            Object next = js.executeScript(FIND_NEXT);
            if (next == null) {
                break;
            }
            js.executeScript("arguments[0].click()", next);
            settle.await();
            body = (String) js.executeScript("return document.body ? document.body.innerHTML : ''");
            if (!seen.add(body)) {
                break;
            }
            more.append("<section data-list-state=\"").append(state).append("\">").append(body).append("</section>");
        }
        if (more.isEmpty()) {
            return first;
        }
        int end = first.lastIndexOf("</body>");
        return end < 0 ? first + more : first.substring(0, end) + more + first.substring(end);
    }
}
