package vn.minhbach.demo;

import static vn.minhbach.demo.Html.esc;
import static vn.minhbach.demo.Html.link;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.minhbach.demo.Html.Property;

/**
 * Liferay 6/7 portals (quangngai.gov.vn and most provinces): asset publisher abstracts with the date in a
 * label-less metadata span, custom portlets that print several "label: value" pairs on one line, a Q&amp;A
 * portlet without labels (title, question, "Name (dd/MM/yyyy HH:mm)", bold "Trả lời", answer,
 * "Unit (dd/MM/yyyy HH:mm)") and the search container's first/previous/next/last pager.
 */
final class LiferayMarkup implements Markup {

    private static final LocalTime ASKED_AT = LocalTime.of(9, 12);
    private static final LocalTime ANSWERED_AT = LocalTime.of(15, 40);

    @Override
    public String pager(String path, int page, int pages) {
        if (pages <= 1) {
            return "";
        }
        StringBuilder out = new StringBuilder("<div class=\"taglib-page-iterator\"><div class=\"search-results\">Trang ")
                .append(page).append(" / ").append(pages).append("</div><ul class=\"pager lfr-pagination-buttons\">");
        out.append(step(path, page > 1 ? 1 : 0, "Đầu")).append(step(path, page - 1, "Trước"))
                .append(step(path, page < pages ? page + 1 : 0, "Tiếp")).append(step(path, page < pages ? pages : 0, "Cuối"));
        return out.append("</ul></div>").toString();
    }

    @Override
    public String posts(PostSection section, List<Post> posts) {
        StringBuilder out = new StringBuilder("<div class=\"portlet-asset-publisher\">");
        for (Post post : posts) {
            out.append("<div class=\"asset-abstract\"><h3 class=\"asset-title\">").append(link(post.path(), post.title()))
                    .append("</h3><div class=\"asset-metadata\"><span class=\"metadata-entry metadata-publish-date\">")
                    .append(DemoDates.DMY.format(post.published())).append("</span></div><div class=\"asset-content\">")
                    .append("<div class=\"asset-summary\">").append(esc(post.paragraphs().get(0))).append("</div>")
                    .append("<div class=\"asset-more\">").append(link(post.path(), "Xem tiếp »")).append("</div></div></div>");
        }
        return out.append("</div>").toString();
    }

    @Override
    public String postMeta(PostSection section, Post post) {
        return "<div class=\"asset-metadata\"><span class=\"metadata-entry metadata-publish-date\">"
                + DemoDates.dmyTime(post.published()) + "</span> <span class=\"metadata-entry metadata-view-count\">"
                + (post.title().length() * 7) + " lượt xem</span></div>";
    }

    @Override
    public String documents(List<LegalDoc> docs) {
        StringBuilder out = new StringBuilder("<div class=\"vbpq-list\">");
        for (LegalDoc doc : docs) {
            out.append("<div class=\"vbpq-item\"><div class=\"vbpq-title\">")
                    .append(link(doc.detailPath(), doc.kind() + " " + doc.summary()))
                    .append("</div><div class=\"vbpq-info\">Số hiệu: ").append(esc(doc.number()))
                    .append(" &nbsp;|&nbsp; Ban hành: ").append(DemoDates.DMY.format(doc.issued()))
                    .append(" &nbsp;|&nbsp; Người ký: ").append(esc(doc.signer()))
                    .append("</div><div class=\"vbpq-files\">").append(link(doc.filePath(), "Tải về"))
                    .append("</div></div>");
        }
        return out.append("</div>").toString();
    }

    @Override
    public String document(LegalDoc doc) {
        return rows(doc.properties("Số ký hiệu", "Ngày ban hành", DemoDates.DMY, "Cơ quan ban hành", "Tệp đính kèm"));
    }

    @Override
    public String questions(List<Question> questions) {
        StringBuilder out = new StringBuilder("<div class=\"hoidap-list\">");
        for (Question q : questions) {
            out.append("<div class=\"hoidap-item\"><h4 class=\"hoidap-title\">").append(link(q.detailPath(), q.title()))
                    .append("</h4><div class=\"hoidap-asker\">").append(asked(q)).append("</div></div>");
        }
        return out.append("</div>").toString();
    }

    @Override
    public String question(Question q) {
        StringBuilder out = new StringBuilder("<div class=\"hoidap-detail\"><h3 class=\"hoidap-title\">")
                .append(esc(q.title())).append("</h3><div class=\"hoidap-question\">").append(esc(q.title()))
                .append("</div><div class=\"hoidap-asker\">").append(asked(q)).append("</div>");
        q.answeredOn().ifPresent(d -> out.append("<div class=\"hoidap-answer\"><p><strong>Trả lời</strong></p><p>")
                .append(esc(q.answer())).append("</p><p class=\"hoidap-unit\">").append(esc(Question.ANSWERER))
                .append(" (").append(at(d, ANSWERED_AT)).append(")</p></div>"));
        return out.append("</div>").toString();
    }

    @Override
    public String procedures(List<Procedure> procedures, int first) {
        StringBuilder out = new StringBuilder("<div class=\"tthc-list\">");
        for (Procedure p : procedures) {
            out.append("<div class=\"tthc-item\"><div class=\"tthc-name\">").append(link(p.detailPath(), p.name()))
                    .append("</div><div class=\"tthc-info\">Mã: ").append(esc(p.code())).append(" | Lĩnh vực: ")
                    .append(esc(p.sector())).append(" | Mức độ: ").append(esc(p.level())).append("</div></div>");
        }
        return out.append("</div>").toString();
    }

    @Override
    public String procedure(Procedure p) {
        return rows(Markup.properties(p));
    }

    /** Liferay 7's Bootstrap grid: one row per field, the label in a narrow bold column. */
    private static String rows(List<Property> properties) {
        StringBuilder out = new StringBuilder("<div class=\"container-fluid detail\">");
        properties.forEach(p -> out.append("<div class=\"row\"><div class=\"col-md-3\"><strong>").append(esc(p.label()))
                .append("</strong></div><div class=\"col-md-9\">").append(p.valueHtml()).append("</div></div>"));
        return out.append("</div>").toString();
    }

    private static String asked(Question q) {
        return esc(q.asker()) + " (" + at(q.asked(), ASKED_AT) + ")";
    }

    private static String at(LocalDate day, LocalTime time) {
        return DemoDates.dmyTime(day.atTime(time));
    }

    private static String step(String path, int page, String label) {
        return page < 1 ? "<li class=\"disabled\"><span>" + label + "</span></li>"
                : "<li>" + link(Html.pageHref(path, page), label) + "</li>";
    }
}
