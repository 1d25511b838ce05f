package vn.minhbach.demo;

import static vn.minhbach.demo.Html.esc;
import static vn.minhbach.demo.Html.link;

import java.util.List;
import vn.minhbach.demo.Html.Property;

/**
 * NukeViet 4 (Bootstrap 3 themes): the news module's columns with the time in a span after a clock icon,
 * categories shown as a plain list with the date in parentheses ({@code <em>(05/03/2026)</em>}), the laws
 * module's table, the FAQ module with several "label: value" pairs on one line, and a numbered pager.
 */
final class NukeVietMarkup implements Markup {

    @Override
    public String pager(String path, int page, int pages) {
        if (pages <= 1) {
            return "";
        }
        StringBuilder out = new StringBuilder("<div class=\"generate_page\"><ul class=\"pagination\">");
        if (page > 1) {
            out.append("<li>").append(link(Html.pageHref(path, page - 1), "«")).append("</li>");
        }
        for (int p = 1; p <= pages; p++) {
            out.append(p == page ? "<li class=\"active\"><a href=\"#\">" + p + "</a></li>"
                    : "<li>" + link(Html.pageHref(path, p), Integer.toString(p)) + "</li>");
        }
        if (page < pages) {
            out.append("<li>").append(link(Html.pageHref(path, page + 1), "»")).append("</li>");
        }
        return out.append("</ul></div>").toString();
    }

    /** The news category as columns; the other categories as the short list of titles and dates. */
    @Override
    public String posts(PostSection section, List<Post> posts) {
        StringBuilder out = new StringBuilder();
        if (section.path().equals("/tin-tuc")) {
            for (Post post : posts) {
                out.append("<div class=\"news_column panel panel-default\"><div class=\"panel-body\"><h3>")
                        .append(link(post.path(), post.title())).append("</h3><div class=\"text-muted\">")
                        .append("<span><em class=\"fa fa-clock-o\">&nbsp;</em> ").append(DemoDates.dmyTime(post.published()))
                        .append("</span> <span><em class=\"fa fa-eye\">&nbsp;</em> ").append(post.title().length() * 3)
                        .append("</span></div><p>").append(esc(post.paragraphs().get(0))).append("</p></div></div>");
            }
            return out.toString();
        }
        out.append("<div class=\"news_column\"><ul class=\"related\">");
        for (Post post : posts) {
            out.append("<li><em class=\"fa fa-angle-right\">&nbsp;</em>").append(link(post.path(), post.title()))
                    .append(" <em>(").append(DemoDates.DMY.format(post.published())).append(")</em></li>");
        }
        return out.append("</ul></div>").toString();
    }

    @Override
    public String postMeta(PostSection section, Post post) {
        return "<span class=\"h5\">" + DemoDates.weekday(post.published().getDayOfWeek()) + " - "
                + DemoDates.dmyTime(post.published()) + "</span>";
    }

    @Override
    public String documents(List<LegalDoc> docs) {
        StringBuilder out = new StringBuilder("<table class=\"table table-bordered table-striped\"><thead><tr>"
                + "<th>Số hiệu</th><th>Ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>");
        for (LegalDoc doc : docs) {
            out.append("<tr><td>").append(link(doc.detailPath(), doc.number())).append("</td><td>")
                    .append(DemoDates.DMY.format(doc.issued())).append("</td><td>").append(esc(doc.kind() + " " + doc.summary()))
                    .append("</td><td class=\"text-center\">").append(link(doc.filePath(), "Tải về")).append("</td></tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    @Override
    public String document(LegalDoc doc) {
        return colonTable(doc.properties("Số hiệu", "Ngày ban hành", DemoDates.DMY, "Cơ quan ban hành", "Tải về"));
    }

    @Override
    public String questions(List<Question> questions) {
        StringBuilder out = new StringBuilder("<div class=\"faq-list\">");
        for (Question q : questions) {
            out.append("<div class=\"panel panel-default\"><div class=\"panel-body\">").append(link(q.detailPath(), q.title()))
                    .append("<div class=\"small text-muted\">Người hỏi: ").append(esc(q.asker())).append(" - Gửi lúc: ")
                    .append(DemoDates.DMY.format(q.asked())).append(" | ")
                    .append(q.answeredOn().map(d -> "Trả lời: " + DemoDates.DMY.format(d)).orElse("Chưa trả lời"))
                    .append("</div></div></div>");
        }
        return out.append("</div>").toString();
    }

    @Override
    public String question(Question q) {
        StringBuilder out = new StringBuilder("<div class=\"faq\"><p class=\"small text-muted\">Người hỏi: ")
                .append(esc(q.asker())).append(" - Gửi lúc: ").append(DemoDates.DMY.format(q.asked())).append("</p><div class=\"question\">")
                .append(esc(q.title())).append("</div>");
        q.answeredOn().ifPresent(d -> out.append("<div class=\"answer\"><p><strong>Giải đáp:</strong> ")
                .append(esc(q.answer())).append("</p><p class=\"small text-muted\">").append(esc(Question.ANSWERER))
                .append(" - Trả lời: ").append(DemoDates.DMY.format(d)).append("</p></div>"));
        return out.append("</div>").toString();
    }

    @Override
    public String procedures(List<Procedure> procedures, int first) {
        StringBuilder out = new StringBuilder("<table class=\"table table-striped table-bordered table-hover\"><thead><tr>"
                + "<th>STT</th><th>Tên thủ tục</th><th>Mã</th><th>Lĩnh vực</th><th>Mức độ</th></tr></thead><tbody>");
        int n = first;
        for (Procedure p : procedures) {
            out.append("<tr><td>").append(n++).append("</td><td>").append(link(p.detailPath(), p.name()))
                    .append("</td><td>").append(esc(p.code())).append("</td><td>").append(esc(p.sector()))
                    .append("</td><td>").append(esc(p.level())).append("</td></tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    @Override
    public String procedure(Procedure p) {
        return colonTable(Markup.properties(p));
    }

    /** NukeViet's detail tables: plain cells, the label ending in a colon. */
    private static String colonTable(List<Property> rows) {
        StringBuilder out = new StringBuilder("<table class=\"table table-striped\"><tbody>");
        rows.forEach(r -> out.append("<tr><td class=\"text-right\">").append(esc(r.label())).append(":</td><td>")
                .append(r.valueHtml()).append("</td></tr>"));
        return out.append("</tbody></table>").toString();
    }
}
