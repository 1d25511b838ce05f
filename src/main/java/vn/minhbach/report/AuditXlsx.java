package vn.minhbach.report;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.BrokenLink;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteFacts;
import vn.minhbach.model.SiteSummary;

/**
 * Writes report.xlsx: the audit as a workbook for people who keep their tables in Excel, in the report's language.
 * Sheet "Mục" ("Items") has one row per item in catalogue order (verdict, reason, latest date as a date cell,
 * evidence links as hyperlinks), "Liên kết hỏng" ("Broken links") the broken links, "Thông tin trang" ("About the
 * sites") the crawl and criterion 10 facts of each site.
 */
public final class AuditXlsx {
    /** Evidence links beyond this many are joined into the last column. */
    static final int EVIDENCE_COLUMNS = 3;

    private AuditXlsx() {
    }

    /** The workbook's bytes, in Vietnamese. */
    public static byte[] render(AuditRun run) {
        return render(Messages.vi(), run);
    }

    /** The workbook's bytes in the language of {@code messages}. */
    public static byte[] render(Messages messages, AuditRun run) {
        Workbooks book = new Workbooks(messages);
        List<String> headers = new ArrayList<>(words(messages, "report.xlsx.column.", "id", "criterion", "site",
                "title", "verdict", "status", "reason", "expected", "latest", "basis", "version"));
        List<Integer> widths = new ArrayList<>(List.of(22, 10, 16, 50, 14, 14, 60, 30, 14, 40, 12));
        for (int i = 1; i <= EVIDENCE_COLUMNS; i++) {
            headers.add(messages.get("report.xlsx.column.evidence", i));
            widths.add(50);
        }
        book.sheet(messages.get("report.xlsx.sheet.items"), headers, widths,
                run.items().stream().map(f -> item(messages, f)).toList());
        book.sheet(messages.get("report.xlsx.sheet.brokenLinks"), words(messages, "report.xlsx.column.", "link",
                        "httpStatus", "problem", "pageCount", "foundOn", "otherPages"), List.of(60, 10, 40, 12, 60, 60),
                run.brokenLinks().stream().map(link -> broken(messages, link)).toList());
        book.sheet(messages.get("report.xlsx.sheet.sites"), words(messages, "report.xlsx.column.", "site", "address",
                "fact", "value"), List.of(28, 40, 50, 40), siteFacts(messages, run));
        return book.bytes();
    }

    /** The messages {@code prefix + name} of each name. */
    private static List<String> words(Messages messages, String prefix, String... names) {
        return Arrays.stream(names).map(name -> messages.get(prefix + name)).toList();
    }

    private static List<Object> item(Messages messages, Finding f) {
        List<Object> row = new ArrayList<>(Arrays.asList(f.id(), f.criterion(), Labels.role(messages, f.site()),
                Labels.title(messages, f), Labels.verdict(messages, f.status()), f.status().name(),
                messages.format(f.reason()), messages.format(f.expected()), f.latest(),
                String.join("; ", f.rule().basis()), f.rule().version()));
        List<URI> links = f.evidence().stream().map(Evidence::url).toList();
        for (int i = 0; i < EVIDENCE_COLUMNS && i < links.size(); i++) {
            boolean last = i == EVIDENCE_COLUMNS - 1 && links.size() > EVIDENCE_COLUMNS;
            row.add(last ? String.join(" ", links.subList(i, links.size()).stream().map(URI::toString).toList())
                    : links.get(i));
        }
        return row;
    }

    private static List<Object> broken(Messages messages, BrokenLink link) {
        List<URI> on = link.foundOn();
        return Arrays.asList(link.url(), link.status(), link.status() == null && link.error() == null
                        ? messages.get("report.noResponse") : Labels.linkError(messages, link.error()), on.size(), on.isEmpty() ? null : on.get(0),
                on.size() > 1 ? String.join(" ", on.subList(1, on.size()).stream().map(URI::toString).toList()) : null);
    }

    private static List<List<Object>> siteFacts(Messages messages, AuditRun run) {
        List<List<Object>> rows = new ArrayList<>();
        for (SiteSummary s : run.sites()) {
            Fact fact = new Fact(messages, Labels.role(messages, s.role()), s.url());
            rows.add(fact.row("pagesFetched", s.pagesFetched()));
            rows.add(fact.row("pagesFailed", s.pagesFailed()));
            rows.add(fact.row("bytesFetchedCount", s.bytesFetched()));
            rows.add(fact.row("robotsDisallowed", s.robotsDisallowed()));
            rows.add(fact.row("limitReached", s.limitReached()));
            rows.add(fact.row("pagesWalled", s.pagesWalled()));
            s.notes().forEach(note -> rows.add(fact.row("note", messages.format(note))));
        }
        for (SiteFacts f : run.siteFacts()) {
            Fact fact = new Fact(messages, Labels.role(messages, f.role()), f.url());
            if (f.certificate() != null) {
                rows.add(fact.row("certificate", Labels.certificate(messages, f.certificate())));
            }
            if (f.certificateOnly()) {
                continue;
            }
            rows.add(fact.row("https", f.https()));
            rows.add(fact.row("search", f.search()));
            rows.add(fact.row("sitemapXml", f.sitemapXml()));
            rows.add(fact.row("mobileViewport", f.mobileViewport()));
            rows.add(fact.row("footerAgency", Labels.orUnseen(messages, f.footerAgency())));
            rows.add(fact.row("footerResponsible", Labels.orUnseen(messages, f.footerResponsible())));
            rows.add(fact.row("footerAddress", Labels.orUnseen(messages, f.footerAddress())));
            rows.add(fact.row("footerPhone", Labels.orUnseen(messages, f.footerPhone())));
            rows.add(fact.row("footerEmail", Labels.orUnseen(messages, f.footerEmail())));
            rows.add(fact.row("medianResponseMillis", f.medianResponseMillis()));
        }
        return rows;
    }

    /** Rows of the sheet of site facts for one site: its role, its address, a fact named {@code report.site.<name>}. */
    private record Fact(Messages messages, String role, URI url) {
        List<Object> row(String name, Object value) {
            return Arrays.asList(role, url, messages.get("report.site." + name), value);
        }
    }
}
