package vn.minhbach.demo;

import static vn.minhbach.demo.Html.esc;
import static vn.minhbach.demo.Html.link;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The portal's crawl-facing routes and the hazards a crawler must survive: robots.txt and sitemaps, a
 * redirect loop, an endless event calendar, pages robots.txt forbids, and a section that answers 503.
 */
final class PortalTraps {

    static final String ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /search\n";
    static final String TAX_SECTION = "/chuyen-muc/thue-va-cuoc-song";
    static final String CALENDAR = "/lich-su-kien";

    private final Layout layout;
    private final LocalDate asOf;
    private final PathScheme paths;

    PortalTraps(Layout layout, LocalDate asOf, PathScheme paths) {
        this.layout = layout;
        this.asOf = asOf;
        this.paths = paths;
    }

    void addRoutes(Map<String, Route> routes, URI portal, List<PostSection> sections) {
        routes.put("/robots.txt", q -> Response.text("text/plain; charset=utf-8",
                ROBOTS + "Sitemap: " + portal.resolve("/sitemap.xml") + "\n"));
        routes.put("/sitemap.xml", q -> Response.text("application/xml; charset=utf-8", sitemap(portal, sections)));
        routes.put("/so-do-trang", q -> Response.html(layout.page("Sơ đồ trang", "Sơ đồ trang", htmlSitemap(sections))));
        routes.put("/loop-a", q -> Response.redirect("/loop-b"));
        routes.put("/loop-b", q -> Response.redirect("/loop-a"));
        routes.put(CALENDAR, this::calendar);
        // The section exists in the menu but its server is down: an audit must say UNKNOWN, not MISSING.
        routes.put(TAX_SECTION, q -> Response.unavailable("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1>"
                + "<p>Hệ thống đang bảo trì, vui lòng quay lại sau.</p></body></html>"));
        routes.put("/admin/", q -> Response.html(403, layout.page("Đăng nhập quản trị", "Quản trị",
                "<form method=\"post\" action=\"/admin/login\"><input name=\"u\"><input name=\"p\" type=\"password\">"
                        + "<button>Đăng nhập</button></form>")));
        routes.put("/search", q -> Response.html(layout.page("Kết quả tìm kiếm", "Tìm kiếm",
                Html.paragraph("Không tìm thấy kết quả cho: " + q.get("q").orElse("")))));
    }

    /**
     * An event calendar whose previous/next links never end: every month links two more months, so a
     * crawler that follows query links without a depth or page limit never finishes.
     */
    private Response calendar(Query query) {
        YearMonth month;
        try {
            month = query.get("month").map(YearMonth::parse).orElse(YearMonth.from(asOf));
        } catch (DateTimeParseException e) {
            return null;
        }
        String label = month.getMonthValue() + "/" + month.getYear();
        StringBuilder body = new StringBuilder("<p>")
                .append(link(CALENDAR + "?month=" + month.minusMonths(1), "« Tháng trước")).append(" · ")
                .append(link(CALENDAR + "?month=" + month.plusMonths(1), "Tháng sau »")).append("</p><ul class=\"events\">");
        String[] events = {"Họp giao ban UBND huyện", "Tiếp công dân định kỳ", "Sinh hoạt chuyên đề pháp luật"};
        for (int i = 0; i < events.length; i++) {
            LocalDate day = month.atDay(5 + 10 * i);
            body.append("<li>").append(DemoDates.DMY_SHORT.format(day)).append(": ").append(esc(events[i]))
                    .append("</li>");
        }
        body.append("</ul>");
        return Response.html(layout.page("Lịch sự kiện tháng " + label, link(CALENDAR, "Lịch sự kiện"), body.toString()));
    }

    private static List<String> mainPaths(List<PostSection> sections) {
        List<String> paths = new ArrayList<>(List.of("/", "/gioi-thieu", "/gioi-thieu/lanh-dao",
                "/gioi-thieu/can-bo-dau-moi", "/lien-he", "/van-ban", "/hoi-dap", TAX_SECTION, CALENDAR));
        sections.forEach(s -> paths.add(s.path()));
        return paths;
    }

    private String sitemap(URI portal, List<PostSection> sections) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : mainPaths(sections)) {
            xml.append("  <url><loc>").append(esc(portal.resolve(paths.out(path)).toString())).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String htmlSitemap(List<PostSection> sections) {
        StringBuilder html = new StringBuilder("<ul>");
        for (PostSection section : sections) {
            html.append("<li>").append(link(section.path(), section.heading())).append("</li>");
        }
        html.append("<li>").append(link("/van-ban", "Văn bản")).append("</li><li>").append(link("/hoi-dap", "Hỏi đáp"))
                .append("</li><li>").append(link(TAX_SECTION, "Thuế và cuộc sống")).append("</li>");
        return html.append("</ul>").toString();
    }
}
