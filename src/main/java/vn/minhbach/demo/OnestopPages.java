package vn.minhbach.demo;

import static vn.minhbach.demo.Html.esc;
import static vn.minhbach.demo.Html.link;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo one-stop site: home page with hotline, the paginated procedure list, details, forms and lookup. */
final class OnestopPages {

    static final int PER_PAGE = 10;
    static final String LIST = "/thu-tuc-hanh-chinh";

    private static final Template LAYOUT = Template.load("onestop-layout.html");

    private final List<Procedure> procedures;
    private final URI portal;
    private final Skin skin;

    OnestopPages(List<Procedure> procedures, URI portal) {
        this(procedures, portal, Skin.DEFAULT);
    }

    OnestopPages(List<Procedure> procedures, URI portal, Skin skin) {
        this.procedures = List.copyOf(procedures);
        this.portal = portal;
        this.skin = skin;
    }

    Map<String, Route> routes(URI onestop) {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put("/", q -> Response.html(page("Trang chủ", home())));
        int pages = Html.pageCount(procedures.size(), PER_PAGE);
        routes.put(LIST, q -> {
            int page = q.page(pages);
            return page == 0 ? null : Response.html(page("Danh sách thủ tục hành chính", list(page, pages)));
        });
        routes.put(LIST + "/chi-tiet", q -> q.get("ma").flatMap(this::find)
                .map(p -> Response.html(page(p.name(), detail(p)))).orElse(null));
        for (Procedure procedure : procedures) {
            if (procedure.form() != null && !procedure.form().broken()) {
                routes.put(procedure.form().path(), q -> Response.bytes(SmallFiles.DOC,
                        SmallFiles.form(procedure.form().name())));
            }
        }
        routes.put("/tra-cuu-ho-so", q -> Response.html(page("Tra cứu hồ sơ", lookup(q))));
        routes.put("/huong-dan", q -> Response.html(page("Hướng dẫn nộp hồ sơ trực tuyến",
                Html.paragraph("Bước 1: chọn thủ tục. Bước 2: điền tờ khai và đính kèm giấy tờ. "
                        + "Bước 3: nhận mã hồ sơ và theo dõi tại trang Tra cứu hồ sơ."))));
        routes.put("/robots.txt", q -> Response.text("text/plain; charset=utf-8",
                "User-agent: *\nDisallow:\nSitemap: " + onestop.resolve("/sitemap.xml") + "\n"));
        routes.put("/sitemap.xml", q -> Response.text("application/xml; charset=utf-8", sitemap(onestop, pages)));
        return routes;
    }

    Route notFound() {
        return q -> Response.html(404, page("Không tìm thấy", Html.paragraph("Trang không tồn tại.")));
    }

    private Optional<Procedure> find(String code) {
        return procedures.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    private String page(String heading, String body) {
        return skin.paths().rewrite(LAYOUT.render(Map.of("title", esc(heading), "heading", esc(heading),
                "content", body, "portal", esc(portal.toString()))));
    }

    private String home() {
        return Html.paragraph("Tổ chức, cá nhân có thể nộp hồ sơ, theo dõi tiến độ và nhận kết quả giải quyết thủ tục "
                + "hành chính trực tuyến.")
                + "<ul class=\"quick\"><li>" + link(LIST, "Danh sách thủ tục hành chính (" + procedures.size() + ")")
                + "</li><li>" + link("/tra-cuu-ho-so", "Tra cứu hồ sơ") + "</li><li>"
                + link("/huong-dan", "Hướng dẫn nộp hồ sơ") + "</li></ul>"
                + "<div class=\"hotline-box\">Đường dây nóng: 0255.3822.456 (giờ hành chính)</div>";
    }

    private String list(int page, int pages) {
        return skin.markup().procedures(Html.pageOf(procedures, page, PER_PAGE), (page - 1) * PER_PAGE + 1)
                + skin.markup().pager(LIST, page, pages);
    }

    private String detail(Procedure p) {
        return skin.markup().procedure(p) + "<p>" + link(LIST, "« Quay lại danh sách") + "</p>";
    }

    private static String lookup(Query q) {
        String form = "<form action=\"/tra-cuu-ho-so\" method=\"get\"><label>Mã hồ sơ <input name=\"ma\"></label>"
                + " <button type=\"submit\">Tra cứu</button></form>";
        return form + q.get("ma").map(code -> Html.paragraph("Không tìm thấy hồ sơ có mã " + code + ".")).orElse("");
    }

    private String sitemap(URI onestop, int pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<String> paths = new ArrayList<>(List.of("/", "/tra-cuu-ho-so", "/huong-dan"));
        for (int p = 1; p <= pages; p++) {
            paths.add(Html.pageHref(LIST, p));
        }
        paths.forEach(path -> xml.append("  <url><loc>").append(esc(onestop.resolve(skin.paths().out(path)).toString()))
                .append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }
}
