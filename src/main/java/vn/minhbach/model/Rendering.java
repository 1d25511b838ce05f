package vn.minhbach.model;

import java.net.URI;
import java.util.List;

/**
 * What a browser showed of a page ({@code crawl.Renderer}).
 *
 * @param html     the rendered DOM as HTML; the states of a paged list each follow the first, as sections of
 *                 its body; null when the page could not be rendered
 * @param finalUrl where the browser ended (a client-side route included), or null
 * @param data     the JSON answers the page's scripts loaded, in the order they came, with the remaining
 *                 pages of a paged list asked by the crawl itself
 * @param failure  why the page could not be rendered (no browser, a crash, the time budget), or null
 */
public record Rendering(String html, URI finalUrl, List<DataAnswer> data, String failure) {
    public Rendering {
        data = List.copyOf(data);
    }

    public static Rendering unavailable(String why) {
        return new Rendering(null, null, List.of(), why);
    }

    public boolean rendered() {
        return html != null;
    }

    /**
     * A JSON answer a page's scripts loaded.
     *
     * @param method      the request's method
     * @param url         the request's address
     * @param requestBody the request's body (a POST's paging), or null
     * @param body        the answer's text
     */
    public record DataAnswer(String method, URI url, String requestBody, String body) {
    }
}
