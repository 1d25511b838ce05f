package vn.minhbach.crawl;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.minhbach.html.Recent;

/**
 * Whether a link turns the page of the list it sits on: long lists (news, documents, questions) are paged,
 * and a pager that links only the previous and next page makes a chain as long as the list. The crawl gives
 * such a link the depth of the list page, not one more, so that {@code crawl.maxDepth} counts the hops to a
 * list and not the pages of it; the trap guards ({@link TrapFilter}) and {@code crawl.maxPages} still bound
 * a pager that never ends.
 *
 * <p>A link turns the page when it leads to the same host and path with one page parameter added or changed
 * to a number ({@code ?page=2}, {@code &pageindex=3}, Domino's {@code ?OpenView&page=2}), or when its text is a
 * pager's ("Trang sau", "Sau", "Tiếp", "Next", "»", "›", a page number) and its address is the list's with
 * only page numbers and page words changed ({@code /currentpage/2/}, {@code /page/3/}, {@code /trang-4}).
 */
final class Pagination {

    /** Page parameters; not WordPress's "p", which names a post. */
    private static final Pattern PAGE_PARAM = Pattern.compile(
            "(?i)page|pg|paged|trang|pageindex|pagenumber|pageno|page_no|currentpage|curpage|pagenum|"
                    + "start|offset|skip|.*page|.*pager.*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");
    /** Pager texts, folded: next/previous words and arrows, a page number, "[3]", "Trang 3". */
    private static final Pattern PAGER_TEXT = Pattern.compile(
            "(?:trang )?(?:sau|tiep|tiep theo|truoc|next|prev|previous|older|newer)(?: trang)?|[»›>«‹<]{1,2}"
                    + "|\\[?\\d{1,4}\\]?|trang \\d{1,4}|(?:trang )?(?:sau|tiep|next) [»›>]{1,2}|[«‹<]{1,2} (?:trang )?"
                    + "(?:truoc|prev|previous)");
    /** Path parts that only number a page: "2", "page", "currentpage", "trang-3", "p4". */
    private static final Pattern PAGE_SEGMENT = Pattern.compile(
            "(?i)\\d{1,5}|page|paged|trang|currentpage|pageindex|p|pg|(?:page|trang|p)[-_]?\\d{1,5}");

    private static final Recent<Boolean> PAGER_TEXTS = new Recent<>(4096, 200);

    private Pagination() {
    }

    /** True when the link from the list page {@code from} leads to another page of the same list. */
    static boolean turnsPage(URI from, URI to, String anchorText) {
        if (from == null || to == null || !Objects.equals(host(from), host(to))) {
            return false;
        }
        if (Objects.equals(from.getRawPath(), to.getRawPath()) && onePageParamChanged(from, to)) {
            return true;
        }
        return pagerText(anchorText) && stem(from).equals(stem(to)) && !from.equals(to);
    }

    /** Whether a link's text is a pager's; the menus and footers of a site repeat, so each thread keeps answers. */
    static boolean pagerText(String text) {
        return text != null && PAGER_TEXTS.get(text, Pagination::foldedPagerText);
    }

    private static boolean foldedPagerText(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return !folded.isEmpty() && PAGER_TEXT.matcher(folded).matches();
    }

    private static boolean onePageParamChanged(URI from, URI to) {
        List<String> a = params(from);
        List<String> b = params(to);
        List<String> onlyA = new ArrayList<>(a);
        onlyA.removeAll(b);
        List<String> onlyB = new ArrayList<>(b);
        onlyB.removeAll(a);
        if (onlyB.size() != 1 || onlyA.size() > 1) {
            return false;
        }
        String[] added = onlyB.get(0).split("=", 2);
        if (added.length != 2 || !PAGE_PARAM.matcher(added[0]).matches() || !NUMBER.matcher(added[1]).matches()) {
            return false;
        }
        return onlyA.isEmpty() || onlyA.get(0).split("=", 2)[0].equalsIgnoreCase(added[0]);
    }

    /** The address without its page numbers and page words, in path and query. */
    private static String stem(URI uri) {
        StringBuilder out = new StringBuilder();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !PAGE_SEGMENT.matcher(segment).matches()) {
                out.append('/').append(segment.toLowerCase(Locale.ROOT));
            }
        }
        out.append('?');
        for (String param : params(uri)) {
            String[] kv = param.split("=", 2);
            boolean page = PAGE_PARAM.matcher(kv[0]).matches() && (kv.length < 2 || NUMBER.matcher(kv[1]).matches());
            if (!page) {
                out.append(param).append('&');
            }
        }
        return out.toString();
    }

    private static List<String> params(URI uri) {
        String query = uri.getRawQuery();
        List<String> out = new ArrayList<>();
        if (query != null) {
            for (String p : query.split("&")) {
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    }
}
