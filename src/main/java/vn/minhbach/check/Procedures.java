package vn.minhbach.check;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.extract.Keys;
import vn.minhbach.extract.OnlineLevel;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.ProcedureFacts;
import vn.minhbach.extract.ProcedureRow;
import vn.minhbach.extract.Texts;
import vn.minhbach.extract.Uris;
import vn.minhbach.model.Text;

/**
 * The administrative procedures a one-stop site lists, each once: rows of list pages and detail pages,
 * joined by the detail link (or by name when a row has no link). A detail page's stated level wins over
 * the list's.
 */
final class Procedures {
    private Procedures() {
    }

    /**
     * One procedure.
     *
     * @param name   its name
     * @param link   its detail page as linked from a list, or null
     * @param level  its online level
     * @param detail the facts of its detail page, or null when none was fetched
     * @param page   the detail page's address, or null
     * @param seenOn the page that listed or detailed it
     */
    record Procedure(String name, URI link, OnlineLevel level, ProcedureFacts detail, URI page, URI seenOn) {
        /** Where a reader can see it: its detail page, its link, or the list that names it. */
        URI address() {
            return page != null ? page : link != null ? link : seenOn;
        }

        boolean online() {
            return level == OnlineLevel.FULL || level == OnlineLevel.PARTIAL;
        }
    }

    static List<Procedure> of(SiteView site) {
        List<Procedure> all = new ArrayList<>();
        Map<String, Integer> byLink = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        for (PageFacts page : site.pages()) {
            for (ProcedureRow row : page.procedureRows()) {
                String name = Keys.of(row.name());
                Integer at = row.link() != null ? byLink.get(Uris.key(row.link())) : byName.get(name);
                if (at == null) {
                    at = all.size();
                    all.add(new Procedure(Texts.clean(row.name(), 200), row.link(), level(row.level()), null, null,
                            page.url()));
                } else if (all.get(at).level() == OnlineLevel.UNSTATED) {
                    Procedure known = all.get(at);
                    all.set(at, new Procedure(known.name(), known.link(), level(row.level()), known.detail(), known.page(),
                            known.seenOn()));
                }
                if (row.link() != null) {
                    byLink.putIfAbsent(Uris.key(row.link()), at);
                }
                byName.putIfAbsent(name, at);
            }
        }
        for (PageFacts page : site.pages()) {
            ProcedureFacts detail = page.procedure();
            if (detail == null) {
                continue;
            }
            Integer at = byLink.get(Uris.key(page.url()));
            if (at == null) {
                at = byLink.get(Uris.key(page.finalUrl()));
            }
            if (at == null) {
                at = byName.get(Keys.of(detail.name()));
            }
            OnlineLevel level = level(detail.level());
            if (at == null) {
                byName.put(Keys.of(detail.name()), all.size());
                byLink.put(Uris.key(page.url()), all.size());
                all.add(new Procedure(Texts.clean(detail.name(), 200), page.url(), level, detail, page.url(), page.url()));
            } else if (all.get(at).detail() == null) {
                Procedure known = all.get(at);
                all.set(at, new Procedure(known.name(), known.link(),
                        level == OnlineLevel.UNSTATED ? known.level() : level, detail, page.url(), known.seenOn()));
            }
        }
        return all;
    }

    /** The pages that list procedures, as candidates of a trace. */
    static void tracePages(Trace trace, SiteView site) {
        for (PageFacts page : site.pages()) {
            if (!page.procedureRows().isEmpty()) {
                trace.page(page.url(), site.name(page), Text.of("check.trace.procedureRows",
                        page.procedureRows().size()));
            }
        }
    }

    private static OnlineLevel level(OnlineLevel level) {
        return level == null ? OnlineLevel.UNSTATED : level;
    }
}
