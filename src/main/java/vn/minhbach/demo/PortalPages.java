package vn.minhbach.demo;

import static vn.minhbach.demo.Html.esc;
import static vn.minhbach.demo.Html.link;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo portal: its layout, home page, introduction and contact pages, and the routes of every page,
 * file and trap ({@link PortalTraps}) it serves.
 */
final class PortalPages {

    private final PortalContent content;
    private final URI onestop;
    private final Skin skin;

    PortalPages(PortalContent content, URI onestop) {
        this(content, onestop, Skin.DEFAULT);
    }

    PortalPages(PortalContent content, URI onestop, Skin skin) {
        this.content = content;
        this.onestop = onestop;
        this.skin = skin;
    }

    /** Every path the portal answers, in a fixed order. */
    Map<String, Route> routes(URI portal) {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put("/", q -> Response.html(home()));
        PortalLists lists = new PortalLists(this::page, skin.markup());
        for (PostSection section : sections()) {
            lists.addSection(section, routes);
        }
        lists.addDocuments(content.documents(), routes);
        lists.addQuestions(content.questions(), routes);
        PortalIntro intro = new PortalIntro(this::page);
        intro.addPages(routes, layout("windows-1258"));
        new PortalTraps(this::page, content.asOf(), skin.paths()).addRoutes(routes, portal, sections());
        return routes;
    }

    Route notFound() {
        return q -> Response.html(404, page("Không tìm thấy trang", "Lỗi",
                "<p>Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</p>"));
    }

    List<PostSection> sections() {
        return List.of(content.news(), content.planning(), content.budget(), content.tenders(),
                content.legalQa(), content.businessInfo());
    }

    String page(String heading, String breadcrumb, String body) {
        return layout("utf-8").page(heading, breadcrumb, body);
    }

    private Layout layout(String charset) {
        return (heading, breadcrumb, body) -> skin.paths().rewrite(skin.layout().render(Map.of("charset", charset,
                "title", esc(heading), "heading", esc(heading), "breadcrumb", breadcrumb, "content", body,
                "onestop", esc(onestop.toString()))));
    }

    private String home() {
        StringBuilder body = new StringBuilder();
        body.append("<section class=\"block-news\"><h2>").append(link("/tin-tuc", "TIN MỚI NHẤT")).append("</h2><ul>");
        for (Post post : content.news().posts().subList(0, 6)) {
            body.append("<li>").append(link(post.path(), post.title())).append(" <span class=\"date\">")
                    .append(DemoDates.DMY.format(post.published())).append("</span></li>");
        }
        body.append("</ul></section><section class=\"block-docs\"><h2>").append(link("/van-ban", "VĂN BẢN MỚI"))
                .append("</h2><ul>");
        for (LegalDoc doc : content.documents().subList(0, 5)) {
            body.append("<li>").append(link(doc.detailPath(), doc.number() + " - " + doc.summary())).append("</li>");
        }
        body.append("</ul></section><section class=\"block-services\"><h2>Dịch vụ công trực tuyến</h2><p>")
                .append(link(onestop.toString(), "Nộp hồ sơ trực tuyến"))
                .append(" · ").append(link(onestop.resolve("/tra-cuu-ho-so").toString(), "Tra cứu hồ sơ"))
                .append("</p></section><section class=\"block-links\"><h2>Liên kết</h2><p>")
                .append(link("/hoi-dap", "Gửi câu hỏi cho UBND huyện")).append(" · ")
                .append(link("/lich-su-kien", "Lịch sự kiện")).append(" · ")
                .append(link("/gioi-thieu/can-bo-dau-moi", "Cán bộ đầu mối tiếp nhận câu hỏi")).append("</p></section>");
        return page("Trang chủ", "Trang chủ", body.toString());
    }
}
