package vn.minhbach.demo;

import static vn.minhbach.demo.Html.esc;
import static vn.minhbach.demo.Html.link;

import java.util.ArrayList;
import java.util.List;
import vn.minhbach.demo.Html.Property;

/**
 * How a skin writes the demo's lists and detail pages. The default methods are the plain demo's own
 * markup; a platform's skin overrides what its platform writes differently. Every method gets the same
 * content, so a skin can change where a value stands and how it is labelled, never the value.
 */
interface Markup {

    /** Links to the other pages of a list; {@code path} is canonical. */
    default String pager(String path, int page, int pages) {
        return Html.pager(path, page, pages);
    }

    /** One page of a post section's list. */
    default String posts(PostSection section, List<Post> posts) {
        StringBuilder list = new StringBuilder("<ul class=\"posts\">");
        for (Post post : posts) {
            list.append("<li>").append(link(post.path(), post.title())).append(" <span class=\"date\">")
                    .append(esc(section.listStyle().format(post.published()))).append("</span></li>");
        }
        return list.append("</ul>").toString();
    }

    /** The date line above a post's text. */
    default String postMeta(PostSection section, Post post) {
        return "<div class=\"meta\">" + esc(section.pageStyle().format(post.published())) + "</div>";
    }

    /** One page of the legal-documents list. */
    default String documents(List<LegalDoc> docs) {
        List<List<String>> rows = new ArrayList<>();
        for (LegalDoc doc : docs) {
            rows.add(List.of(link(doc.detailPath(), doc.number()), DemoDates.DMY_SHORT.format(doc.issued()),
                    esc(doc.kind() + " " + doc.summary()), link(doc.filePath(), "Tải về")));
        }
        return Html.table("documents", List.of("Số ký hiệu", "Ngày ban hành", "Trích yếu", "Tệp"), rows);
    }

    /** A legal document's own page. */
    default String document(LegalDoc doc) {
        return Html.properties(List.of(
                Property.text("Số ký hiệu", doc.number()),
                Property.text("Loại văn bản", doc.kind()),
                Property.text("Ngày ban hành", DemoDates.DMY.format(doc.issued())),
                Property.text("Cơ quan ban hành", LegalDoc.ISSUER),
                Property.text("Người ký", doc.signer()),
                Property.text("Trích yếu", doc.summary()),
                new Property("Tệp đính kèm", link(doc.filePath(), doc.number() + ".pdf"))));
    }

    /** One page of the Q&amp;A list. */
    default String questions(List<Question> questions) {
        StringBuilder list = new StringBuilder("<ul class=\"questions\">");
        for (Question question : questions) {
            list.append("<li>").append(link(question.detailPath(), question.title()))
                    .append("<br><span class=\"asker\">Người hỏi: ").append(esc(question.asker())).append("</span>")
                    .append(" · <span class=\"asked\">Ngày hỏi: ").append(DemoDates.DMY.format(question.asked()))
                    .append("</span> · <span class=\"answered\">")
                    .append(question.answeredOn().map(d -> "Ngày trả lời: " + DemoDates.DMY.format(d))
                            .orElse("Đang chờ trả lời"))
                    .append("</span></li>");
        }
        return list.append("</ul>").toString();
    }

    /** A question's own page with its answer. */
    default String question(Question question) {
        String answer = question.answeredOn()
                .map(d -> "<div class=\"answer\"><h2>Trả lời</h2><p class=\"date\">Ngày trả lời: "
                        + DemoDates.DMY.format(d) + "</p>" + Html.paragraph(question.answer())
                        + "<p>" + Question.ANSWERER + "</p></div>")
                .orElse("<p>Câu hỏi đang được xem xét, chưa có trả lời.</p>");
        return "<p class=\"asker\">Người hỏi: " + esc(question.asker()) + "</p><p class=\"date\">Ngày hỏi: "
                + DemoDates.LONG.format(question.asked()) + "</p>" + Html.paragraph(question.title()) + answer;
    }

    /** One page of the one-stop site's procedure list; {@code first} is the number of its first row. */
    default String procedures(List<Procedure> procedures, int first) {
        List<List<String>> rows = new ArrayList<>();
        int n = first;
        for (Procedure p : procedures) {
            rows.add(List.of(Integer.toString(n++), esc(p.code()), link(p.detailPath(), p.name()), esc(p.sector()),
                    esc(p.level())));
        }
        return Html.table("procedures", List.of("STT", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Mức độ"), rows);
    }

    /** A procedure's own page, before the link back to the list. */
    default String procedure(Procedure p) {
        return Html.properties(properties(p));
    }

    /** A procedure's labelled facts with its form link before the legal basis, as its page lists them. */
    static List<Property> properties(Procedure p) {
        List<Property> rows = new ArrayList<>();
        p.facts().forEach(fact -> rows.add(Property.text(fact.getKey(), fact.getValue())));
        if (p.form() != null) {
            rows.add(rows.size() - 1, new Property(Procedure.FORM_LABEL, link(p.form().path(), p.form().name())));
        }
        return rows;
    }
}
