package vn.minhbach.demo;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Both demo sites answered in-process (no sockets), with a small same-site crawler for tests. */
final class InProcessSites {

    static final URI PORTAL = URI.create("http://127.0.0.1:8101/");
    static final URI ONESTOP = URI.create("http://127.0.0.1:8102/");
    private static final Pattern CHARSET = Pattern.compile("charset=([\\w-]+)");

    final PortalContent content;
    final SiteHandler portal;
    final SiteHandler onestop;

    InProcessSites(LocalDate asOf) {
        this(asOf, Skin.DEFAULT);
    }

    InProcessSites(LocalDate asOf, Skin skin) {
        content = PortalContent.generate(asOf);
        PortalPages portalPages = new PortalPages(content, ONESTOP, skin);
        OnestopPages onestopPages = new OnestopPages(Procedures.generate(), PORTAL, skin);
        portal = new SiteHandler(portalPages.routes(PORTAL), portalPages.notFound(), skin.paths());
        onestop = new SiteHandler(onestopPages.routes(ONESTOP), onestopPages.notFound(), skin.paths());
    }

    static Response get(SiteHandler site, String pathAndQuery) {
        URI uri = URI.create(pathAndQuery);
        return site.answer(uri.getRawPath(), uri.getRawQuery());
    }

    static String text(Response response) {
        Matcher m = CHARSET.matcher(String.valueOf(response.contentType()));
        Charset charset = m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
        return new String(response.body(), charset);
    }

    /**
     * Every page reachable from the home page by same-site links, without following redirects, robots.txt
     * disallowed paths, or more than {@code calendarPages} pages of the endless calendar.
     */
    static Map<String, Response> crawl(SiteHandler site, URI base, int calendarPages) {
        Map<String, Response> seen = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        int calendar = 0;
        while (!queue.isEmpty()) {
            String target = queue.poll();
            if (seen.containsKey(target)) {
                continue;
            }
            if (target.startsWith(PortalTraps.CALENDAR) && ++calendar > calendarPages) {
                continue;
            }
            Response response = get(site, target);
            seen.put(target, response);
            if (response.status() != 200 || !String.valueOf(response.contentType()).startsWith("text/html")) {
                continue;
            }
            Document doc = Jsoup.parse(text(response), base.resolve(target).toString());
            for (Element a : doc.select("a[href]")) {
                URI link = URI.create(a.absUrl("href").replace(" ", "%20"));
                if (base.getAuthority().equals(link.getAuthority())) {
                    String local = link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
                    if (!local.startsWith("/admin/") && !local.startsWith("/search")) {
                        queue.add(local);
                    }
                }
            }
        }
        return seen;
    }
}
