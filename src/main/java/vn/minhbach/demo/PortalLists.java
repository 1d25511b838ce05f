package vn.minhbach.demo;

import static vn.minhbach.demo.Html.esc;
import static vn.minhbach.demo.Html.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.minhbach.demo.Html.Property;

/** The portal's paginated lists and their detail pages: post sections, legal documents and Q&amp;A. */
final class PortalLists {

    static final int PER_PAGE = 10;

    private final Layout layout;

    PortalLists(Layout layout) {
        this.layout = layout;
    }

    /** Adds the list page and every post page of a section, and the files its posts link. */
    void addSection(PostSection section, Map<String, Route> routes) {
        int pages = Html.pageCount(section.posts().size(), PER_PAGE);
        routes.put(section.path(), q -> {
            int page = q.page(pages);
            return page == 0 ? null : Response.html(layout.page(section.heading(), esc(section.heading()),
                    postList(section, page, pages)));
        });
        for (Post post : section.posts()) {
            routes.put(post.path(), q -> postPage(section, post));
            for (Attachment file : post.attachments()) {
                if (!file.broken()) {
                    routes.put(file.path(), q -> Response.bytes(SmallFiles.PDF, SmallFiles.pdf(post.title())));
                }
            }
        }
    }

    void addDocuments(List<LegalDoc> docs, Map<String, Route> routes) {
        int pages = Html.pageCount(docs.size(), PER_PAGE);
        routes.put("/van-ban", q -> {
            int page = q.page(pages);
            if (page == 0) {
                return null;
            }
            List<List<String>> rows = new ArrayList<>();
            for (LegalDoc doc : Html.pageOf(docs, page, PER_PAGE)) {
                rows.add(List.of(link(doc.detailPath(), doc.number()), DemoDates.DMY_SHORT.format(doc.issued()),
                        esc(doc.kind() + " " + doc.summary()), link(doc.filePath(), "Tải về")));
            }
            String content = Html.table("documents", List.of("Số ký hiệu", "Ngày ban hành", "Trích yếu", "Tệp"), rows)
                    + Html.pager("/van-ban", page, pages);
            return Response.html(layout.page("Văn bản quy phạm pháp luật", "VĂN BẢN", content));
        });
        routes.put("/van-ban/chi-tiet", byId(docs, LegalDoc::id, doc -> {
            String content = Html.properties(List.of(
                    Property.text("Số ký hiệu", doc.number()),
                    Property.text("Loại văn bản", doc.kind()),
                    Property.text("Ngày ban hành", DemoDates.DMY.format(doc.issued())),
                    Property.text("Cơ quan ban hành", "Ủy ban nhân dân huyện Lý Sơn"),
                    Property.text("Người ký", doc.signer()),
                    Property.text("Trích yếu", doc.summary()),
                    new Property("Tệp đính kèm", link(doc.filePath(), doc.number() + ".pdf"))));
            return layout.page(doc.kind() + " " + doc.number(), link("/van-ban", "VĂN BẢN"), content);
        }));
        for (LegalDoc doc : docs) {
            routes.put(doc.filePath(), q -> Response.bytes(SmallFiles.PDF, SmallFiles.pdf(doc.number() + " " + doc.summary())));
        }
    }

    void addQuestions(List<Question> questions, Map<String, Route> routes) {
        int pages = Html.pageCount(questions.size(), PER_PAGE);
        routes.put("/hoi-dap", q -> {
            int page = q.page(pages);
            if (page == 0) {
                return null;
            }
            StringBuilder list = new StringBuilder("<p>Người dân, doanh nghiệp gửi câu hỏi tới UBND huyện; "
                    + "Phòng Tư pháp tổng hợp và trả lời.</p><ul class=\"questions\">");
            for (Question question : Html.pageOf(questions, page, PER_PAGE)) {
                list.append("<li>").append(link(question.detailPath(), question.title()))
                        .append("<br><span class=\"asker\">Người hỏi: ").append(esc(question.asker())).append("</span>")
                        .append(" · <span class=\"asked\">Ngày hỏi: ").append(DemoDates.DMY.format(question.asked()))
                        .append("</span> · <span class=\"answered\">")
                        .append(question.answeredOn().map(d -> "Ngày trả lời: " + DemoDates.DMY.format(d))
                                .orElse("Đang chờ trả lời"))
                        .append("</span></li>");
            }
            list.append("</ul>").append(Html.pager("/hoi-dap", page, pages));
            return Response.html(layout.page("Hỏi đáp", "HỎI ĐÁP", list.toString()));
        });
        routes.put("/hoi-dap/chi-tiet", byId(questions, Question::id, question -> {
            String answer = question.answeredOn()
                    .map(d -> "<div class=\"answer\"><h2>Trả lời</h2><p class=\"date\">Ngày trả lời: "
                            + DemoDates.DMY.format(d) + "</p>" + Html.paragraph(question.answer())
                            + "<p>Phòng Tư pháp huyện Lý Sơn</p></div>")
                    .orElse("<p>Câu hỏi đang được xem xét, chưa có trả lời.</p>");
            String content = "<p class=\"asker\">Người hỏi: " + esc(question.asker()) + "</p><p class=\"date\">Ngày hỏi: "
                    + DemoDates.LONG.format(question.asked()) + "</p>" + Html.paragraph(question.title()) + answer;
            return layout.page(question.title(), link("/hoi-dap", "HỎI ĐÁP"), content);
        }));
    }

    private String postList(PostSection section, int page, int pages) {
        StringBuilder list = new StringBuilder("<ul class=\"posts\">");
        for (Post post : Html.pageOf(section.posts(), page, PER_PAGE)) {
            list.append("<li>").append(link(post.path(), post.title())).append(" <span class=\"date\">")
                    .append(esc(section.listStyle().format(post.published()))).append("</span></li>");
        }
        return list.append("</ul>").append(Html.pager(section.path(), page, pages)).toString();
    }

    private Response postPage(PostSection section, Post post) {
        StringBuilder content = new StringBuilder("<div class=\"meta\">")
                .append(esc(section.pageStyle().format(post.published()))).append("</div>");
        post.paragraphs().forEach(p -> content.append(Html.paragraph(p)));
        if (!post.attachments().isEmpty()) {
            content.append("<ul class=\"attachments\">");
            post.attachments().forEach(a -> content.append("<li>").append(link(a.path(), a.name())).append("</li>"));
            content.append("</ul>");
        }
        String html = layout.page(post.title(), link(section.path(), section.heading()), content.toString());
        return Response.html(post.decomposed() ? DemoText.decomposed(html) : html);
    }

    private static <T> Route byId(List<T> items, Function<T, Integer> id, Function<T, String> page) {
        return q -> {
            Optional<T> item = q.get("id").flatMap(raw -> items.stream()
                    .filter(candidate -> id.apply(candidate).toString().equals(raw)).findFirst());
            return item.map(page).map(Response::html).orElse(null);
        };
    }
}
