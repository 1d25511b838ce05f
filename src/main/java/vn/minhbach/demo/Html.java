package vn.minhbach.demo;

import java.util.List;

/** HTML fragments shared by the demo pages. Every text passed in is escaped here, once. */
final class Html {

    private Html() {
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** The last segment of a path, as file lists name a file. */
    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String paragraph(String text) {
        return "<p>" + esc(text) + "</p>";
    }

    /** Links to every page of a list, so each page is one hop from the first (crawl depth stays small). */
    static String pager(String path, int current, int pages) {
        if (pages <= 1) {
            return "";
        }
        StringBuilder out = new StringBuilder("<div class=\"pagination\">");
        if (current > 1) {
            out.append(link(pageHref(path, current - 1), "« Trước")).append(' ');
        }
        for (int p = 1; p <= pages; p++) {
            out.append(p == current ? "<span class=\"current\">" + p + "</span>" : link(pageHref(path, p), "" + p))
                    .append(' ');
        }
        if (current < pages) {
            out.append(link(pageHref(path, current + 1), "Sau »"));
        }
        return out.append("</div>").toString();
    }

    static String pageHref(String path, int page) {
        return path + "?page=" + page;
    }

    static int pageCount(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
    }

    static <T> List<T> pageOf(List<T> items, int page, int perPage) {
        int from = (page - 1) * perPage;
        return items.subList(from, Math.min(items.size(), from + perPage));
    }

    /** A table with a header row; cells are HTML already. */
    static String table(String cssClass, List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("<table class=\"" + cssClass + "\"><thead><tr>");
        headers.forEach(h -> out.append("<th>").append(esc(h)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(cell).append("</td>"));
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /** A two-column label/value table as detail pages show properties; values are HTML already. */
    static String properties(List<Property> rows) {
        StringBuilder out = new StringBuilder("<table class=\"properties\"><tbody>");
        for (Property row : rows) {
            out.append("<tr><th class=\"label\">").append(esc(row.label())).append("</th><td class=\"value\">")
                    .append(row.valueHtml()).append("</td></tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /** One label/value row of a property table. */
    record Property(String label, String valueHtml) {
        static Property text(String label, String value) {
            return new Property(label, esc(value));
        }
    }
}
