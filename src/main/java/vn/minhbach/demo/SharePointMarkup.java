package vn.minhbach.demo;

import static vn.minhbach.demo.Html.esc;
import static vn.minhbach.demo.Html.link;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.minhbach.demo.Html.Property;

/**
 * SharePoint 2010/2013 as ministries and provinces run it: list views in {@code table.ms-listviewtable}
 * (2013 with a {@code <thead>}, 2010 with the header row among the others), item pages as
 * {@code table.ms-formtable} label/value rows, times in the vi-VN culture ("8:30 SA"), and a pager of
 * image-only previous/next links.
 */
final class SharePointMarkup implements Markup {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public String pager(String path, int page, int pages) {
        if (pages <= 1) {
            return "";
        }
        StringBuilder out = new StringBuilder("<table class=\"ms-bottompaging\"><tr><td class=\"ms-bottompagingline\">");
        if (page > 1) {
            out.append("<a href=\"").append(esc(Html.pageHref(path, page - 1)))
                    .append("\"><img src=\"/_layouts/15/images/prev.gif\" alt=\"Trước\" border=\"0\"></a>");
        }
        int first = (page - 1) * PortalLists.PER_PAGE + 1;
        out.append("</td><td class=\"ms-paging\">").append(first).append(" - ").append(first + PortalLists.PER_PAGE - 1)
                .append("</td><td>");
        if (page < pages) {
            out.append("<a href=\"").append(esc(Html.pageHref(path, page + 1)))
                    .append("\"><img src=\"/_layouts/15/images/next.gif\" alt=\"Tiếp\" border=\"0\"></a>");
        }
        return out.append("</td></tr></table>").toString();
    }

