package vn.minhbach.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.minhbach.check.PageFacts.Entry;
import vn.minhbach.check.PageFacts.Label;
import vn.minhbach.check.PageFacts.Link;

/**
 * Finds the documents whose titles name a topic, wherever a site shows them: dated list rows, links,
 * pages whose h1 or title names it, and rows read with the item's configured selectors. Titles match the
 * topic's synonyms or one of the item's override patterns (tried on the folded title, punctuation as spaces).
 */
final class Publications {
    private Publications() {
    }

    static List<Publication> find(ItemContext ctx, Synonyms titles) {
        List<Pattern> patterns = ctx.override().patterns();
        List<Publication> found = new ArrayList<>();
        for (PageFacts page : ctx.site().pages()) {
            for (Entry entry : page.entries()) {
                if (matches(entry.title(), titles, patterns)) {
                    found.add(ctx.publication(entry, page));
                }
            }
            for (Entry entry : page.selected().getOrDefault(ctx.info().id(), List.of())) {
                if (matches(entry.title(), titles, patterns)) {
                    found.add(ctx.publication(entry, page));
                }
            }
            for (Link link : page.links()) {
                if (matches(link.text(), titles, patterns)) {
                    found.add(new Publication(link.text().text(), link.href(), null));
                }
            }
            if ((page.heading() != null && matches(page.heading(), titles, patterns))
                    || matches(page.title(), titles, patterns)) {
                found.add(ctx.publication(page));
            }
        }
        return Publication.distinct(found);
    }

    static boolean matches(Label label, Synonyms titles, List<Pattern> patterns) {
        return titles.matches(label.key()) || patterns.stream().anyMatch(p -> p.matcher(label.key().strip()).find());
    }

    /** The date if it is not after the audit date: a future date is a typo or a schedule, not a publication. */
    static LocalDate upTo(LocalDate date, LocalDate asOf) {
        return date == null || date.isAfter(asOf) ? null : date;
    }
}
