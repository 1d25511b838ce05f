package vn.minhbach.demo;

import static vn.minhbach.demo.Html.esc;
import static vn.minhbach.demo.Html.link;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.minhbach.demo.Html.Property;

/**
 * WordPress with a Bootstrap theme and the usual plugins: every list a column of cards, dates as
 * "Posted on" with {@code <time datetime>}, a DW Q&amp;A-style question page whose answer carries its own
 * {@code <time>}, custom fields as bold labels in paragraphs, and the core "page-numbers" pager.
 */
final class WordPressMarkup implements Markup {

    @Override
    public String pager(String path, int page, int pages) {
        if (pages <= 1) {
            return "";
        }
        StringBuilder out = new StringBuilder("<nav class=\"navigation pagination\" role=\"navigation\"><div class=\"nav-links\">");
        if (page > 1) {
            out.append(link(Html.pageHref(path, page - 1), "« Trang trước").replace("<a ", "<a class=\"prev page-numbers\" "));
        }
        for (int p = 1; p <= pages; p++) {
            out.append(p == page ? "<span aria-current=\"page\" class=\"page-numbers current\">" + p + "</span>"
                    : link(Html.pageHref(path, p), Integer.toString(p)).replace("<a ", "<a class=\"page-numbers\" "));
        }
        if (page < pages) {
            out.append(link(Html.pageHref(path, page + 1), "Trang sau »").replace("<a ", "<a class=\"next page-numbers\" "));
        }
        return out.append("</div></nav>").toString();
    }

    @Override
    public String posts(PostSection section, List<Post> posts) {
        StringBuilder out = new StringBuilder("<div class=\"row\">");
        for (Post post : posts) {
            out.append("<div class=\"col-md-6\"><article class=\"post type-post status-publish card\"><div class=\"card-body\">")
                    .append("<h2 class=\"entry-title card-title\">").append(link(post.path(), post.title()))
                    .append("</h2><div class=\"entry-meta\">").append(postedOn(post.published())).append("</div>")
                    .append("<div class=\"entry-summary card-text\"><p>").append(esc(post.paragraphs().get(0)))
                    .append("</p></div></div></article></div>");
        }
        return out.append("</div>").toString();
    }

    @Override
    public String postMeta(PostSection section, Post post) {
        return "<div class=\"entry-meta\">" + postedOn(post.published()) + "<span class=\"byline\"> by "
                + "<span class=\"author vcard\">Ban biên tập</span></span></div>";
    }

    @Override
    public String documents(List<LegalDoc> docs) {
        StringBuilder out = new StringBuilder("<div class=\"row van-ban\">");
        for (LegalDoc doc : docs) {
            out.append("<div class=\"col-md-4\"><div class=\"card\"><div class=\"card-body\"><h3 class=\"card-title\">")
                    .append(link(doc.detailPath(), doc.number())).append("</h3><p class=\"card-text\">")
                    .append(esc(doc.kind() + " " + doc.summary())).append("</p><p class=\"card-meta\">Ngày ban hành: ")
                    .append(DemoDates.DMY.format(doc.issued())).append("</p>")
                    .append(link(doc.filePath(), "Tải về").replace("<a ", "<a class=\"btn btn-primary\" "))
                    .append("</div></div></div>");
        }
        return out.append("</div>").toString();
    }

    @Override
    public String document(LegalDoc doc) {
        return fields(doc.properties("Số hiệu", "Ngày ban hành", DemoDates.DMY, "Cơ quan ban hành", "Tệp đính kèm"));
    }

    @Override
    public String questions(List<Question> questions) {
        StringBuilder out = new StringBuilder("<div class=\"dwqa-questions-list\">");
        for (Question q : questions) {
            out.append("<div class=\"card dwqa-question-item\"><div class=\"card-body\"><h3 class=\"card-title\">")
                    .append(link(q.detailPath(), q.title())).append("</h3><div class=\"dwqa-question-meta\">")
                    .append(postedOn(q.asked().atTime(9, 0))).append(" by ").append(esc(q.asker())).append("</div>")
                    .append(q.answeredOn().isPresent() ? "<span class=\"dwqa-status dwqa-status-answered\">Đã trả lời</span>"
                            : "<span class=\"dwqa-status dwqa-status-open\">Chưa trả lời</span>")
                    .append("</div></div>");
        }
        return out.append("</div>").toString();
    }

    @Override
    public String question(Question q) {
        StringBuilder out = new StringBuilder("<div class=\"dwqa-question-item\"><div class=\"dwqa-question-meta\">")
                .append(esc(q.asker())).append(" hỏi ").append(time(q.asked())).append("</div><div class=\"dwqa-question-content\"><p>")
                .append(esc(q.title())).append("</p></div></div>");
        q.answeredOn().ifPresent(d -> out.append("<div class=\"dwqa-answers\"><div class=\"dwqa-answer-item\">")
                .append("<div class=\"dwqa-answer-meta\"><strong>").append(esc(Question.ANSWERER)).append("</strong> trả lời ")
                .append(time(d)).append("</div><div class=\"dwqa-answer-content\"><p>").append(esc(q.answer()))
                .append("</p></div></div></div>"));
        return out.toString();
    }

    @Override
    public String procedures(List<Procedure> procedures, int first) {
        StringBuilder out = new StringBuilder("<div class=\"row thu-tuc\">");
        for (Procedure p : procedures) {
            out.append("<div class=\"col-md-6\"><div class=\"card\"><div class=\"card-body\"><h3 class=\"card-title\">")
                    .append(link(p.detailPath(), p.name())).append("</h3><p class=\"card-text\"><span class=\"badge\">")
                    .append(esc(p.level())).append("</span> ").append(esc(p.sector())).append("</p><p class=\"card-meta\">")
                    .append(esc(p.code())).append("</p></div></div></div>");
        }
        return out.append("</div>").toString();
    }

    @Override
    public String procedure(Procedure p) {
        return fields(Markup.properties(p));
    }

    /** Custom fields as themes print them: one paragraph each, the label in bold. */
    private static String fields(List<Property> rows) {
        StringBuilder out = new StringBuilder("<div class=\"entry-content\">");
        rows.forEach(r -> out.append("<p><strong>").append(esc(r.label())).append(":</strong> ").append(r.valueHtml())
                .append("</p>"));
        return out.append("</div>").toString();
    }

    private static String postedOn(LocalDateTime t) {
        return "<span class=\"posted-on\">Posted on <time class=\"entry-date published\" datetime=\""
                + DemoDates.iso(t) + "\">" + DemoDates.DMY.format(t) + "</time></span>";
    }

    private static String time(LocalDate d) {
        return "<time datetime=\"" + DemoDates.iso(d.atTime(10, 0)) + "\">" + DemoDates.DMY.format(d) + "</time>";
    }
}
