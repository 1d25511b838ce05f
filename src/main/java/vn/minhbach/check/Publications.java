package vn.minhbach.check;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFacts.Attachment;
import vn.minhbach.extract.PageFacts.Entry;
import vn.minhbach.extract.PageFacts.Label;
import vn.minhbach.extract.PageFacts.Link;
import vn.minhbach.extract.Synonyms;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Text;

/**
 * Finds the documents whose titles name a topic, wherever a site shows them: dated list rows, links,
 * pages whose h1 or title names it, and rows read with the item's configured selectors. Titles match the
 * topic's synonyms or one of the item's override patterns (tried on the folded title, punctuation as spaces).
 * A page about another topic ({@link PageTopic}) gives none, unless it is configured for the item.
 * A listing whose address is a document the audit read matches by the document's own title too (a "Tải về"
 * whose file is the budget estimate counts), carries the document, and takes its issue date when it shows none;
 * a document link whose row names the topic is a listing as well.
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
        PageLinks namedLinks = new PageLinks(link -> matches(link.text(), titles, patterns));
        Set<PageFacts> configured = Collections.newSetFromMap(new IdentityHashMap<>());
        configured.addAll(ctx.site().pagesAt(ctx.override().urls()));
        for (PageFacts page : ctx.site().pages()) {
            // a page about another topic (a Q&A page whose question names a plan) is no evidence for this one
            boolean elsewhere = !configured.contains(page) && about.elsewhere(page, topic);
            int before = found.size();
            for (Entry entry : page.entries()) {
                ReadDocument document = read(ctx, entry.link());
                if (!elsewhere && (matches(entry.title(), titles, patterns) || named(document, titles, patterns))) {
                    found.add(withDocument(ctx, ctx.publication(entry, page), entry.title(), document, titles, patterns));
                    if (trace.on()) {
                        Traced.entry(trace, page, Trace.Kind.LIST_ENTRY, entry,
                                Traced.why(Traced.what("title"), entry.title(), titles, patterns));
                    }
                } else if (trace.on() && ctx.override().urls().stream().anyMatch(page::isAt)) {
                    Traced.entry(trace, page, Trace.Kind.LIST_ENTRY, entry, Text.of("check.trace.configuredRow"));
                    trace.decide(entry.link() != null ? entry.link() : page.url(), entry.title().text(), false,
                            Text.of("check.trace.offTopic"));
                }
            }
            for (Entry entry : page.selected().getOrDefault(ctx.info().id(), List.of())) {
                ReadDocument document = read(ctx, entry.link());
                boolean match = matches(entry.title(), titles, patterns) || named(document, titles, patterns);
                if (match) {
                    found.add(withDocument(ctx, ctx.publication(entry, page), entry.title(), document, titles,
                            patterns));
                }
                if (trace.on()) {
                    Traced.entry(trace, page, Trace.Kind.OVERRIDE_SELECTION, entry, Text.of("check.trace.selectors"));
                    if (!match) {
                        trace.decide(entry.link() != null ? entry.link() : page.url(), entry.title().text(), false,
                                Text.of("check.trace.offTopic"));
                    }
                }
            }
            if (!elsewhere) {
                for (Link link : namedLinks.passing(page.links())) {
                    found.add(withDocument(ctx, new Publication(link.text().text(), link.href(), null), link.text(),
                            read(ctx, link.href()), titles, patterns));
                    if (trace.on()) {
                        trace.row(new Trace.Row(page.url(), Trace.Kind.LINK, link.text().text(), null, link.href(),
                                Traced.why(Traced.what("linkText"), link.text(), titles, patterns)));
                    }
                }
                documents(ctx, page, titles, patterns, found);
            }
            if (!elsewhere && ((page.heading() != null && matches(page.heading(), titles, patterns))
                    || matches(page.title(), titles, patterns))) {
                found.add(ctx.publication(page));
                if (trace.on()) {
                    Label named = page.heading() != null && matches(page.heading(), titles, patterns)
                            ? page.heading() : page.title();
                    Traced.page(trace, page, Traced.why(Traced.what(named == page.title() ? "pageTitle" : "h1"), named,
                            titles, patterns));
                }
            }
            if (trace.on() && found.size() > before) {
                trace.page(page.url(), ctx.site().name(page), Text.of("check.trace.matchingRows",
                        found.size() - before));
            }
        }
        return Publication.distinct(found);
    }

    /**
     * The page's links to documents the audit read whose link text, row or document title names the topic: a
     * row "Báo cáo … 9 tháng năm 2026 | Tải về" is a listing even though its link says only "Tải về".
     */
    private static void documents(ItemContext ctx, PageFacts page, Synonyms titles, List<Pattern> patterns,
                                  List<Publication> found) {
        for (Attachment attachment : page.documents()) {
            ReadDocument document = read(ctx, attachment.href());
            if (document == null) {
                continue;
            }
            Label listed = attachment.row() != null && matches(attachment.row(), titles, patterns) ? attachment.row()
                    : matches(attachment.text(), titles, patterns) ? attachment.text() : null;
            if (listed == null && !named(document, titles, patterns)) {
                continue;
            }
            Label shown = listed != null ? listed : attachment.row() != null ? attachment.row() : attachment.text();
            Publication publication = new Publication(shown.text(), attachment.href(), upTo(attachment.date(),
                    ctx.asOf()));
            found.add(withDocument(ctx, publication, shown, document, titles, patterns));
            if (ctx.trace().on()) {
                ctx.trace().row(new Trace.Row(page.url(), Trace.Kind.LINK, shown.text(), attachment.date(),
                        attachment.href(), listed != null ? Text.of("check.trace.attachmentRow")
                        : Text.of("check.trace.documentTitle", document.facts().title())));
            }
        }
    }

    /** The document opened at this address, or null. */
    private static ReadDocument read(ItemContext ctx, URI url) {
        return url == null ? null : ctx.site().document(url).orElse(null);
    }

    /** True when the document's own title names the topic. */
    private static boolean named(ReadDocument document, Synonyms titles, List<Pattern> patterns) {
        return document != null && document.facts().title() != null
                && matches(Label.of(document.facts().title()), titles, patterns);
    }

    /**
     * The listing with its document: the document's title stands for a listing whose own text does not name the
     * topic ("Tải về"), and its issue date for a listing that shows none.
     */
    private static Publication withDocument(ItemContext ctx, Publication listing, Label listed, ReadDocument document,
                                            Synonyms titles, List<Pattern> patterns) {
        if (document == null) {
            return listing;
        }
        String title = !matches(listed, titles, patterns) && named(document, titles, patterns)
                ? document.facts().title() : listing.title();
        LocalDate date = listing.date() != null ? listing.date() : upTo(document.facts().issued(), ctx.asOf());
        return new Publication(title, listing.url(), date, document);
    }

    static boolean matches(Label label, Synonyms titles, List<Pattern> patterns) {
        return titles.matches(label.key()) || patterns.stream().anyMatch(p -> p.matcher(label.key().strip()).find());
    }

    /** The date if it is not after the audit date: a future date is a typo or a schedule, not a publication. */
    static LocalDate upTo(LocalDate date, LocalDate asOf) {
        return date == null || date.isAfter(asOf) ? null : date;
    }
}
