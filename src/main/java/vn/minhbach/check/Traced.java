package vn.minhbach.check;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFacts.Entry;
import vn.minhbach.extract.PageFacts.Label;
import vn.minhbach.extract.Synonyms;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.Text;

/**
 * The sentences rules give their {@link Trace}, as texts of the check bundle ({@code check.trace.*}) that
 * {@code explain} says in its language. Every method is called only when the trace is on, so building these
 * texts costs nothing in an audit.
 */
final class Traced {
    private Traced() {
    }

    /** Why a label matched: the term of the vocabulary or the override pattern it satisfied. */
    static Text why(Text what, Label label, Synonyms terms, List<Pattern> patterns) {
        String term = terms.matched(label.key());
        if (term != null) {
            return Text.of("check.trace.matchedTerm", what, label.text(), term);
        }
        for (Pattern p : patterns) {
            if (p.matcher(label.key().strip()).find()) {
                return Text.of("check.trace.matchedPattern", what, label.text(), p.pattern());
            }
        }
        return Text.of("check.trace.label", what, label.text());
    }

    /** What a label is ({@code check.trace.what.<kind>}): title, h1, pageTitle, linkText, link, breadcrumb. */
    static Text what(String kind) {
        return Text.of("check.trace.what." + kind);
    }

    /** A reason's words in Vietnamese. */
    static String vi(Text text) {
        return Messages.vi().format(text);
    }

    /** {@code list} followed by a comma and {@code item}; {@code item} alone when {@code list} is null. */
    static Text list(Text list, Text item) {
        return list == null ? item : list.then(Text.plain(", ")).then(item);
    }

    static void entry(Trace trace, PageFacts page, Trace.Kind kind, Entry entry, Text why) {
        trace.row(new Trace.Row(page.url(), kind, entry.title().text(), entry.date(), entry.link(), why));
    }

    static void page(Trace trace, PageFacts page, Text why) {
        trace.row(new Trace.Row(page.url(), Trace.Kind.PAGE, page.displayTitle(), page.date(), page.url(), why));
    }

    /**
     * The decisions of a rule that judges by the newest dated row: that row kept, undated rows and older rows
     * set aside with their reason.
     */
    static void newest(Trace trace, Collection<Publication> rows, Text keptWhy) {
        LocalDate newest = Publication.newest(rows);
        for (Publication p : rows) {
            if (p.date() == null) {
                trace.decide(p.url(), p.title(), false, Text.of("check.trace.undated"));
            } else if (p.date().equals(newest)) {
                trace.decide(p.url(), p.title(), true, Text.of("check.trace.newestKept", keptWhy, p.date()));
            } else {
                trace.decide(p.url(), p.title(), false, Text.of("check.trace.newerRow", newest));
            }
        }
    }

    static void decide(Trace trace, Publication p, boolean kept, Text reason) {
        trace.decide(p.url(), p.title(), kept, reason);
    }
}
