package vn.minhbach.check;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFacts.Label;

/**
 * The name a report shows for a page of one site (docs/extraction.md "Page names and evidence"). What most
 * pages of a site repeat names the site, not the page: a heading that at least {@value #MIN_REPEATS} pages,
 * and half of them, share (the banner's "ỦY BAN NHÂN DÂN HUYỆN ..." where the portal's only h1 is its
 * logo), and a part of the title that as many share ("... - UBND huyện Lý Sơn", "Lý Sơn &gt; ..."). A page is
 * named by its own heading; else by its title without the site's name at either end; else by its whole title.
 */
final class PageNames {
    static final int MIN_REPEATS = 3;
    /** Title parts are separated by a spaced bar, colon, dash, "»" or "&gt;" (DNN's "Site &gt; Page"). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s[|:\\-–—»>]\\s");

    private final Set<String> titleParts;
    private final Set<String> headings;

    private PageNames(Set<String> titleParts, Set<String> headings) {
        this.titleParts = titleParts;
        this.headings = headings;
    }

    private static Cached last;

    private record Cached(WeakReference<List<PageFacts>> pages, PageNames names) {
    }

    /**
     * The names of one site's pages; every item of an audit asks for the same site's, so the last is kept, built by
     * the first thread that asks while the others wait.
     */
    static synchronized PageNames of(SiteView site) {
        Cached cached = last;
        if (cached != null && cached.pages().get() == site.pages()) {
            return cached.names();
        }
        PageNames names = read(site.pages());
        last = new Cached(new WeakReference<>(site.pages()), names);
        return names;
    }

    static PageNames read(List<PageFacts> pages) {
        Map<String, Integer> parts = new HashMap<>();
        Map<String, Integer> heads = new HashMap<>();
        for (PageFacts page : pages) {
            new HashSet<>(titleParts(page.title())).forEach(p -> parts.merge(p, 1, Integer::sum));
            if (page.heading() != null && !page.heading().text().isBlank()) {
                heads.merge(page.heading().key(), 1, Integer::sum);
            }
        }
        return new PageNames(repeated(parts, pages.size()), repeated(heads, pages.size()));
    }

    private static Set<String> repeated(Map<String, Integer> counts, int pages) {
        Set<String> out = new HashSet<>();
        counts.forEach((text, n) -> {
            if (n >= MIN_REPEATS && n * 2 >= pages) {
                out.add(text);
            }
        });
        return Set.copyOf(out);
    }

    /** The page's name: its heading unless the site repeats it, else its title less the site's name. */
    String name(PageFacts page) {
        if (page.heading() != null && !page.heading().text().isBlank() && !headings.contains(page.heading().key())) {
            return page.heading().text();
        }
        return ownTitle(page.title().text());
    }

    /** True when the text is a title part most pages of the site repeat: the site's name. */
    boolean siteName(String titlePart) {
        return titleParts.contains(Label.of(titlePart).text());
    }

    /**
     * The title without the parts at either end that name the site; the whole title when nothing else is
     * left. Separators inside what remains are kept ("Hỏi - đáp về pháp luật - UBND huyện" gives "Hỏi - đáp
     * về pháp luật").
     */
    String ownTitle(String title) {
        List<int[]> cuts = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) {
            cuts.add(new int[] {m.start(), m.end()});
        }
        int from = 0;
        int to = title.length();
        int first = 0;
        int lastCut = cuts.size() - 1;
        while (first <= lastCut && siteName(title.substring(from, cuts.get(first)[0]))) {
            from = cuts.get(first)[1];
            first++;
        }
        while (lastCut >= first && siteName(title.substring(cuts.get(lastCut)[1], to))) {
            to = cuts.get(lastCut)[0];
            lastCut--;
        }
        String own = title.substring(from, to).strip();
        return own.isEmpty() ? title : own;
    }

    static List<String> titleParts(Label title) {
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATOR.split(title.text())) {
            String text = Label.of(part).text();
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return parts;
    }
}
