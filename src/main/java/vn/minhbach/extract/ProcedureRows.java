package vn.minhbach.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import vn.minhbach.html.ElementText;

/** Procedures listed on a page: a table with a name column, or items with a link and a level badge. */
final class ProcedureRows {

    private static final List<String> NAME_COLUMN = Fields.labels("tên thủ tục", "tên thủ tục hành chính",
            "tên tthc", "thủ tục hành chính", "thủ tục", "tên dịch vụ công", "tên dịch vụ", "dịch vụ công");
    private static final List<String> LEVEL_COLUMN = Fields.labels("mức độ", "mức độ dvc", "mức độ dịch vụ công",
            "dvc trực tuyến", "dịch vụ công trực tuyến", "trực tuyến", "hình thức", "mức độ cung cấp");
    private static final int MIN_NAME = 10;
    private static final int CLIMB = 3;
    private static final Evaluator MENUS = Css.of("nav, header, footer");
    private static final Evaluator LINKS = Css.of("a[href]");

    private ProcedureRows() {
    }

    static List<ProcedureRow> of(URI url, Document doc) {
        PageMemo page = PageMemo.of(doc);
        List<ProcedureRow> table = page.has("table") ? fromTables(url, doc) : List.of();
        return table.isEmpty() ? fromItems(url, doc.body(), page) : table;
    }

    private static List<ProcedureRow> fromTables(URI url, Document doc) {
        List<ProcedureRow> out = new ArrayList<>();
        for (HeaderTable table : HeaderTable.find(doc, List.of(NAME_COLUMN))) {
            int name = table.column(NAME_COLUMN);
            int level = table.column(LEVEL_COLUMN);
            for (Element tr : table.rows()) {
                String text = HeaderTable.text(tr, name);
                if (text.length() < MIN_NAME) {
                    continue;
                }
                Element nameCell = HeaderTable.cell(tr, name);
                Element titleLink = nameCell.selectFirst(Css.of("a[href]"));
                if (titleLink != null && titleLink.text().strip().length() >= MIN_NAME) {
                    text = Folded.of(titleLink.text()).text();
                }
                URI link = Links.firstPage(url, nameCell).or(() -> Links.firstPage(url, tr)).orElse(null);
                Element levelCell = HeaderTable.cell(tr, level);
                OnlineLevel stated = levelCell == null ? OnlineLevel.UNSTATED : OnlineLevel.of(Lines.spaced(levelCell));
                out.add(new ProcedureRow(text, link,
                        stated == OnlineLevel.UNSTATED ? OnlineLevel.of(Lines.spaced(tr)) : stated));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Items: a procedure link whose enclosing block, holding no other such link, states a level; in a
     * definition list the block is the link's term with the descriptions that follow it.
     */
    private static List<ProcedureRow> fromItems(URI url, Element body, PageMemo page) {
        // A block's spaced text is a run of the page's text nodes: when the page's text cannot state a level
        // anywhere, no block can, and only a definition list's entries (whose parts are not one run) are read.
        boolean pageStates = OnlineLevel.mayBeStatedIn(page.labels());
        if (!pageStates && !page.has("dt")) {
            return List.of();
        }
        // Menus are left out in one walk, whose links are not read at all.
        List<Element> links = Walk.all(body, e -> MENUS.matches(body, e), e -> LINKS.matches(body, e));
        List<Element> anchors = new ArrayList<>();
        for (Element a : links) {
            String text = ElementText.of(a);
            if (text.strip().length() >= MIN_NAME && OnlineLevel.of(text) == OnlineLevel.UNSTATED) {
                anchors.add(a);
            }
        }
        List<ProcedureRow> out = new ArrayList<>();
        for (Element a : anchors) {
            item(a, anchors, pageStates).ifPresent(block -> Links.resolve(url, a.attr("href")).ifPresent(link ->
                    out.add(new ProcedureRow(Folded.of(ElementText.of(a)).text(), link,
                            OnlineLevel.of(Lines.spaced(block))))));
        }
        return List.copyOf(out);
    }

    private static Optional<Element> item(Element a, List<Element> anchors, boolean pageStates) {
        Element block = a.parent();
        for (int i = 0; i < CLIMB && block != null && !block.normalName().equals("body"); i++) {
            if (holdsAnother(block, a, anchors)) {
                return Optional.empty();
            }
            // A definition list's term gives its level in the descriptions after it, outside the term itself.
            Element entry = Definitions.entry(block);
            if ((pageStates || entry != block) && OnlineLevel.of(Lines.spaced(entry)) != OnlineLevel.UNSTATED) {
                return Optional.of(entry);
            }
            block = block.parent();
        }
        return Optional.empty();
    }

    /** Whether the block holds one of the anchors other than {@code a}. */
    private static boolean holdsAnother(Element block, Element a, List<Element> anchors) {
        for (Element other : anchors) {
            if (other != a) {
                for (Element p = other.parent(); p != null; p = p.parent()) {
                    if (p == block) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
