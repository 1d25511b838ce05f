package vn.minhbach.demo;

import static vn.minhbach.demo.Html.esc;
import static vn.minhbach.demo.Html.link;

import java.util.List;

/**
 * Legacy ASP.NET WebForms portals of the 2000s: GridView tables whose header is the first {@code <tr>}
 * with {@code <th scope="col">} (no {@code <thead>}), dates as d/M/yyyy, downloads as an icon without
 * text or alt, DataList news with the date in parentheses, detail pages of label cells and
 * {@code ctl00_} spans, and a numbered pager in a table of its own.
 */
final class AspNetMarkup implements Markup {

    private static final String ICON = "<img src=\"/images/icon_download.gif\" border=\"0\">";
    private static final String GRID = "<table class=\"gridview\" cellspacing=\"0\" rules=\"all\" border=\"1\" id=\"ctl00_ContentPlaceHolder1_gv%s\" style=\"border-collapse:collapse;\">";

    @Override
    public String pager(String path, int page, int pages) {
        if (pages <= 1) {
            return "";
        }
        StringBuilder out = new StringBuilder("<table class=\"pager\" border=\"0\"><tr>");
        for (int p = 1; p <= pages; p++) {
            out.append("<td>").append(p == page ? "<span>" + p + "</span>" : link(Html.pageHref(path, p), Integer.toString(p)))
                    .append("</td>");
        }
        return out.append("</tr></table>").toString();
    }

    @Override
    public String posts(PostSection section, List<Post> posts) {
        StringBuilder out = new StringBuilder("<table id=\"ctl00_ContentPlaceHolder1_dlTinTuc\" cellspacing=\"0\" border=\"0\">");
        for (Post post : posts) {
            out.append("<tr><td><img src=\"/images/bullet.gif\"> ").append(link(post.path(), post.title()).replace("<a ", "<a class=\"link-title\" "))
                    .append(" <span class=\"gray\">(").append(DemoDates.DMY_SHORT.format(post.published())).append(")</span></td></tr>");
        }
        return out.append("</table>").toString();
    }

    @Override
    public String postMeta(PostSection section, Post post) {
        return "<span id=\"ctl00_ContentPlaceHolder1_lblNgayDang\" class=\"gray\">" + DemoDates.DMY_SHORT.format(post.published())
                + "</span>";
    }

    @Override
    public String documents(List<LegalDoc> docs) {
        StringBuilder out = new StringBuilder(header("VanBan", "STT", "Số/Ký hiệu", "Ngày BH", "Trích yếu", "Tải về"));
        int n = 1;
        for (LegalDoc doc : docs) {
            out.append(row(n++ % 2 == 0, Integer.toString(n - 1), link(doc.detailPath(), doc.number()),
                    DemoDates.DMY_SHORT.format(doc.issued()), esc(doc.kind() + " " + doc.summary()),
                    "<a href=\"" + esc(doc.filePath()) + "\">" + ICON + "</a>"));
        }
        return out.append("</table>").toString();
    }

    @Override
    public String document(LegalDoc doc) {
        return "<table class=\"detail\" cellpadding=\"3\">"
                + field("SoKyHieu", "Số/Ký hiệu", esc(doc.number())) + field("LoaiVB", "Loại văn bản", esc(doc.kind()))
                + field("NgayBH", "Ngày ban hành", DemoDates.DMY_SHORT.format(doc.issued()))
                + field("CoQuan", "Cơ quan ban hành", esc(LegalDoc.ISSUER)) + field("NguoiKy", "Người ký", esc(doc.signer()))
                + field("TrichYeu", "Trích yếu", esc(doc.summary()))
                + field("File", "File đính kèm", "<a href=\"" + esc(doc.filePath()) + "\">" + ICON + "</a>") + "</table>";
    }

    @Override
    public String questions(List<Question> questions) {
        StringBuilder out = new StringBuilder(header("HoiDap", "STT", "Câu hỏi", "Người hỏi", "Ngày hỏi", "Ngày trả lời"));
        int n = 1;
        for (Question q : questions) {
            out.append(row(n++ % 2 == 0, Integer.toString(n - 1), link(q.detailPath(), q.title()), esc(q.asker()),
                    DemoDates.DMY_SHORT.format(q.asked()), q.answeredOn().map(d -> DemoDates.DMY_SHORT.format(d)).orElse("&nbsp;")));
        }
        return out.append("</table>").toString();
    }

    @Override
    public String question(Question q) {
        return "<table class=\"detail\" cellpadding=\"3\">" + field("NguoiHoi", "Người hỏi", esc(q.asker()))
                + field("NgayHoi", "Ngày hỏi", DemoDates.DMY_SHORT.format(q.asked()))
                + field("CauHoi", "Câu hỏi", esc(q.title()))
                + field("NgayTraLoi", "Ngày trả lời", q.answeredOn().map(d -> DemoDates.DMY_SHORT.format(d)).orElse(""))
                + field("TraLoi", "Trả lời", q.answer() == null ? "" : esc(q.answer()) + "<br>" + esc(Question.ANSWERER))
                + "</table>";
    }

    @Override
    public String procedures(List<Procedure> procedures, int first) {
        StringBuilder out = new StringBuilder(header("ThuTuc", "STT", "Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Mức độ"));
        int n = first;
        for (Procedure p : procedures) {
            out.append(row(n % 2 == 0, Integer.toString(n++), esc(p.code()), link(p.detailPath(), p.name()), esc(p.sector()),
                    esc(p.level())));
        }
        return out.append("</table>").toString();
    }

    @Override
    public String procedure(Procedure p) {
        StringBuilder out = new StringBuilder("<table class=\"detail\" cellpadding=\"3\">");
        Markup.properties(p).forEach(r -> out.append(field("Field", r.label(), r.valueHtml())));
        return out.append("</table>").toString();
    }

    private static String header(String id, String... headers) {
        StringBuilder out = new StringBuilder(String.format(GRID, id)).append("<tr class=\"header\">");
        for (String h : headers) {
            out.append("<th scope=\"col\">").append(esc(h)).append("</th>");
        }
        return out.append("</tr>").toString();
    }

    private static String row(boolean alternate, String... cells) {
        StringBuilder out = new StringBuilder(alternate ? "<tr class=\"alt\">" : "<tr class=\"row\">");
        for (String cell : cells) {
            out.append("<td>").append(cell).append("</td>");
        }
        return out.append("</tr>").toString();
    }

    private static String field(String id, String label, String valueHtml) {
        return "<tr><td class=\"label\" width=\"150\">" + esc(label) + ":</td><td><span id=\"ctl00_ContentPlaceHolder1_lbl"
                + id + "\">" + valueHtml + "</span></td></tr>";
    }
}
