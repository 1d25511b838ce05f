package vn.minhbach.check;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;

class OnestopTest {

    /** A procedure list: "name=level" separated by ";", as a table with a level column or NukeViet badges. */
    private static String list(boolean table, String spec) {
        String[][] rows = Arrays.stream(spec.split(";")).map(String::strip).map(r -> r.split("=", -1)).toArray(String[][]::new);
        int[] n = {0};
        if (table) {
            return "<table><thead><tr><th>STT</th><th>Tên thủ tục hành chính</th><th>Lĩnh vực</th><th>Mức độ DVC</th></tr></thead><tbody>"
                    + Arrays.stream(rows).map(r -> "<tr><td>" + ++n[0] + "</td><td><a href=\"/tthc/" + n[0] + "\">" + r[0]
                    + "</a></td><td>Hộ tịch</td><td>" + r[1] + "</td></tr>").collect(Collectors.joining()) + "</tbody></table>";
        }
        return "<ul class=\"list-procedure\">" + Arrays.stream(rows).map(r -> "<li><a href=\"/tthc/" + ++n[0] + "\">" + r[0]
                + "</a>" + (r[1].isEmpty() ? "" : "<span class=\"badge\">" + r[1] + "</span>") + "</li>")
                .collect(Collectors.joining()) + "</ul>";
    }

    /** A detail page in the th/td layout; an empty value leaves that row out. */
    private static String detail(String name, String level, String time, String dossier, String fee) {
        return Html.page(name, "<table>" + row("Tên thủ tục", name) + row("Mức độ", level) + row("Thời hạn giải quyết", time)
                + row("Thành phần hồ sơ", dossier) + row("Phí, lệ phí", fee) + "</table>");
    }

    private static String row(String label, String value) {
        return value.isEmpty() ? "" : "<tr><th>" + label + "</th><td>" + value + "</td></tr>";
    }

    private static Sites onestop(boolean table, String spec) {
        return Sites.onestop().home(Html.page("Một cửa điện tử", Html.nav("Thủ tục hành chính=/tthc")))
                .page("/tthc", Html.page("Danh sách thủ tục hành chính", list(table, spec)));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '^', textBlock = """
        true  ^ Cấp giấy phép xây dựng=Toàn trình; Đăng ký khai sinh lưu động=Một phần; Chứng thực chữ ký người dịch=Mức độ 2; Đăng ký kết hôn=Toàn trình ^ FAIL ^ 75 ^ 3/4 thủ tục (75%)
        false ^ Cấp giấy phép xây dựng=Toàn trình; Đăng ký khai sinh lưu động=Một phần; Chứng thực chữ ký người dịch=Mức độ 2; Đăng ký kết hôn=Toàn trình; Cấp bản sao trích lục hộ tịch=Mức độ 3 ^ PASS ^ 80 ^ toàn trình 2, một phần 2
        true  ^ Cấp giấy phép xây dựng=Toàn trình; Đăng ký khai sinh lưu động=; Đăng ký kết hôn=Toàn trình ^ FAIL ^ 66.7 ^ 1 thủ tục không ghi mức độ, được tính là chưa trực tuyến
        """)
    void shareOfProceduresOfferedOnline(boolean table, String spec, Verdict verdict, double percent, String reason) {
        Finding finding = onestop(table, spec).evaluate("onestop.online-rate", "2026-11-28");
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(verdict);
        assertThat(finding.figures()).containsEntry("percentOnline", percent)
                .containsEntry("listed", (double) spec.split(";").length);
        assertThat(Messages.vi().format(finding.reason())).contains(reason);
    }

    @Test
    void detailPageStatesTheLevelTheListLeftOut() {
        Finding finding = onestop(false, "Cấp giấy phép xây dựng=Toàn trình; Đăng ký khai sinh lưu động=")
                .page("/tthc/2", detail("Đăng ký khai sinh lưu động", "Một phần", "5 ngày", "Giấy tờ tùy thân", "Không"))
                .evaluate("onestop.online-rate", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.PASS);
        assertThat(finding.figures()).containsEntry("online", 2.0).containsEntry("listed", 2.0);
    }

    @Test
    void targetCanBeOverridden() {
        Sites site = onestop(true, "Cấp giấy phép xây dựng=Toàn trình; Chứng thực chữ ký người dịch=Mức độ 2");
        assertThat(site.evaluate("onestop.online-rate", "2026-11-28").status()).isEqualTo(Verdict.FAIL);
        assertThat(site.evaluate("onestop.online-rate", "2026-11-28", Configs.parameter("onestop.online-rate", "target", 50))
                .status()).isEqualTo(Verdict.PASS);
    }

    @Test
    void noProcedureListIsMissingAndAFailedOneUnknown() {
        Sites bare = Sites.onestop().home(Html.page("Một cửa điện tử", "<p>Chào mừng</p>"));
        assertThat(bare.evaluate("onestop.online-rate", "2026-11-28").status()).isEqualTo(Verdict.MISSING);
        Sites failed = Sites.onestop().home(Html.page("Một cửa điện tử", Html.nav("Thủ tục hành chính=/tthc")))
                .unreached("/tthc", 502, "Thủ tục hành chính");
        assertThat(failed.evaluate("onestop.online-rate", "2026-11-28").status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(failed.evaluate("onestop.procedure-details", "2026-11-28").reason())).contains("HTTP 502");
    }

