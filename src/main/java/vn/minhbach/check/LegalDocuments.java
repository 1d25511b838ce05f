package vn.minhbach.check;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.minhbach.extract.Keys;
import vn.minhbach.extract.LegalDocRow;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.Texts;
import vn.minhbach.extract.Topic;
import vn.minhbach.extract.Uris;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.FetchOutcome;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;

/**
 * The list of legal documents (NĐ 43/2011 Điều 10e, NĐ 42/2022 Điều 4, Luật TCTT Điều 19a): the newest
 * document must be issued at most {@code maxAgeDays} (90) days before the audit date. Figures:
 * {@code percentWithAllFields}, the share of rows showing number (số ký hiệu), issue date, abstract (trích
 * yếu) and a file; {@code percentFilesOk}, the share of checked attachments that downloaded. A current list
 * FAILs when fewer than {@code minPercentFields} (80) percent of rows are complete or fewer than
 * {@code minPercentFiles} (80) percent of files download: 80 rather than 100 so that one broken scan in a
 * short list does not fail a portal, while a list that often lacks files does. Without readable document rows the
 * section's post dates decide freshness alone.
 *
 * @param info     the item
 * @param topic    the document lists' names
 * @param versions rule versions; parameters {@code maxAgeDays}, {@code minPercentFields}, {@code minPercentFiles}
 */
public record LegalDocuments(ItemInfo info, Topic topic, List<RuleVersion> versions) implements Item {
    static final String MAX_AGE = "maxAgeDays";
    static final String MIN_FIELDS = "minPercentFields";
    static final String MIN_FILES = "minPercentFiles";

    public LegalDocuments {
        versions = List.copyOf(versions);
    }

