package vn.minhbach.check;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.minhbach.extract.Keys;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.QaPair;
import vn.minhbach.extract.Texts;
import vn.minhbach.extract.Topic;
import vn.minhbach.extract.Uris;
import vn.minhbach.model.Text;

/** The question-and-answer pairs of a whole site, each once (the same question is often listed twice). */
final class QaPairs {
    private QaPairs() {
    }

    /**
     * The pairs of the Q&amp;A section named by {@code topic}: pairs shown on a page about another topic
     * ({@link PageTopic}: "Hỏi – đáp về pháp luật" is not the citizens' Q&amp;A), or on a page that such a page
     * lists, are left out.
     */
    static List<QaPair> of(SiteView site, Topic topic) {
        PageTopic about = PageTopic.of(site);
        Set<URI> listedElsewhere = new HashSet<>();
        Set<PageFacts> elsewhere = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PageFacts page : site.pages()) {
            if (about.elsewhere(page, topic)) {
                elsewhere.add(page);
                page.entries().forEach(e -> listedElsewhere.add(e.link()));
            }
        }
        Set<String> ownPages = new HashSet<>();
        for (PageFacts page : site.pages()) {
            if (page.qa().size() == 1) {
                ownPages.add(Uris.key(page.url()));
                ownPages.add(Uris.key(page.finalUrl()));
            }
        }
        Map<String, QaPair> pairs = new LinkedHashMap<>();
        for (PageFacts page : site.pages()) {
            if (elsewhere.contains(page) || listedElsewhere.contains(page.url())) {
                continue;
            }
            for (QaPair shown : page.qa()) {
                QaPair pair = shown.url() != null ? shown
                        : new QaPair(shown.question(), shown.asked(), shown.answered(), page.url());
                pairs.merge(key(pair, ownPages), pair, QaPairs::richer);
            }
        }
        return new ArrayList<>(pairs.values());
    }

    /**
     * What makes two sightings one question: the question's own page (a page that shows this one pair), which
     * its list row links to, whatever each calls it; else its text and the date it was asked.
     */
    private static String key(QaPair pair, Set<String> ownPages) {
        String page = Uris.key(pair.url());
        return ownPages.contains(page) ? "page " + page : Keys.of(Texts.clean(pair.question(), 200)) + pair.asked();
    }

    /** Of two sightings of the same question, the one that shows more dates. */
    private static QaPair richer(QaPair a, QaPair b) {
        int datesA = (a.asked() == null ? 0 : 1) + (a.answered() == null ? 0 : 1);
        int datesB = (b.asked() == null ? 0 : 1) + (b.answered() == null ? 0 : 1);
        return datesB > datesA ? b : a;
    }

    /** The pages that show pairs, as candidates of the trace. */
    static void tracePages(Trace trace, SiteView site) {
        for (PageFacts page : site.pages()) {
            if (!page.qa().isEmpty()) {
                trace.page(page.url(), site.name(page), Text.of("check.trace.qaPairs", page.qa().size()));
            }
        }
    }

    /** A pair as a row read: its question, the answer's date (else the question's), and both dates in words. */
    static void trace(Trace trace, QaPair pair) {
        trace.row(new Trace.Row(pair.url(), Trace.Kind.QA_PAIR, title(pair),
                pair.answered() != null ? pair.answered() : pair.asked(), pair.url(),
                Text.of("check.trace.qaDates", day(pair.asked()), day(pair.answered()))));
    }

    private static Object day(LocalDate date) {
        return date == null ? Text.of("check.trace.noDate") : date;
    }

    static String title(QaPair pair) {
        return Texts.clean(pair.question(), 160);
    }
}
