package vn.minhbach.demo;

import static vn.minhbach.demo.Html.esc;

import java.util.List;
import java.util.Map;
import vn.minhbach.demo.Html.Property;

/**
 * The portal's introduction and contact pages. The introduction is served as windows-1258 with a
 * correct header, and the leaders' page in decomposed (NFD) text, as older portals still do.
 */
final class PortalIntro {

    static final String INTRO_TITLE = "Giới thiệu chung về huyện đảo Lý Sơn";
    static final String LEADERS_TITLE = "Lãnh đạo Ủy ban nhân dân huyện";
    static final String WINDOWS_1258_HTML = "text/html; charset=windows-1258";

    private final Layout layout;

    PortalIntro(Layout layout) {
        this.layout = layout;
    }

    void addPages(Map<String, Route> routes, Layout windows1258Layout) {
        String intro = windows1258Layout.page(INTRO_TITLE, "GIỚI THIỆU", introBody());
        byte[] introBytes = DemoText.windows1258(intro);
        routes.put("/gioi-thieu", q -> Response.bytes(WINDOWS_1258_HTML, introBytes));
        routes.put("/gioi-thieu/lanh-dao", q -> Response.html(DemoText.decomposed(
                layout.page(LEADERS_TITLE, "GIỚI THIỆU", leadersBody()))));
        routes.put("/gioi-thieu/can-bo-dau-moi", q -> Response.html(layout.page(
                "Cán bộ đầu mối tiếp nhận, trả lời câu hỏi của doanh nghiệp và người dân", "GIỚI THIỆU",
                focalBody())));
        routes.put("/lien-he", q -> Response.html(layout.page("Liên hệ", "Liên hệ", contactBody())));
    }

    private static String introBody() {
        return Html.paragraph("Lý Sơn là huyện đảo ven bờ của tỉnh Quảng Ngãi, gồm đảo Lớn (cù lao Ré) và đảo Bé "
                + "(cù lao Bờ Bãi), cách đất liền khoảng 15 hải lý.")
                + Html.paragraph("Người dân sống chủ yếu bằng nghề biển, trồng hành, tỏi và làm dịch vụ du lịch. "
                + "Đội Hoàng Sa kiêm quản Bắc Hải là niềm tự hào của quê hương.")
                + "<p>" + Html.link("/gioi-thieu/lanh-dao", LEADERS_TITLE) + " · "
                + Html.link("/gioi-thieu/can-bo-dau-moi", "Cán bộ đầu mối") + "</p>";
    }

    private static String leadersBody() {
        return Html.table("leaders", List.of("Họ và tên", "Chức vụ", "Điện thoại"), List.of(
                List.of("Trần Quốc Bảo", "Chủ tịch UBND huyện", "0255.3867.101"),
                List.of("Phạm Thị Hương", "Phó Chủ tịch UBND huyện", "0255.3867.102"),
                List.of("Võ Văn Lâm", "Chánh Văn phòng HĐND và UBND huyện", "0255.3867.100")));
    }

    private static String focalBody() {
        return Html.paragraph("Thực hiện Luật Tiếp cận thông tin, UBND huyện phân công cán bộ đầu mối tiếp nhận, "
                + "giải thích và trả lời câu hỏi, kiến nghị của doanh nghiệp và người dân.")
                + Html.table("focal", List.of("Họ và tên", "Đơn vị", "Điện thoại", "Thư điện tử"), List.of(
                List.of("Lê Thị Ngọc Ánh", "Văn phòng HĐND và UBND huyện", "0905.214.367",
                        esc("anhltn@lyson.quangngai.gov.vn")),
                List.of("Đặng Văn Tùng", "Phòng Tư pháp", "0255 3867 118", esc("tuphap@lyson.quangngai.gov.vn")),
                List.of("Huỳnh Thị Mai", "Phòng Tài chính - Kế hoạch", "(0255) 3867 125",
                        esc("tckh@lyson.quangngai.gov.vn"))));
    }

    private static String contactBody() {
        return Html.properties(List.of(
                Property.text("Cơ quan", "Ủy ban nhân dân huyện Lý Sơn"),
                Property.text("Địa chỉ", "01 Đinh Tiên Hoàng, thôn Tây An Vĩnh, Lý Sơn, Quảng Ngãi"),
                Property.text("Điện thoại", "0255.3867.100"),
                Property.text("Fax", "0255.3867.199"),
                Property.text("Thư điện tử", "ubnd@lyson.quangngai.gov.vn")));
    }
}
