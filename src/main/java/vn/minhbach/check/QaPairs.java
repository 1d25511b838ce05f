package vn.minhbach.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.check.extract.QaPair;

/** The question-and-answer pairs of a whole site, each once (the same question is often listed twice). */
final class QaPairs {
    private QaPairs() {
    }

    static List<QaPair> of(SiteView site) {
        Map<String, QaPair> pairs = new LinkedHashMap<>();
        for (PageFacts page : site.pages()) {
            for (QaPair shown : page.qa()) {
                QaPair pair = shown.url() != null ? shown
                        : new QaPair(shown.question(), shown.asked(), shown.answered(), page.url());
                pairs.merge(Keys.of(Texts.clean(pair.question(), 200)) + pair.asked(), pair, QaPairs::richer);
            }
        }
        return new ArrayList<>(pairs.values());
    }

    /** Of two sightings of the same question, the one that shows more dates. */
    private static QaPair richer(QaPair a, QaPair b) {
        int datesA = (a.asked() == null ? 0 : 1) + (a.answered() == null ? 0 : 1);
        int datesB = (b.asked() == null ? 0 : 1) + (b.answered() == null ? 0 : 1);
        return datesB > datesA ? b : a;
    }

    static String title(QaPair pair) {
        return Texts.clean(pair.question(), 160);
    }
}
