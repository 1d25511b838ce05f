package vn.minhbach.check;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.Texts;
import vn.minhbach.extract.Topic;
import vn.minhbach.extract.Uris;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Unreached;
import vn.minhbach.model.Verdict;
import vn.minhbach.model.Via;

/**
 * The common verdict when an item found nothing (checklist.md "Verdicts": never MISSING for what could not
 * be fetched or seen). In order: a configured URL of the item that failed, a failed link whose anchor text
 * names the topic, pages that are empty JavaScript shells, the home page or a page about the topic whose
 * lists are built by script ({@link vn.minhbach.html.ScriptLists}), a crawl stopped by its limit: each UNKNOWN, with
 * the address and why; a crawl that saw too little of the site ({@link SiteView#coverageGap}): UNKNOWN,
 * since nothing beyond what the home page shows may be called MISSING then. Otherwise MISSING, with the places
 * searched as evidence. A document where the item would be that could not be read makes it UNKNOWN too.
 */
final class NotFound {
    /** What was searched on each place shown for a MISSING verdict. */
    static final Text SEARCHED = Text.of("check.evidence.searched");
    private static final int MAX_PLACES = 6;

    private NotFound() {
    }

    static Finding judge(ItemContext ctx, Topic topic) {
        SiteView site = ctx.site();
        Text what = Words.topic(topic);
        for (URI url : ctx.override().urls()) {
            Optional<Unreached> failed = site.unreached(url);
            if (failed.isPresent()) {
                return unknown(ctx, what, failed.get(), Text.of("check.notFound.viaConfig"));
            }
        }
        List<Unreached> linked = site.unreachedMatching(topic::matches);
        if (!linked.isEmpty()) {
            Unreached first = linked.get(0);
            return unknown(ctx, what, first, Text.of("check.notFound.viaLink", Words.site(anchor(first))));
        }
        Optional<PageFacts> shell = site.pages().stream().filter(PageFacts::appShell).findFirst();
        if (shell.isPresent()) {
            String url = shell.get().url().toString();
            Text reason = shell.get().via() == Via.RENDERED ? Text.of("check.notFound.emptyAfterScripts", what, url)
                    : unrendered(shell.get(), "check.notFound.shell", what, url);
            return ctx.finding(Verdict.UNKNOWN, reason, List.of(new Evidence(shell.get().url(),
                    site.name(shell.get()), null, Text.of("check.evidence.appShell"))));
        }
        Optional<PageFacts> scripted = site.pages().stream().filter(PageFacts::scriptLists)
                .filter(p -> p.via() == Via.HTML)
                .filter(p -> site.homePage().filter(home -> home == p).isPresent() || about(p, topic)).findFirst();
        if (scripted.isPresent()) {
            return ctx.finding(Verdict.UNKNOWN, unrendered(scripted.get(), "check.notFound.scriptLists", what,
                    scripted.get().url().toString()), List.of(new Evidence(scripted.get().url(),
                            site.name(scripted.get()), null, Text.of("check.evidence.scriptList"))));
        }
        Optional<ReadDocument> unread = unreadDocument(site, topic);
        if (unread.isPresent()) {
            ReadDocument document = unread.get();
            return ctx.finding(Verdict.UNKNOWN, Text.of("check.notFound.unreadDocument", what,
                    document.url().toString(), DocumentFailures.text(document.failure())),
                    List.of(new Evidence(document.url(), null, null, DocumentFailures.text(document.failure()))));
        }
        int pages = site.pages().size();
        if (site.crawl().limitReached()) {
            return ctx.finding(Verdict.UNKNOWN, Text.of("check.notFound.limit", what, pages), places(ctx, topic));
        }
        Optional<Text> gap = site.coverageGap();
        if (gap.isPresent()) {
            return ctx.finding(Verdict.UNKNOWN, Text.of("check.notFound.gap", what, pages, gap.get()),
                    places(ctx, topic));
        }
        return ctx.finding(Verdict.MISSING, Text.of("check.notFound.missing", what, pages, site.home().toString()),
                places(ctx, topic));
    }

    /**
     * A document that could not be fetched or read (a scan with no OCR, a password, a corrupt file, over the size
     * cap) where the topic would be: its link or its row names the topic, or its text is generic ("Tải về") on a
     * page about the topic (checklist.md "Documents behind the links"). Nothing can be said of it, so not MISSING.
     */
    private static Optional<ReadDocument> unreadDocument(SiteView site, Topic topic) {
        // when every document opened was read, no page need be looked at
        if (site.documents().values().stream().allMatch(d -> d.failure() == null)) {
            return Optional.empty();
        }
        for (PageFacts page : site.pages()) {
            for (PageFacts.Attachment attachment : DocumentCandidates.onPage(page, List.of(topic))) {
                Optional<ReadDocument> read = site.document(attachment.href()).filter(d -> d.failure() != null);
                if (read.isPresent()) {
                    return read;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The reason {@code key} for a page whose scripts hold its content, with why it was not read in a browser
     * ("needs a browser to read; ...") as the key ending {@code Why} says it, when that is known.
     */
    private static Text unrendered(PageFacts page, String key, Text what, String url) {
        return page.unrendered() == null ? Text.of(key, what, url) : Text.of(key + "Why", what, url, page.unrendered());
    }

    /** True when the page's own names or its links name the topic: the item may be in its script-built lists. */
    private static boolean about(PageFacts page, Topic topic) {
        return page.ownLabels().stream().anyMatch(l -> topic.matches(l.key()))
                || page.links().stream().anyMatch(l -> topic.matches(l.text().key()));
    }

    private static Finding unknown(ItemContext ctx, Text what, Unreached unreached, Text via) {
        URI url = unreached.outcome().url();
        return ctx.finding(Verdict.UNKNOWN, Text.of("check.notFound.unreached", what, url.toString(),
                SiteView.failure(unreached.outcome()), via),
                List.of(new Evidence(url, anchor(unreached), null, SiteView.failure(unreached.outcome()))));
    }

    /**
     * The text that names a link that could not be fetched: the one most of the pages linking to it use, in
     * NFC (pages served in decomposed text give the same words in other code points); of texts used as often,
     * the first in alphabetical order, so that the name does not follow crawl order. Null when none was seen.
     */
    static String anchor(Unreached unreached) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        unreached.anchorTexts().stream().map(t -> Texts.clean(t, 200)).filter(t -> !t.isEmpty())
                .forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Where it looked: the home page, the item's configured pages and pages whose names are close. */
    private static List<Evidence> places(ItemContext ctx, Topic topic) {
        Map<String, PageFacts> places = new LinkedHashMap<>();
        List<PageFacts> candidates = new ArrayList<>();
        ctx.site().homePage().ifPresent(candidates::add);
        candidates.addAll(ctx.site().pagesAt(ctx.override().urls()));
        ctx.site().pages().stream()
                .filter(p -> p.ownLabels().stream().anyMatch(l -> topic.sections().matches(l.key())))
                // by name, so that the places shown do not follow the platform's addresses
                .sorted(java.util.Comparator.comparing(p -> ctx.site().name(p)))
                .forEach(candidates::add);
        for (PageFacts page : candidates) {
            if (places.size() < MAX_PLACES) {
                places.putIfAbsent(Uris.key(page.url()), page);
            }
        }
        if (ctx.trace().on()) {
            places.values().forEach(p -> ctx.trace().page(p.url(), ctx.site().name(p),
                    Text.of("check.trace.searchedHere")));
        }
        return places.values().stream()
                .map(p -> new Evidence(p.url(), ctx.site().name(p), null, SEARCHED)).toList();
    }
}