    @Override
    public Finding evaluate(ItemContext ctx) {
        List<LegalDocRow> rows = rows(ctx.site());
        long maxAge = Math.round(ctx.param(MAX_AGE));
        Text expected = Text.of("check.legal.expected", ctx.asOf().minusDays(maxAge), maxAge);
        if (rows.isEmpty()) {
            return fromSection(ctx, maxAge, expected);
        }
        List<Publication> issued = new ArrayList<>();
        for (LegalDocRow row : rows) {
            issued.add(new Publication(title(row), row.url(), Publications.upTo(row.issued(), ctx.asOf())));
        }
        if (ctx.trace().on()) {
            trace(ctx, rows, issued);
        }
        int complete = (int) rows.stream().filter(LegalDocuments::complete).count();
        int filesOk = 0;
        int filesChecked = 0;
        List<Text> broken = new ArrayList<>();
        Attachments attachments = ctx.site().attachments();
        for (LegalDocRow row : rows) {
            for (URI file : row.files()) {
                Optional<FetchOutcome> outcome = attachments.get(file);
                if (outcome.isPresent() && outcome.get() instanceof FetchOutcome.Fetched) {
                    filesOk++;
                    filesChecked++;
                } else if (outcome.isPresent() && outcome.get() instanceof FetchOutcome.Failed) {
                    filesChecked++;
                    broken.add(Text.of("check.legal.brokenFile", file.toString(), SiteView.failure(outcome.get())));
                }
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        double fields = Texts.percent(complete, rows.size());
        figures.put("percentWithAllFields", fields);
        if (filesChecked > 0) {
            figures.put("percentFilesOk", Texts.percent(filesOk, filesChecked));
        }
        List<Evidence> evidence = Publication.evidence(issued, 5);
        LocalDate newest = Publication.newest(issued);
        Text files = filesChecked == 0 ? Text.of("check.legal.filesUnchecked")
                : broken.isEmpty() ? Text.of("check.legal.files", filesOk, filesChecked)
                : Text.of("check.legal.filesBroken", filesOk, filesChecked,
                        Words.join("comma", broken.stream().limit(3).toList()));
        Text quality = Text.of("check.legal.quality", complete, rows.size(), fields, files);
        if (newest == null) {
            return ctx.finding(Verdict.UNKNOWN, Text.of("check.legal.undated", rows.size(), quality), expected, figures,
                    evidence);
        }
        long age = ctx.ageDays(newest);
        if (age > maxAge) {
            return ctx.finding(Verdict.STALE, Text.of("check.legal.stale", newest, age, maxAge, quality),
                    expected, figures, evidence);
        }
        boolean fieldsShort = fields < ctx.param(MIN_FIELDS);
        boolean filesShort = filesChecked > 0 && figures.get("percentFilesOk") < ctx.param(MIN_FILES);
        if (fieldsShort || filesShort) {
            return ctx.finding(Verdict.FAIL, Text.of("check.legal.short", newest, age, quality,
                    ctx.param(fieldsShort ? MIN_FIELDS : MIN_FILES)), expected, figures, evidence);
        }
        return ctx.finding(Verdict.PASS, Text.of("check.legal.current", newest, age, quality), expected, figures,
                evidence);
    }

    private Finding fromSection(ItemContext ctx, long maxAge, Text expected) {
        SectionScan scan = SectionScan.of(ctx, topic, List.of());
        if (scan.empty()) {
            return ctx.notFound();
        }
        List<Publication> dated = scan.dated();
        if (ctx.trace().on()) {
            ctx.trace().note(Text.of("check.trace.noLegalTable"));
            Traced.newest(ctx.trace(), scan.posts(), Text.of("check.trace.newestDocument"));
        }
        if (dated.isEmpty()) {
            return ctx.undecided(scan, Text.of("check.legal.sectionUndated"), expected);
        }
        LocalDate newest = Publication.newest(dated);
        long age = ctx.ageDays(newest);
        return ctx.finding(age <= maxAge ? Verdict.PASS : Verdict.STALE, Text.of("check.legal.section", newest, age,
                maxAge), expected, Map.of(), Publication.evidence(dated, 5));
    }

    /**
     * Every row once, by number and issue date (the same document is often listed on several pages); a row
     * without a page of its own is shown by the page that lists it. What the document's own page says wins
     * over a list's reading of it, whichever was crawled first: a list may run the type into the abstract
     * ("Kế hoạch Thực hiện …") or show a pairs line, the document's page labels each field; a field its own
     * page leaves empty is kept from the list.
     */
    private static List<LegalDocRow> rows(SiteView site) {
        Map<String, LegalDocRow> rows = new LinkedHashMap<>();
        Set<String> fromOwnPage = new HashSet<>();
        for (PageFacts page : site.pages()) {
            for (LegalDocRow shown : page.legalDocs()) {
                LegalDocRow row = shown.url() != null ? shown
                        : new LegalDocRow(shown.number(), shown.issued(), shown.summary(), shown.files(), page.url());
                String key = row.number() != null && !row.number().isBlank()
                        ? Keys.of(row.number()) + row.issued() : Uris.key(row.url()) + Keys.of(row.summary());
                boolean ownPage = page.legalDocs().size() == 1 && shown.url() != null
                        && Uris.key(shown.url()).equals(Uris.key(page.url()));
                LegalDocRow known = rows.get(key);
                if (known == null) {
                    rows.put(key, row);
                } else if (ownPage && !fromOwnPage.contains(key)) {
                    // the document's own page names it first; a list's real abstract still beats a property line
                    rows.put(key, merge(new LegalDocRow(row.number(), row.issued(),
                            present(row.summary()) ? row.summary() : known.summary(),
                            row.files().isEmpty() ? known.files() : row.files(), row.url()), known));
                } else {
                    rows.put(key, merge(known, row));
                }
                if (ownPage) {
                    fromOwnPage.add(key);
                }
            }
        }
        return new ArrayList<>(rows.values());
    }

    /**
     * Two sightings of one document: the first, with the other's abstract when only that one is an abstract. A
     * list line of labelled fields ("Số hiệu: 201/KH-UBND | Ban hành: ... | Người ký: ...") restates the
     * number and is no abstract; which page was read first must not decide the title.
     */
    private static LegalDocRow merge(LegalDocRow first, LegalDocRow other) {
        return !abstractLike(first) && abstractLike(other)
                ? new LegalDocRow(first.number(), first.issued(), other.summary(), first.files(), first.url()) : first;
    }

    private static boolean abstractLike(LegalDocRow row) {
        return present(row.summary()) && (!present(row.number())
                || !Keys.of(row.summary()).contains(Keys.of(row.number()).strip()));
    }

    private static void trace(ItemContext ctx, List<LegalDocRow> rows, List<Publication> issued) {
        Trace trace = ctx.trace();
        for (PageFacts page : ctx.site().pages()) {
            if (!page.legalDocs().isEmpty()) {
                trace.page(page.url(), ctx.site().name(page), Text.of("check.trace.legalRows", page.legalDocs().size()));
            }
        }
        for (LegalDocRow row : rows) {
            Text lacks = null;
            if (!present(row.number())) {
                lacks = Traced.list(lacks, Text.of("check.trace.lack.number"));
            }
            if (!present(row.summary())) {
                lacks = Traced.list(lacks, Text.of("check.trace.lack.summary"));
            }
            if (row.files().isEmpty()) {
                lacks = Traced.list(lacks, Text.of("check.trace.lack.file"));
            }
            trace.row(new Trace.Row(row.url(), Trace.Kind.LEGAL_DOC, title(row), row.issued(), row.url(),
                    lacks == null ? Text.of("check.trace.legalComplete") : Text.of("check.trace.lacking", lacks)));
        }
        Traced.newest(trace, issued, Text.of("check.trace.newestDocument"));
    }

    private static boolean complete(LegalDocRow row) {
        return present(row.number()) && row.issued() != null && present(row.summary()) && !row.files().isEmpty();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * "Number – abstract". The abstract (trích yếu) does not repeat the document's type when a page prints the
     * type as its own cell or label before it ("Kế hoạch" | "Thực hiện ..." read as "Kế hoạch Thực hiện ..."):
     * see {@link #withoutType}.
     */
    static String title(LegalDocRow row) {
        String number = present(row.number()) ? row.number() : "";
        String summary = present(row.summary()) ? withoutType(Texts.clean(row.summary(), 160), number) : "";
        return number.isEmpty() ? summary : (summary.isEmpty() ? number : number + " – " + summary);
    }

    /**
     * The abstract without a leading type name: its first two words are the type when their initials are the
     * type code of the document's number ("Kế hoạch" for 201/KH-UBND, "Quyết định" for 214/QĐ-UBND, "Tờ trình"
     * for TTr) and the abstract's own first word follows capitalised, as a new field begins. "Kế hoạch thực
     * hiện ..." keeps its words: there they are part of the sentence.
     */
    static String withoutType(String summary, String number) {
        String[] words = summary.split(" ", 4);
        int slash = number.lastIndexOf('/');
        if (words.length < 3 || slash < 0 || words[2].isEmpty() || !Character.isUpperCase(words[2].codePointAt(0))) {
            return summary;
        }
        String code = number.substring(slash + 1).split("-")[0].replaceAll("\\p{Ll}", "");
        String initials = (words[0].substring(0, 1) + words[1].substring(0, 1)).toUpperCase(java.util.Locale.ROOT);
        return code.equals(initials) ? summary.substring(words[0].length() + words[1].length() + 2) : summary;
    }

    @Override
    public String toString() {
        return info.id() + ": " + topic + "; văn bản mới nhất ≤ maxAgeDays ngày; tỷ lệ đủ trường ≥ minPercentFields,"
                + " tỷ lệ tệp tải được ≥ minPercentFiles; " + versions;
    }
}
