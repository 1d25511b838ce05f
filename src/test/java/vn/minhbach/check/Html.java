package vn.minhbach.check;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Small HTML fixtures in the markup styles of real Vietnamese portals. */
final class Html {
    private Html() {
    }

    /** A post or document row: its title, link and the date shown with it (may be empty). */
    record Row(String title, String href, String date) {
        static Row of(String title, String href, String date) {
            return new Row(title, href, date);
        }
    }

    /** How a CMS lays out a list of posts. */
    enum Markup {
        /** Liferay asset publisher: div.asset-abstract with h3.asset-title and a metadata date. */
        LIFERAY,
        /** SharePoint list: a table with one tr per item, the date in its own cell. */
        SHAREPOINT,
        /** A plain ul/li list with "(dd/MM/yyyy)" after the link. */
        PLAIN,
        /** Bootstrap-like cards with a time element. */
        CARDS;

        String list(String heading, List<Row> rows) {
            return switch (this) {
                case LIFERAY -> "<section class=\"portlet\"><header class=\"portlet-topper\"><h2 class=\"portlet-title\">"
                        + heading + "</h2></header><div class=\"portlet-content\">"
                        + rows.stream().map(r -> "<div class=\"asset-abstract\"><h3 class=\"asset-title\"><a href=\""
                        + r.href() + "\">" + r.title() + "</a></h3><div class=\"asset-metadata\">"
                        + "<span class=\"metadata-entry metadata-publish-date\">" + r.date() + " 08:30</span>"
                        + "<span class=\"view-count\">Lượt xem: 120</span></div>"
                        + "<div class=\"asset-summary\">Tóm tắt nội dung bài viết.</div></div>")
                        .collect(Collectors.joining()) + "</div></section>";
                case SHAREPOINT -> "<div class=\"ms-webpart-zone\"><h2 class=\"ms-webpart-titleText\">" + heading
                        + "</h2><table class=\"ms-listviewtable\"><tbody>"
                        + "<tr><th>STT</th><th>Tiêu đề</th><th>Ngày đăng</th></tr>"
                        + rows.stream().map(r -> "<tr class=\"ms-itmhover\"><td>1</td><td><a href=\"" + r.href()
                        + "\">" + r.title() + "</a></td><td>" + r.date() + "</td></tr>").collect(Collectors.joining())
                        + "</tbody></table></div>";
                case PLAIN -> "<div class=\"block\"><h3>" + heading + "</h3><ul>"
                        + rows.stream().map(r -> "<li><a href=\"" + r.href() + "\">" + r.title() + "</a> ("
                        + r.date() + ")</li>").collect(Collectors.joining()) + "</ul></div>";
                case CARDS -> "<div class=\"container\"><div class=\"section-heading\">" + heading + "</div>"
                        + "<div class=\"row\">" + rows.stream().map(r -> "<div class=\"col-md-4\"><div class=\"card\">"
                        + "<div class=\"card-body\"><h5><a href=\"" + r.href() + "\">" + r.title() + "</a></h5>"
                        + "<time>" + r.date() + "</time></div></div></div>").collect(Collectors.joining())
                        + "</div></div>";
            };
        }
    }

    static List<Row> rows(String spec) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        int[] n = {0};
        return Arrays.stream(spec.split(";")).map(String::strip).map(part -> {
            String[] bits = part.split("@");
            n[0]++;
            return Row.of(bits[0].strip(), "/bai-viet/" + n[0], bits.length > 1 ? bits[1].strip() : "");
        }).toList();
    }

    /** A page with a title, a mobile viewport, a menu and a body. */
    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"
                + "<header><a href=\"/\">Cổng thông tin điện tử đặc khu Lý Sơn</a></header>" + body
                + "<footer>Cơ quan chủ quản: UBND đặc khu Lý Sơn. Địa chỉ: 01 Đinh Tiên Hoàng.</footer></body></html>";
    }

    /** A navigation menu of (text, href) pairs: "Trang chủ=/, Văn bản=/van-ban". */
    static String nav(String... items) {
        return "<nav class=\"menu\"><ul>" + Arrays.stream(items).map(i -> {
            String[] bits = i.split("=", 2);
            return "<li><a href=\"" + bits[1] + "\">" + bits[0] + "</a></li>";
        }).collect(Collectors.joining()) + "</ul></nav>";
    }

    /** A post page: breadcrumb, h1, date line and text. */
    static String post(String breadcrumb, String title, String dateLine) {
        return page(title, "<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> » <a href=\"/chuyen-muc\">"
                + breadcrumb + "</a></div><article><h1>" + title + "</h1><div class=\"post-meta\">" + dateLine
                + "</div><p>Nội dung bài viết gồm nhiều đoạn văn bản giới thiệu thông tin cần thiết.</p></article>");
    }
}
