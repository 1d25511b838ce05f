package vn.minhbach.demo;

import static vn.minhbach.demo.Html.esc;
import static vn.minhbach.demo.Html.link;

import java.util.List;
import vn.minhbach.demo.Html.Property;

/**
 * DNN (DotNetNuke) modules as provincial one-stop and department sites run them: every list a definition
 * list, the item's link in {@code <dt>} and its fields in {@code <dd>} ("Ngày BH", "Ngày gửi"), item pages
 * as horizontal {@code <dl>}, and the PagingControl's "Trang x / y" with numbered links.
 */
final class DnnMarkup implements Markup {

    @Override
    public String pager(String path, int page, int pages) {
        if (pages <= 1) {
            return "";
        }
        StringBuilder out = new StringBuilder("<table class=\"PagingTable\"><tr><td class=\"Normal\">Trang ")
                .append(page).append(" / ").append(pages).append("</td><td class=\"Normal\">");
        for (int p = 1; p <= pages; p++) {
            out.append(p == page ? "<span class=\"NormalDisabled\">[" + p + "]</span> "
                    : link(Html.pageHref(path, p), Integer.toString(p)).replace("<a ", "<a class=\"CommandButton\" ") + " ");
        }
        return out.append("</td></tr></table>").toString();
    }

    @Override
    public String posts(PostSection section, List<Post> posts) {
        StringBuilder out = new StringBuilder("<dl class=\"edn_articleList\">");
        for (Post post : posts) {
            out.append("<dt>").append(link(post.path(), post.title())).append("</dt><dd class=\"edn_metaDetails\">")
                    .append("Ngày đăng: ").append(DemoDates.DMY.format(post.published())).append("</dd><dd class=\"edn_summary\">")
                    .append(esc(post.paragraphs().get(0))).append("</dd>");
        }
        return out.append("</dl>").toString();
    }

    @Override
    public String postMeta(PostSection section, Post post) {
        return "<div class=\"edn_metaDetails\"><span class=\"edn_articleDate\">" + DemoDates.dmyTime(post.published())
                + "</span></div>";
    }

    @Override
    public String documents(List<LegalDoc> docs) {
        StringBuilder out = new StringBuilder("<div class=\"vbList\">");
        for (LegalDoc doc : docs) {
            out.append(dl(List.of(new Property("Số/Ký hiệu", link(doc.detailPath(), doc.number())),
                    Property.text("Ngày BH", DemoDates.DMY.format(doc.issued())),
                    Property.text("Trích yếu", doc.kind() + " " + doc.summary()),
                    new Property("Tệp tin", link(doc.filePath(), "Tải về")))));
        }
        return out.append("</div>").toString();
    }

    @Override
    public String document(LegalDoc doc) {
        return dl(doc.properties("Số/Ký hiệu", "Ngày BH", DemoDates.DMY, "Cơ quan BH", "Tệp tin"));
    }

    @Override
    public String questions(List<Question> questions) {
        StringBuilder out = new StringBuilder("<dl class=\"faqList\">");
        for (Question q : questions) {
            out.append("<dt>").append(link(q.detailPath(), q.title())).append("</dt><dd>Người gửi: ").append(esc(q.asker()))
                    .append("</dd><dd>Ngày gửi: ").append(DemoDates.DMY.format(q.asked())).append("</dd>")
                    .append(q.answeredOn().map(d -> "<dd>Ngày trả lời: " + DemoDates.DMY.format(d) + "</dd>")
                            .orElse("<dd>Chưa trả lời</dd>"));
        }
        return out.append("</dl>").toString();
    }

    @Override
    public String question(Question q) {
        return dl(List.of(Property.text("Người gửi", q.asker()), Property.text("Ngày gửi", DemoDates.DMY.format(q.asked())),
                Property.text("Nội dung", q.title()),
                Property.text("Ngày trả lời", q.answeredOn().map(d -> DemoDates.DMY.format(d)).orElse("Chưa trả lời")),
                Property.text("Trả lời", q.answer() == null ? "" : q.answer() + " " + Question.ANSWERER)));
    }

    @Override
    public String procedures(List<Procedure> procedures, int first) {
        StringBuilder out = new StringBuilder("<dl class=\"tthcList\">");
        for (Procedure p : procedures) {
            out.append("<dt>").append(link(p.detailPath(), p.name())).append("</dt><dd>Mã TTHC: ").append(esc(p.code()))
                    .append("</dd><dd>Lĩnh vực: ").append(esc(p.sector())).append("</dd><dd>Mức độ: ")
                    .append(esc(p.level())).append("</dd>");
        }
        return out.append("</dl>").toString();
    }

    @Override
    public String procedure(Procedure p) {
        return dl(Markup.properties(p));
    }

    private static String dl(List<Property> rows) {
        StringBuilder out = new StringBuilder("<dl class=\"dl-horizontal\">");
        rows.forEach(r -> out.append("<dt>").append(esc(r.label())).append("</dt><dd>").append(r.valueHtml()).append("</dd>"));
        return out.append("</dl>").toString();
    }
}
