package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiProceduresTest {

    private static final URI SOURCE = URI.create("https://apiigate.example.gov.vn/pa/procedure/search?page=0&size=10");

    /**
     * Each procedure read, as "name/LEVEL/stated/links": stated lists t (time), d (dossier), f (fee), n (names a
     * form), or is ~ when the answer gives no details; procedures are separated by ";".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        iGate Spring page      | {"content":[{"id":"5f7c1a2b3c4d5e6f7a8b9c0d","code":"1.001","name":"Đăng ký khai sinh","level":{"name":"Toàn trình"},"fee":[{"amount":0,"description":"Miễn lệ phí"}],"processingTime":"Trong ngày","dossier":[{"name":"Tờ khai đăng ký khai sinh","quantity":1}],"forms":[{"name":"Tờ khai","file":{"path":"/files/tk.docx"}}]}],"totalPages":6,"number":0,"size":10,"totalElements":60} | Đăng ký khai sinh/FULL/tdfn/https://apiigate.example.gov.vn/files/tk.docx
        Vietnamese keys        | {"data":{"items":[{"tenThuTuc":"Cấp giấy phép xây dựng","mucDo":"Một phần","phiLePhi":"Không","thoiHanGiaiQuyet":"05 ngày làm việc","thanhPhanHoSo":"Đơn đề nghị cấp phép","bieuMau":"Không quy định"},{"tenThuTuc":"Cấp phép đào đường","mucDo":"Toàn trình","phiLePhi":"","thoiHanGiaiQuyet":"07 ngày","thanhPhanHoSo":["Đơn đề nghị"],"bieuMau":[{"ten":"Mẫu 01","duongDan":"https://dvc.example.gov.vn/upload/mau01.pdf"}]}],"totalRecord":23,"pageIndex":1,"pageSize":10}} | Cấp giấy phép xây dựng/PARTIAL/tdf/;Cấp phép đào đường/FULL/tdn/https://dvc.example.gov.vn/upload/mau01.pdf
        detail under data      | {"success":true,"data":{"_id":"abc123","maTTHC":"2.000123","tenTTHC":"Chứng thực bản sao từ bản chính","mucDoDVC":3,"lePhi":"2.000 đồng/trang","thoiGianGiaiQuyet":"","thanhPhanHoSo":[],"mauDonToKhai":"Không có"}} | Chứng thực bản sao từ bản chính/PARTIAL/f/
        detail at top          | {"TEN_THU_TUC":"Đăng ký thường trú","MUC_DO":"Dịch vụ công trực tuyến toàn trình","THOI_HAN":"07 ngày làm việc","PHI":0,"HO_SO":"Tờ khai thay đổi thông tin cư trú"} | Đăng ký thường trú/FULL/tdf/
        forms in dossier items | [{"name":"Đăng ký kết hôn","level":{"id":"6a1","name":"Một phần"},"dossier":[{"name":"Tờ khai đăng ký kết hôn","template":{"url":"/upload/tk-kh.doc"}}],"fee":"Miễn phí"}] | Đăng ký kết hôn/PARTIAL/dfn/https://apiigate.example.gov.vn/upload/tk-kh.doc
        list only              | {"data":[{"id":1,"ten":"Đăng ký kết hôn","mucDo":"Toàn trình"},{"id":2,"ten":"Đăng ký khai tử","mucDo":"Một phần"}]} | Đăng ký kết hôn/FULL/~/;Đăng ký khai tử/PARTIAL/~/
        numbers as levels      | [{"procedureName":"Cấp phiếu lý lịch tư pháp","level":4,"code":"1.1"},{"procedureName":"Cấp bản sao trích lục","level":"3"},{"procedureName":"Xác nhận cư trú","level":2},{"procedureName":"Đổi giấy phép lái xe","level":{"id":1,"ten":"DVC"}}] | Cấp phiếu lý lịch tư pháp/FULL/~/;Cấp bản sao trích lục/PARTIAL/~/;Xác nhận cư trú/OFFLINE/~/;Đổi giấy phép lái xe/OFFLINE/~/
        grouped by sector      | {"result":[{"linhVuc":"Hộ tịch","dsThuTuc":[{"tenThuTuc":"Đăng ký khai sinh","mucDo":"Toàn trình"}]},{"linhVuc":"Chứng thực","dsThuTuc":[{"tenThuTuc":"Chứng thực chữ ký","mucDo":"Mức độ 2"}]}]} | Đăng ký khai sinh/FULL/~/;Chứng thực chữ ký/OFFLINE/~/
        agency holding a list  | {"name":"UBND tỉnh","code":"000.00.00.H49","content":[{"name":"Đăng ký khai sinh","code":"1.001","level":4},{"name":"Đăng ký kết hôn","code":"1.002","level":3}]} | Đăng ký khai sinh/FULL/~/;Đăng ký kết hôn/PARTIAL/~/
        absent fields          | {"data":[{"tenThuTuc":"Cấp giấy phép kinh doanh","mucDo":"Một phần","phi":"50.000 đồng"},{"tenThuTuc":"Gia hạn giấy phép","mucDo":"Một phần","thoiHan":"Đang cập nhật"}]} | Cấp giấy phép kinh doanh/PARTIAL/f/;Gia hạn giấy phép/PARTIAL//
        translated names       | {"content":[{"id":"6512a0f3c9e1000000000001","code":"1.004227.000.00.00.H49","name":[{"languageId":228,"name":"Cấp giấy phép xây dựng nhà ở riêng lẻ"},{"languageId":46,"name":"Building permit"}],"level":{"id":"5f5b2c","code":"4","name":[{"languageId":228,"name":"Toàn trình"}]}},{"id":"6512a0f3c9e1000000000002","code":"2.000908.000.00.00.H49","translate":[{"languageId":228,"name":"Chứng thực chữ ký"}],"level":{"code":"2","name":[{"languageId":228,"name":"Một phần"}]}}],"totalPages":1,"number":0} | Cấp giấy phép xây dựng nhà ở riêng lẻ/FULL/~/;Chứng thực chữ ký/PARTIAL/~/
        menu                   | [{"name":"Trang chủ","url":"/","level":1,"children":[]},{"name":"Thủ tục hành chính","url":"/tthc","level":1,"icon":"fa-list"},{"name":"Tra cứu hồ sơ","link":"/tra-cuu","level":2}] |
        news                   | {"data":{"items":[{"id":7,"title":"Hội nghị tổng kết cải cách hành chính","summary":"Sáng nay…","publishedDate":"2024-05-01","url":"/tin/7"},{"id":8,"title":"Thông báo lịch tiếp dân","summary":"…","publishedDate":"2024-05-02","url":"/tin/8"}]}} |
        agencies               | {"content":[{"id":"a1","name":"Sở Tư pháp","code":"000.00.04.H49","level":2,"address":"Quảng Ngãi"},{"id":"a2","name":"UBND huyện Bình Sơn","code":"000.00.23.H49","level":3,"phone":"0255 3714507"}],"totalPages":1} |
        legal documents        | {"data":[{"title":"Kế hoạch cải cách hành chính","code":"125/KH-UBND"},{"title":"Quyết định công bố thủ tục","code":"42/QĐ-UBND"}]} |
        malformed              | {"data":[{"tenThuTuc":"Đăng ký |
        not JSON               | <html><body>502 Bad Gateway</body></html> |
        """)
    void readsProceduresOfEachEnvelope(String shape, String json, String expected) {
        String read = ApiProcedures.read(SOURCE, json).stream().map(ApiProceduresTest::describe)
                .collect(Collectors.joining(";"));

        assertThat(read).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void idsAreTheObjectsOwnOrTheirCode() {
        List<ApiProcedure> read = ApiProcedures.read(SOURCE, """
                [{"_id":{"$oid":"5f7c1a2b3c4d5e6f7a8b9c0d"},"name":"A","level":4,"fee":"Không"},
                 {"maTTHC":"1.004227","tenThuTuc":"B","mucDo":"Một phần","lePhi":"Không"},
                 {"tenThuTuc":"C","mucDo":"Một phần"}]""");

        assertThat(read).extracting(ApiProcedure::id).containsExactly("5f7c1a2b3c4d5e6f7a8b9c0d", "1.004227", null);
        assertThat(read).extracting(p -> p.row().link()).containsOnlyNulls();
    }

    @Test
    void sameProcedureListedTwiceIsReadOnce() {
        String twice = """
                {"featured":[{"id":"a1","tenThuTuc":"Đăng ký khai sinh","mucDo":"Toàn trình"}],
                 "data":[{"id":"a1","tenThuTuc":"Đăng ký khai sinh","mucDo":"Toàn trình"},
                         {"id":"a2","tenThuTuc":"Đăng ký khai tử","mucDo":"Toàn trình"}]}""";

        assertThat(ApiProcedures.read(SOURCE, twice)).extracting(ApiProcedure::id).containsExactly("a1", "a2");
    }

    @Test
    void readingIsBoundedOnHugeAnswers() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"tenThuTuc\":\"Thủ tục ").append(i).append("\",\"mucDo\":4}");
        }
        json.append(']');

        assertThat(ApiProcedures.read(SOURCE, json.toString())).hasSizeBetween(1, 5000);
    }

    private static String describe(ApiProcedure p) {
        ProcedureFacts f = p.facts();
        String stated = f == null ? "~" : (f.processingTime() ? "t" : "") + (f.dossier() ? "d" : "")
                + (f.fee() ? "f" : "") + (f.namesForm() ? "n" : "");
        String links = f == null ? "" : f.forms().stream().map(URI::toString).collect(Collectors.joining(","));
        return p.row().name() + "/" + p.row().level() + "/" + stated + "/" + links;
    }
}
