package vn.minhbach.explain;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.check.Trace;
import vn.minhbach.model.Text;
import vn.minhbach.text.VietText;

/**
 * The {@link Trace} of {@code explain}: keeps what one item's evaluation reported, each page and row once, its
 * texts as said by the rules ({@link Text}) for the explanation to word in its language.
 * Rows are named by their address (or the page listing them) and title, which is how decisions name them.
 */
public final class Recorder implements Trace {
    /** A page considered and every reason given for it. */
    record Page(URI url, String title, List<Text> why) {
    }

    /** A rule's decision on the rows of one address and title. */
    record Decision(String key, String titleKey, boolean kept, Text reason) {
    }

    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<Text> notes = new ArrayList<>();

    @Override
    public boolean on() {
        return true;
    }

    @Override
    public synchronized void page(URI url, String title, Text why) {
        Page page = pages.computeIfAbsent(key(url), k -> new Page(url, title, new ArrayList<>()));
        if (!page.why().contains(why)) {
            page.why().add(why);
        }
    }

    @Override
    public synchronized void row(Row row) {
        String key = key(row.link() != null ? row.link() : row.page()) + "|" + titleKey(row.title()) + "|" + row.date();
        // a row the item's own selectors read is shown as such, though the page's shape yielded it too
        if (row.kind() == Kind.OVERRIDE_SELECTION) {
            rows.put(key, row);
        } else {
            rows.putIfAbsent(key, row);
        }
    }

    @Override
    public synchronized void decide(URI url, String title, boolean kept, Text reason) {
        decisions.add(new Decision(key(url), titleKey(title), kept, reason));
    }

    @Override
    public synchronized void note(Text text) {
        if (!notes.contains(text)) {
            notes.add(text);
        }
    }

    synchronized List<Page> pages() {
        return List.copyOf(pages.values());
    }

    synchronized List<Row> rows() {
        return List.copyOf(rows.values());
    }

    synchronized List<Text> notes() {
        return List.copyOf(notes);
    }

    /**
     * The last decision on a row: by its address and title, else by its address alone when that names one
     * document (rows merged under one address take the decision of the merged row).
     */
    synchronized Decision decision(Row row) {
        String key = key(row.link() != null ? row.link() : row.page());
        String title = titleKey(row.title());
        Decision byAddress = null;
        for (int i = decisions.size() - 1; i >= 0; i--) {
            Decision d = decisions.get(i);
            if (d.key().equals(key)) {
                if (d.titleKey().equals(title)) {
                    return d;
                }
                if (byAddress == null) {
                    byAddress = d;
                }
            }
        }
        return row.link() != null ? byAddress : null;
    }

    static String key(URI url) {
        if (url == null) {
            return "";
        }
        String s = url.toString();
        int hash = s.indexOf('#');
        s = hash >= 0 ? s.substring(0, hash) : s;
        s = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    private static String titleKey(String title) {
        return title == null ? "" : VietText.key(title);
    }
}
