package vn.minhbach.check;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFacts.Entry;
import vn.minhbach.extract.PageFacts.Label;
import vn.minhbach.extract.Synonyms;
import vn.minhbach.extract.Texts;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.Text;

/**
 * The sentences rules give their {@link Trace}. Every method is called only when the trace is on, so building
 * these words costs nothing in an audit.
 */
final class Traced {
    private Traced() {
    }

    /** Why a label matched: the term of the vocabulary or the override pattern it satisfied. */
    static String why(String what, Label label, Synonyms terms, List<Pattern> patterns) {
        String term = terms.matched(label.key());
        if (term != null) {
            return what + " \"" + label.text() + "\" khớp từ \"" + term + "\"";
        }
        for (Pattern p : patterns) {
            if (p.matcher(label.key().strip()).find()) {
                return what + " \"" + label.text() + "\" khớp mẫu patterns \"" + p.pattern() + "\"";
            }
        }
        return what + " \"" + label.text() + "\"";
    }

    /** A reason's words in Vietnamese, for a trace note. */
    static String vi(Text text) {
        return Messages.vi().format(text);
    }

    static void entry(Trace trace, PageFacts page, Trace.Kind kind, Entry entry, String why) {
        trace.row(new Trace.Row(page.url(), kind, entry.title().text(), entry.date(), entry.link(), why));
    }

    static void page(Trace trace, PageFacts page, String why) {
        trace.row(new Trace.Row(page.url(), Trace.Kind.PAGE, page.displayTitle(), page.date(), page.url(), why));
    }

    /**
     * The decisions of a rule that judges by the newest dated row: that row kept, undated rows and older rows
     * set aside with their reason.
     */
    static void newest(Trace trace, Collection<Publication> rows, String keptWhy) {
        LocalDate newest = Publication.newest(rows);
        for (Publication p : rows) {
            if (p.date() == null) {
                trace.decide(p.url(), p.title(), false, "không có ngày (hoặc ngày sau ngày đánh giá)");
            } else if (p.date().equals(newest)) {
                trace.decide(p.url(), p.title(), true, keptWhy + " (" + Texts.date(p.date()) + ")");
            } else {
                trace.decide(p.url(), p.title(), false, "có dòng mới hơn (" + Texts.date(newest) + ")");
            }
        }
    }

    static void decide(Trace trace, Publication p, boolean kept, String reason) {
        trace.decide(p.url(), p.title(), kept, reason);
    }
}