    @Test
    void everyDetailCompleteIsPass() {
        Finding finding = onestop(true, "Cấp giấy phép xây dựng=Toàn trình; Đăng ký kết hôn=Một phần")
                .page("/tthc/1", detail("Cấp giấy phép xây dựng", "Toàn trình", "15 ngày làm việc", "Đơn đề nghị", "Không"))
                .page("/tthc/2", detail("Đăng ký kết hôn", "Một phần", "Trong ngày", "Giấy tờ tùy thân", "Miễn lệ phí"))
                .evaluate("onestop.procedure-details", "2026-11-28");
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.PASS);
        assertThat(finding.figures()).containsEntry("percentComplete", 100.0).containsEntry("complete", 2.0)
                .containsEntry("listed", 2.0);
    }

    @Test
    void incompleteProceduresAreNamedWithWhatTheyLack() {
        Finding finding = onestop(false, "Cấp giấy phép xây dựng=Toàn trình; Đăng ký kết hôn=Một phần")
                .page("/tthc/1", detail("Cấp giấy phép xây dựng", "Toàn trình", "15 ngày làm việc", "Đơn đề nghị", ""))
                .page("/tthc/2", detail("Đăng ký kết hôn", "Một phần", "Trong ngày", "Giấy tờ tùy thân", "Miễn lệ phí"))
                .evaluate("onestop.procedure-details", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.FAIL);
        assertThat(finding.figures()).containsEntry("percentComplete", 50.0);
        assertThat(Messages.vi().format(finding.reason())).contains("Cấp giấy phép xây dựng (thiếu phí, lệ phí)");
        assertThat(finding.evidence()).singleElement().satisfies(e -> assertThat(e.url()).hasToString(Sites.ONESTOP + "tthc/1"));
    }

    @ParameterizedTest
    @CsvSource({"200, PASS", "404, FAIL"})
    void aNamedFormMustDownload(int status, Verdict verdict) {
        String page = Html.page("Đăng ký kết hôn", "<table><tr><th>Tên thủ tục</th><td>Đăng ký kết hôn</td></tr>"
                + "<tr><th>Thời hạn giải quyết</th><td>Ngay trong ngày</td></tr><tr><th>Lệ phí</th><td>Miễn lệ phí</td></tr></table>"
                + "<h3>Thành phần hồ sơ</h3><table class='table-data'><tr><th>Tên giấy tờ</th><th>Mẫu đơn, tờ khai</th>"
                + "<th>Số lượng</th></tr><tr><td>Tờ khai đăng ký kết hôn</td><td><a href='/files/TK-KH.docx'>TK-KH.docx</a>"
                + "</td><td>1</td></tr></table>");
        Finding finding = onestop(true, "Đăng ký kết hôn=Một phần").page("/tthc/1", page).attachment("/files/TK-KH.docx", status)
                .evaluate("onestop.procedure-details", "2026-11-28");
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(verdict);
        if (verdict == Verdict.FAIL) {
            assertThat(Messages.vi().format(finding.reason())).contains("mẫu đơn tải được");
        }
    }

    @Test
    void detailPagesThatFailedMakeTheShareUnknown() {
        Finding finding = onestop(true, "Cấp giấy phép xây dựng=Toàn trình; Đăng ký kết hôn=Một phần")
                .page("/tthc/1", detail("Cấp giấy phép xây dựng", "Toàn trình", "15 ngày làm việc", "Đơn đề nghị", "Không"))
                .unreached("/tthc/2", 503, "Đăng ký kết hôn")
                .evaluate("onestop.procedure-details", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(finding.reason())).contains(Sites.ONESTOP + "tthc/2", "HTTP 503");
    }

    @Test
    void listWithoutAnyDetailPageIsUnknown() {
        Finding finding = onestop(true, "Cấp giấy phép xây dựng=Toàn trình").evaluate("onestop.procedure-details", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(finding.reason())).contains("chưa có trang chi tiết");
    }

    @Test
    void crawlLimitWithDetailsLeftOutIsUnknown() {
        Finding finding = onestop(true, "Cấp giấy phép xây dựng=Toàn trình; Đăng ký kết hôn=Một phần")
                .page("/tthc/1", detail("Cấp giấy phép xây dựng", "Toàn trình", "15 ngày làm việc", "Đơn đề nghị", "Không"))
                .limitReached().evaluate("onestop.procedure-details", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(finding.reason())).contains("giới hạn trang");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        menu link        | <nav><a href='/tra-cuu'>Tra cứu hồ sơ</a></nav>
        upper-case title | <h1>TRA CỨU KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH</h1>
        lookup form      | <form action='/tc'><input name='ma' placeholder='Nhập mã hồ sơ'><button>Xem</button></form>
        """)
    void statusLookupIsAPageALinkOrAForm(String layout, String html) {
        Finding finding = Sites.onestop().home(Html.page("Một cửa điện tử", html)).evaluate("onestop.status-lookup", "2026-11-28");
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.PASS);
        assertThat(finding.evidence()).isNotEmpty();
    }

    @Test
    void statusLookupAbsentIsMissingUnlessItsLinkFailed() {
        assertThat(Sites.onestop().home(Html.page("Một cửa điện tử", "<p>Giới thiệu</p>"))
                .evaluate("onestop.status-lookup", "2026-11-28").status()).isEqualTo(Verdict.MISSING);
        Finding failed = Sites.onestop().home(Html.page("Một cửa điện tử", "<p>Giới thiệu</p>"))
                .unreached("/tra-cuu", 0, "Tra cứu tình trạng hồ sơ").evaluate("onestop.status-lookup", "2026-11-28");
        assertThat(failed.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(failed.reason())).contains("timeout");
    }
}
