package vn.minhbach.crawl;

import java.util.List;

/**
 * The crawl's answer to a {@link BrowserRequest}: the server's response, or a refusal the browser sees as a
 * blocked request.
 *
 * @param status  the HTTP status, or 0 when refused
 * @param reason  the status line's reason phrase
 * @param headers the response headers, less those that described the transfer (the body is decoded)
 * @param body    the body as read
 * @param refused why the request was not sent or failed (robots.txt, outside the site, a network error), or null
 */
public record BrowserReply(int status, String reason, List<RawResponse.Header> headers, byte[] body, String refused) {
    public BrowserReply {
        headers = List.copyOf(headers);
    }

    static BrowserReply refuse(String why) {
        return new BrowserReply(0, null, List.of(), new byte[0], why);
    }

    public boolean sent() {
        return refused == null;
    }

    public String header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(RawResponse.Header::value)
                .findFirst().orElse(null);
    }
}
