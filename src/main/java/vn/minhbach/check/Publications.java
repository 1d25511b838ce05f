package vn.minhbach.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.minhbach.check.PageFacts.Entry;
import vn.minhbach.check.PageFacts.Label;
import vn.minhbach.check.PageFacts.Link;

/**
 * Finds the documents whose titles name a topic, wherever a site shows them: dated list rows, links,
 * pages whose h1 or title names it, and rows read with the item's configured selectors. Titles match the
 * topic's synonyms or one of the item's override patterns (tried on the folded title, punctuation as spaces).
 * A page about another topic ({@link PageTopic}) gives none, unless it is configured for the item.
 */
final class Publications {
    private Publications() {
    }

    static List<Publication> find(ItemContext ctx, Topic topic) {
        Synonyms titles = topic.titles();
        List<Pattern> patterns = ctx.override().patterns();
        Trace trace = ctx.trace();
        List<Publication> found = new ArrayList<>();
        PageTopic about = PageTopic.of(ctx.site());
        Set<PageFacts> configured = Collections.newSetFromMap(new IdentityHashMap<>());
        configured.addAll(ctx.site().pagesAt(ctx.override().urls()));
        for (PageFacts page : ctx.site().pages()) {
            // a page about another topic (a Q&A page whose question names a plan) is no evidence for this one
            boolean elsewhere = !configured.contains(page) && about.elsewhere(page, topic);
            int before = found.size();
            for (Entry entry : page.entries()) {
                if (!elsewhere && matches(entry.title(), titles, patterns)) {
                    found.add(ctx.publication(entry, page));
                    if (trace.on()) {
                        Traced.entry(trace, page, Trace.Kind.LIST_ENTRY, entry,
                                Traced.why("tiêu đề", entry.title(), titles, patterns));
                    }
                } else if (trace.on() && ctx.override().urls().stream().anyMatch(page::isAt)) {
                    Traced.entry(trace, page, Trace.Kind.LIST_ENTRY, entry, "dòng trên trang cấu hình (urls)");
                    trace.decide(entry.link() != null ? entry.link() : page.url(), entry.title().text(), false,
                            "tiêu đề không khớp từ nào của chủ đề, cũng không khớp patterns");
                }
            }
            for (Entry entry : page.selected().getOrDefault(ctx.info().id(), List.of())) {
                boolean match = matches(entry.title(), titles, patterns);
                if (match) {
                    found.add(ctx.publication(entry, page));
                }
                if (trace.on()) {
                    Traced.entry(trace, page, Trace.Kind.OVERRIDE_SELECTION, entry, "đọc bằng selectors");
                    if (!match) {
                        trace.decide(entry.link() != null ? entry.link() : page.url(), entry.title().text(), false,
                                "tiêu đề không khớp từ nào của chủ đề, cũng không khớp patterns");
                    }
                }
            }
            for (Link link : page.links()) {
                if (!elsewhere && matches(link.text(), titles, patterns)) {
                    found.add(new Publication(link.text().text(), link.href(), null));
                    if (trace.on()) {
                        trace.row(new Trace.Row(page.url(), Trace.Kind.LINK, link.text().text(), null, link.href(),
                                Traced.why("chữ liên kết", link.text(), titles, patterns)));
                    }
                }
            }
            if (!elsewhere && ((page.heading() != null && matches(page.heading(), titles, patterns))
                    || matches(page.title(), titles, patterns))) {
                found.add(ctx.publication(page));
                if (trace.on()) {
                    Label named = page.heading() != null && matches(page.heading(), titles, patterns)
                            ? page.heading() : page.title();
                    Traced.page(trace, page, Traced.why(named == page.title() ? "tiêu đề trang" : "h1", named,
                            titles, patterns));
                }
            }
            if (trace.on() && found.size() > before) {
                trace.page(page.url(), ctx.site().name(page), (found.size() - before) + " dòng có tiêu đề khớp chủ đề");
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