    @Override
    public String posts(PostSection section, List<Post> posts) {
        StringBuilder out = new StringBuilder(head("Tiêu đề", "Ngày xuất bản"));
        for (Post post : posts) {
            out.append("<tr class=\"ms-itmHoverEnabled ms-itmhover\"><td class=\"ms-cellstyle ms-vb-title\">")
                    .append("<div class=\"ms-vb ms-tableCell ms-list-TitleLink itx\">")
                    .append(link(post.path(), post.title()).replace("<a ", "<a class=\"ms-listlink\" "))
                    .append("</div></td><td class=\"ms-cellstyle ms-vb2\">").append(time(post.published()))
                    .append("</td></tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    @Override
    public String postMeta(PostSection section, Post post) {
        return "<div class=\"ms-rtestate-field article-date\">Ngày xuất bản: " + time(post.published()) + "</div>";
    }

    /** The 2010 list view: the header row is the table's first row, there is no thead. */
    @Override
    public String documents(List<LegalDoc> docs) {
        StringBuilder out = new StringBuilder("<table class=\"ms-listviewtable\" summary=\"Văn bản\" cellspacing=\"0\">"
                + "<tr class=\"ms-viewheadertr ms-vhltr\">");
        for (String h : List.of("Số/Ký hiệu", "Ngày ban hành", "Trích yếu", "Tệp đính kèm")) {
            out.append("<th class=\"ms-vh2-nofilter\">").append(h).append("</th>");
        }
        out.append("</tr>");
        boolean alt = false;
        for (LegalDoc doc : docs) {
            out.append(alt ? "<tr class=\"ms-alternating\">" : "<tr>")
                    .append("<td class=\"ms-vb2\">").append(link(doc.detailPath(), doc.number())).append("</td>")
                    .append("<td class=\"ms-vb2\">").append(DAY.format(doc.issued())).append("</td>")
                    .append("<td class=\"ms-vb2\">").append(esc(doc.kind() + " " + doc.summary())).append("</td>")
                    .append("<td class=\"ms-vb2\"><img src=\"/_layouts/images/icpdf.png\" alt=\"\"> ")
                    .append(link(doc.filePath(), Html.fileName(doc.filePath()))).append("</td></tr>");
            alt = !alt;
        }
        return out.append("</table>").toString();
    }

    @Override
    public String document(LegalDoc doc) {
        return form(List.of(
                new Property("Số/Ký hiệu", esc(doc.number())),
                new Property("Loại văn bản", esc(doc.kind())),
                new Property("Ngày ban hành", DAY.format(doc.issued())),
                new Property("Cơ quan ban hành", esc(LegalDoc.ISSUER)),
                new Property("Người ký", esc(doc.signer())),
                new Property("Trích yếu", esc(doc.summary())),
                new Property("Tệp đính kèm", link(doc.filePath(), Html.fileName(doc.filePath())))));
    }

    @Override
    public String questions(List<Question> questions) {
        StringBuilder out = new StringBuilder(head("Câu hỏi", "Người gửi", "Ngày gửi", "Ngày trả lời"));
        for (Question q : questions) {
            out.append("<tr class=\"ms-itmhover\"><td class=\"ms-vb-title\">").append(link(q.detailPath(), q.title()))
                    .append("</td><td class=\"ms-vb2\">").append(esc(q.asker())).append("</td><td class=\"ms-vb2\">")
                    .append(DAY.format(q.asked())).append("</td><td class=\"ms-vb2\">")
                    .append(q.answeredOn().map(DAY::format).orElse("")).append("</td></tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    @Override
    public String question(Question q) {
        return form(List.of(
                new Property("Người gửi", esc(q.asker())),
                new Property("Ngày gửi", DAY.format(q.asked())),
                new Property("Nội dung câu hỏi", esc(q.title())),
                new Property("Ngày trả lời", q.answeredOn().map(DAY::format).orElse("")),
                new Property("Nội dung trả lời", q.answer() == null ? "" : esc(q.answer())),
                new Property("Đơn vị trả lời", q.answer() == null ? "" : esc(Question.ANSWERER))));
    }

    @Override
    public String procedures(List<Procedure> procedures, int first) {
        StringBuilder out = new StringBuilder(head("STT", "Mã số", "Tên thủ tục", "Lĩnh vực", "Mức độ DVC"));
        int n = first;
        for (Procedure p : procedures) {
            out.append("<tr class=\"ms-itmhover\"><td class=\"ms-vb2\">").append(n++).append("</td><td class=\"ms-vb2\">")
                    .append(esc(p.code())).append("</td><td class=\"ms-vb-title\">").append(link(p.detailPath(), p.name()))
                    .append("</td><td class=\"ms-vb2\">").append(esc(p.sector())).append("</td><td class=\"ms-vb2\">")
                    .append(esc(p.level())).append("</td></tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /** The 2013 list view, with its header in a thead. */
    private static String head(String... headers) {
        StringBuilder out = new StringBuilder("<table class=\"ms-listviewtable\" cellspacing=\"0\" border=\"0\">"
                + "<thead id=\"js-listviewthead-WPQ2\"><tr valign=\"top\" class=\"ms-viewheadertr ms-vhltr\">");
        for (String h : headers) {
            out.append("<th class=\"ms-vh2\"><div class=\"ms-vh-div\">").append(esc(h)).append("</div></th>");
        }
        return out.append("</tr></thead><tbody>").toString();
    }

    @Override
    public String procedure(Procedure p) {
        return form(Markup.properties(p));
    }

    private static String form(List<Property> rows) {
        StringBuilder out = new StringBuilder("<table class=\"ms-formtable\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\">");
        for (Property row : rows) {
            out.append("<tr><td nowrap=\"true\" valign=\"top\" class=\"ms-formlabel\"><h3 class=\"ms-standardheader\"><nobr>")
                    .append(esc(row.label())).append("</nobr></h3></td><td valign=\"top\" class=\"ms-formbody\">")
                    .append(row.valueHtml()).append("</td></tr>");
        }
        return out.append("</table>").toString();
    }

    /** SharePoint's vi-VN short date and time: "05/03/2026 8:30 SA" (sáng) or "2:05 CH" (chiều). */
    private static String time(LocalDateTime t) {
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return DAY.format(t) + " " + hour + ":" + String.format("%02d", t.getMinute()) + (t.getHour() < 12 ? " SA" : " CH");
    }
}
