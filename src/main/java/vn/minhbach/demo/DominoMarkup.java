package vn.minhbach.demo;

import static vn.minhbach.demo.Html.esc;
import static vn.minhbach.demo.Html.link;

import java.util.List;
import vn.minhbach.demo.Html.Property;

/**
 * Lotus Domino views, as the Sơn La Official Gazette serves them: a table whose header row is hidden and
 * has no {@code <thead>}, the date alone in the first cell (unpadded d/M/yyyy), the document number in
 * {@code span.doc-notation} inside the title link, files behind a download icon, documents opened as forms
 * of bold labels, and previous/next links only.
 */
final class DominoMarkup implements Markup {

    @Override
    public String pager(String path, int page, int pages) {
        if (pages <= 1) {
            return "";
        }
        String prev = page > 1 ? link(Html.pageHref(path, page - 1), "« Trang trước") : "";
        String next = page < pages ? link(Html.pageHref(path, page + 1), "Trang sau »") : "";
        return "<p class=\"view-nav\">" + prev + (prev.isEmpty() || next.isEmpty() ? "" : " | ") + next + "</p>";
    }

    @Override
    public String posts(PostSection section, List<Post> posts) {
        StringBuilder out = new StringBuilder(view("Ngày", "Tiêu đề"));
        for (Post post : posts) {
            out.append("<tr><td style='width: 80px; vertical-align: top'>").append(DemoDates.DMY_SHORT.format(post.published()))
                    .append("</td><td>").append(link(post.path(), post.title())).append("</td></tr>");
        }
        return out.append("</table>").toString();
    }

    @Override
    public String postMeta(PostSection section, Post post) {
        return "<p><font size=\"2\" color=\"#808080\">" + DemoDates.DMY_SHORT.format(post.published()) + "</font></p>";
    }

    @Override
    public String documents(List<LegalDoc> docs) {
        StringBuilder out = new StringBuilder(view("Ngày ban hành", "Văn bản", ""));
        out.append("<tr><th colspan='100%' class='level1-heading'>Phần văn bản quy phạm pháp luật và văn bản khác</th></tr>");
        for (LegalDoc doc : docs) {
            out.append("<tr><td style='width: 80px; vertical-align: top'>").append(DemoDates.DMY_SHORT.format(doc.issued()))
                    .append("</td><td style='text-align: justify;'><a href=\"").append(esc(doc.detailPath()))
                    .append("\"><span class='doc-cate'>").append(esc(doc.kind())).append(" của UBND huyện</span> ")
                    .append("<span class='doc-notation'>số ").append(esc(doc.number())).append("</span> ")
                    .append(esc(doc.summary())).append("</a></td><td style='width: 40px; text-align: right;'>")
                    .append("<span class=\"download\" style=\"background-image:url('img/download.png')\">&emsp;&nbsp;")
                    .append("<div class='download-links'>").append(link(doc.filePath(), Html.fileName(doc.filePath())))
                    .append("</div></span></td></tr>");
        }
        return out.append("</table>").toString();
    }

    @Override
    public String document(LegalDoc doc) {
        return form(doc.properties("Số, ký hiệu", "Ngày ban hành", DemoDates.DMY_SHORT, "Cơ quan ban hành", "Tệp đính kèm"));
    }

    @Override
    public String questions(List<Question> questions) {
        StringBuilder out = new StringBuilder(view("Ngày gửi", "Câu hỏi", "Ngày trả lời"));
        for (Question q : questions) {
            out.append("<tr><td style='width: 80px; vertical-align: top'>").append(DemoDates.DMY_SHORT.format(q.asked()))
                    .append("</td><td>").append(link(q.detailPath(), q.title())).append("<br><i>").append(esc(q.asker()))
                    .append("</i></td><td style='width: 80px; vertical-align: top'>")
                    .append(q.answeredOn().map(d -> DemoDates.DMY_SHORT.format(d)).orElse("")).append("</td></tr>");
        }
        return out.append("</table>").toString();
    }

    @Override
    public String question(Question q) {
        return form(List.of(Property.text("Người hỏi", q.asker()), Property.text("Ngày gửi", DemoDates.DMY_SHORT.format(q.asked())),
                Property.text("Nội dung câu hỏi", q.title()),
                Property.text("Ngày giải đáp", q.answeredOn().map(d -> DemoDates.DMY_SHORT.format(d)).orElse("")),
                Property.text("Giải đáp", q.answer() == null ? "" : q.answer()),
                Property.text("Cơ quan giải đáp", q.answer() == null ? "" : Question.ANSWERER)));
    }

    @Override
    public String procedures(List<Procedure> procedures, int first) {
        StringBuilder out = new StringBuilder(view("Mã số", "Tên thủ tục", "Lĩnh vực", "Mức độ"));
        for (Procedure p : procedures) {
            out.append("<tr><td style='vertical-align: top'>").append(esc(p.code())).append("</td><td>")
                    .append(link(p.detailPath(), p.name())).append("</td><td>").append(esc(p.sector())).append("</td><td>")
                    .append(esc(p.level())).append("</td></tr>");
        }
        return out.append("</table>").toString();
    }

    @Override
    public String procedure(Procedure p) {
        return form(Markup.properties(p));
    }

    /** A view: its header row is generated but hidden, and nothing marks it as a thead. */
    private static String view(String... headers) {
        StringBuilder out = new StringBuilder("<table border=\"0\" cellpadding=\"2\" cellspacing=\"0\"><tr style='display: none'>");
        for (String h : headers) {
            out.append("<th>").append(esc(h)).append("</th>");
        }
        return out.append("</tr>").toString();
    }

    private static String form(List<Property> rows) {
        StringBuilder out = new StringBuilder("<table border=\"0\" cellpadding=\"3\">");
        rows.forEach(r -> out.append("<tr valign=\"top\"><td width=\"160\"><b>").append(esc(r.label()))
                .append(":</b></td><td>").append(r.valueHtml()).append("</td></tr>"));
        return out.append("</table>").toString();
    }
}
