package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcedureExtractorTest {

    private static final URI PAGE = URI.create("https://dichvucong.example.gov.vn/thu-tuc/chi-tiet?id=1");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        th/td table       | <table><tr><th>Tên thủ tục</th><td>Cấp giấy phép xây dựng nhà ở riêng lẻ</td></tr><tr><th>Mức độ</th><td>Toàn trình</td></tr><tr><th>Thời hạn giải quyết</th><td>15 ngày làm việc</td></tr><tr><th>Thành phần hồ sơ</th><td>Đơn đề nghị (Mẫu số 01)</td></tr><tr><th>Phí, lệ phí</th><td>Không</td></tr></table> | Cấp giấy phép xây dựng nhà ở riêng lẻ | FULL | true | true | true
        td/td SharePoint  | <table id='ctl00_PlaceHolderMain_tblTTHC'><tr><td>TÊN THỦ TỤC</td><td>Đăng ký khai sinh lưu động</td></tr><tr><td>MỨC ĐỘ DVC</td><td>Mức độ 3</td></tr><tr><td>THỜI GIAN GIẢI QUYẾT</td><td>Trong ngày</td></tr><tr><td>HỒ SƠ GỒM</td><td>Tờ khai đăng ký khai sinh</td></tr><tr><td>LỆ PHÍ</td><td></td></tr></table> | Đăng ký khai sinh lưu động | PARTIAL | true | true | false
        definition list   | <dl><dt>Tên thủ tục:</dt><dd>Chứng thực bản sao từ bản chính</dd><dt>Trình tự thực hiện:</dt><dd>Nộp hồ sơ tại Bộ phận một cửa</dd><dt>Thời hạn giải quyết:</dt><dd></dd><dt>Phí:</dt><dd>2.000 đồng/trang</dd></dl> | Chứng thực bản sao từ bản chính | UNSTATED | false | false | true
        DVCQG key/value   | <div class='modal-body'><div class='info-row'><div class='key'>Tên thủ tục</div><div class='col-sm-9'>Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh</div></div><div class='info-row'><div class='key'>Cách thức thực hiện</div><div class='col-sm-9'><table class='table-data'><tr><th>Hình thức nộp</th><th>Thời hạn giải quyết</th><th>Phí, lệ phí</th></tr><tr><td>Trực tuyến</td><td>3 Ngày làm việc</td><td>Lệ phí : 50.000 Đồng</td></tr></table></div></div><div class='info-row'><div class='key'>Thành phần hồ sơ</div><div class='col-sm-9'>Giấy đề nghị</div></div></div><span class='badge'>Dịch vụ công một phần</span> | Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh | PARTIAL | true | true | true
        headings NFD      | <h1>Thủ tục cấp phiếu lý lịch tư pháp</h1><h3>1. Trình tự thực hiện</h3><p>Bước 1: nộp hồ sơ.</p><h3>2. Thành phần hồ sơ</h3><ul><li>Tờ khai yêu cầu cấp Phiếu</li></ul><h3>3. Thời hạn giải quyết</h3><p>10 ngày</p><h3>4. Lệ phí</h3><p>Miễn phí</p> | Thủ tục cấp phiếu lý lịch tư pháp | UNSTATED | true | true | true
        """)
    void detailPagesOfEachLayout(String layout, String html, String name, OnlineLevel level, boolean time,
                                 boolean dossier, boolean fee) {
        String body = layout.endsWith("NFD") ? Samples.nfd(html) : html;
        ProcedureFacts facts = ProcedureExtractor.detail(PAGE, Samples.html(body)).orElseThrow();

        assertThat(Folded.of(facts.name()).text()).isEqualTo(name);
        assertThat(facts.level()).isEqualTo(level);
        assertThat(facts.processingTime()).as("processing time").isEqualTo(time);
        assertThat(facts.dossier()).as("dossier").isEqualTo(dossier);
        assertThat(facts.fee()).as("fee").isEqualTo(fee);
    }

    @Test
    void formsNamedAndLinkedNearTheirMention() {
        var doc = Samples.html("<table><tr><th>Tên thủ tục</th><td>Đăng ký kết hôn</td></tr>"
                + "<tr><th>Thời hạn giải quyết</th><td>Ngay trong ngày</td></tr>"
                + "<tr><th>Lệ phí</th><td>Miễn lệ phí</td></tr></table>"
                + "<h3>Thành phần hồ sơ</h3><table class='table-data'><tr><th>Tên giấy tờ</th><th>Mẫu đơn, tờ khai</th>"
                + "<th>Số lượng</th></tr><tr><td>Tờ khai đăng ký kết hôn</td><td><a href='/files/TK-KH.docx'>TK-KH.docx</a>"
                + "</td><td>1</td></tr></table><p>Xem thêm <a href='/tin-tuc/1'>tin tức</a></p>"
                + "<a href='/uploads/banner.pdf'>Quảng bá du lịch</a>");

        ProcedureFacts facts = ProcedureExtractor.detail(PAGE, doc).orElseThrow();

        assertThat(facts.namesForm()).isTrue();
        assertThat(facts.forms()).containsExactly(URI.create("https://dichvucong.example.gov.vn/files/TK-KH.docx"));
    }

    @Test
    void procedureWithoutFormMentions() {
        var doc = Samples.html("<table><tr><td>Tên thủ tục</td><td>Xác nhận tình trạng hôn nhân</td></tr>"
                + "<tr><td>Thời hạn giải quyết</td><td>3 ngày</td></tr><tr><td>Phí, lệ phí</td><td>Không có</td></tr></table>");

        ProcedureFacts facts = ProcedureExtractor.detail(PAGE, doc).orElseThrow();

        assertThat(facts.namesForm()).isFalse();
        assertThat(facts.forms()).isEmpty();
        assertThat(facts.fee()).isTrue();
    }

    @Test
    void definitionListDetailPageGivesItsLevelUnderALongLabel() {
        var doc = Samples.html("<h1>Đăng ký khai sinh</h1><dl class='dl-horizontal'><dt>Mã thủ tục</dt><dd>1.001000</dd>"
                + "<dt>Tên thủ tục</dt><dd>Đăng ký khai sinh</dd><dt>Mức độ dịch vụ công trực tuyến</dt><dd>Một phần</dd>"
                + "<dt>Thời hạn giải quyết</dt><dd>05 ngày làm việc</dd><dt>Thành phần hồ sơ</dt><dd>Tờ khai</dd>"
                + "<dt>Phí, lệ phí</dt><dd>Không</dd></dl>");

        ProcedureFacts facts = ProcedureExtractor.detail(PAGE, doc).orElseThrow();

        assertThat(facts.name()).isEqualTo("Đăng ký khai sinh");
        assertThat(facts.level()).isEqualTo(OnlineLevel.PARTIAL);
        assertThat(facts.fee()).isTrue();
    }

    @Test
    void definitionListOfProceduresGivesEachTermTheLevelOfItsDescriptions() {
        var doc = Samples.html("<dl><dt><a href='/tthc/1'>Đăng ký khai sinh</a></dt><dd>Mã TTHC: 1.001000</dd>"
                + "<dd>Mức độ: Toàn trình</dd><dt><a href='/tthc/2'>Đăng ký kết hôn</a></dt><dd>Mã TTHC: 1.001137</dd>"
                + "<dd>Mức độ: Một phần</dd><dt><a href='/tthc/3'>Cấp bản sao trích lục hộ tịch</a></dt>"
                + "<dd>Mức độ: Mức độ 2</dd></dl>");

        assertThat(ProcedureExtractor.rows(PAGE, doc)).extracting(ProcedureRow::name, ProcedureRow::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Đăng ký khai sinh", OnlineLevel.FULL),
                org.assertj.core.groups.Tuple.tuple("Đăng ký kết hôn", OnlineLevel.PARTIAL),
                org.assertj.core.groups.Tuple.tuple("Cấp bản sao trích lục hộ tịch", OnlineLevel.OFFLINE));
    }

    @Test
    void newsArticleIsNotAProcedurePage() {
        var doc = Samples.html("<article><h1>Huyện Lý Sơn đẩy mạnh cải cách thủ tục hành chính</h1><p>Thời hạn giải"
                + " quyết hồ sơ được rút ngắn so với quy định.</p><p>Phí, lệ phí được miễn cho người dân đảo.</p>"
                + "<p>Thành phần hồ sơ đã được đơn giản hóa, tờ khai được số hóa.</p></article>");

        assertThat(ProcedureExtractor.detail(PAGE, doc)).isEmpty();
        assertThat(ProcedureExtractor.rows(PAGE, doc)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        online level column  | <table><thead><tr><th>STT</th><th>Tên thủ tục hành chính</th><th>Lĩnh vực</th><th>Mức độ DVC</th></tr></thead><tbody><tr><td>1</td><td><a href='/tthc/1'>Cấp giấy phép xây dựng</a></td><td>Xây dựng</td><td>Toàn trình</td></tr><tr><td>2</td><td><a href='/tthc/2'>Đăng ký khai sinh lưu động</a></td><td>Hộ tịch</td><td>Một phần</td></tr><tr><td>3</td><td><a href='/tthc/3'>Chứng thực chữ ký người dịch</a></td><td>Chứng thực</td><td>Mức độ 2</td></tr></tbody></table> | FULL,PARTIAL,OFFLINE
        level in the row     | <table><tr><td>TÊN THỦ TỤC</td><td>CƠ QUAN</td></tr><tr><td><a href='/tthc/1'>Cấp giấy phép xây dựng</a> (DVC mức độ 4)</td><td>UBND</td></tr><tr><td><a href='/tthc/2'>Đăng ký khai sinh lưu động</a></td><td>UBND</td></tr></table> | FULL,UNSTATED
        rows grouped by field | <table><tr><th>Tên thủ tục</th><th>Mức độ</th></tr><tr><td colspan='2'>Lĩnh vực Xây dựng</td></tr><tr><td><a href='/tthc/1'>Cấp giấy phép xây dựng</a></td><td>Toàn trình</td></tr><tr><td colspan='2'>Lĩnh vực Hộ tịch</td></tr><tr><td><a href='/tthc/2'>Đăng ký khai sinh lưu động</a></td><td>Một phần</td></tr></table> | FULL,PARTIAL
        NukeViet badges NFD  | <ul class='list-procedure'><li><a href='/tthc/1'>Cấp giấy phép xây dựng</a><span class='badge'>Toàn trình</span></li><li><a href='/tthc/2'>Đăng ký khai sinh lưu động</a><span class='label'>Một phần</span></li></ul><nav><a href='/dvc'>Dịch vụ công trực tuyến toàn trình</a></nav> | FULL,PARTIAL
        level split in tags  | <ul><li><a href='/tthc/1'>Cấp giấy phép xây dựng</a><b>Mức</b><b>độ</b>4</li><li><a href='/tthc/2'>Đăng ký khai sinh lưu động</a><i>Toàn</i><i>trình</i></li></ul> | FULL,FULL
        """)
    void listRows(String layout, String html, String levels) {
        String body = layout.endsWith("NFD") ? Samples.nfd(html) : html;
        List<ProcedureRow> rows = ProcedureExtractor.rows(PAGE, Samples.html(body));

        assertThat(rows).extracting(r -> r.level().name()).containsExactly(levels.split(","));
        assertThat(rows.get(0).link()).isEqualTo(URI.create("https://dichvucong.example.gov.vn/tthc/1"));
        assertThat(Folded.of(rows.get(0).name()).text()).isEqualTo("Cấp giấy phép xây dựng");
    }

    @ParameterizedTest
    @CsvSource({"vbpl_search.html", "vbpl_thuoctinh.html", "vbpl_v1.html", "vbpl_v2.html"})
    void legalDocumentPagesAreNotProcedurePages(String sample) {
        var doc = Samples.vbpl(sample, Samples.VBPL_FULL_TEXT);

        assertThat(ProcedureExtractor.detail(Samples.VBPL_FULL_TEXT, doc)).isEmpty();
        assertThat(ProcedureExtractor.rows(Samples.VBPL_FULL_TEXT, doc)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Toàn trình                          | FULL
        DVC trực tuyến MỨC ĐỘ 4             | FULL
        Dịch vụ công trực tuyến một phần    | PARTIAL
        Mức độ 3                            | PARTIAL
        Mức độ 2                            | OFFLINE
        Dịch vụ cung cấp thông tin          | OFFLINE
        Trực tiếp                           | OFFLINE
        Trực tiếp; Trực tuyến               | UNSTATED
        Mục 4 của Nghị định                 | UNSTATED
        ''                                  | UNSTATED
        """)
    void levelFromText(String text, OnlineLevel expected) {
        assertThat(OnlineLevel.of(text)).isEqualTo(expected);
    }
}
