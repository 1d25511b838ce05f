package vn.minhbach.demo;

import static vn.minhbach.demo.Html.esc;
import static vn.minhbach.demo.Html.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The portal's paginated lists and their detail pages: post sections, legal documents and Q&amp;A. */
final class PortalLists {

    static final int PER_PAGE = 10;

    private final Layout layout;
    private final Markup markup;

    PortalLists(Layout layout, Markup markup) {
        this.layout = layout;
        this.markup = markup;
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
            String content = markup.documents(Html.pageOf(docs, page, PER_PAGE)) + markup.pager("/van-ban", page, pages);
            return Response.html(layout.page("Văn bản quy phạm pháp luật", "VĂN BẢN", content));
        });
        routes.put("/van-ban/chi-tiet", byId(docs, LegalDoc::id, doc -> {
            String content = markup.document(doc);
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
                    + "Phòng Tư pháp tổng hợp và trả lời.</p>");
            list.append(markup.questions(Html.pageOf(questions, page, PER_PAGE))).append(markup.pager("/hoi-dap", page, pages));
            return Response.html(layout.page("Hỏi đáp", "HỎI ĐÁP", list.toString()));
        });
        routes.put("/hoi-dap/chi-tiet", byId(questions, Question::id, question -> {
            String content = markup.question(question);
            return layout.page(question.title(), link("/hoi-dap", "HỎI ĐÁP"), content);
        }));
    }

    private String postList(PostSection section, int page, int pages) {
        return markup.posts(section, Html.pageOf(section.posts(), page, PER_PAGE)) + markup.pager(section.path(), page, pages);
    }

    private Response postPage(PostSection section, Post post) {
        StringBuilder content = new StringBuilder(markup.postMeta(section, post));
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
