package vn.minhbach.report;

import vn.minhbach.model.Text;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.BrokenLink;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.RuleRef;
import vn.minhbach.model.SiteFacts;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.SiteSummary;
import vn.minhbach.model.Verdict;

/**
 * A realistic audit of a district portal and its one-stop site: every verdict, figures, evidence with
 * Vietnamese titles, broken links, and text that needs escaping or quoting.
 */
final class ReportFixture {

    static final String PORTAL = "https://lyson.quangngai.gov.vn/";
    static final String ONESTOP = "https://motcualyson.quangngai.gov.vn/";
    static final String SCRIPT_REASON =
            "Số đường dây nóng trên trang chủ: 0255.3867.555 <script>alert(\"x\")</script> & 1022";
    static final String TRICKY_REASON = "Trang \"Hỏi đáp\" trả về 503, 3 lần thử;\nkhông thể kết luận";

    private static final RuleRef ANNUAL_PLAN = new RuleRef(List.of("plan 125 IV.1", "Luật TCTT Đ17d", "NĐ43 Đ10đ"),
            "2021-01-01..");
    private static final RuleRef TT343 = new RuleRef(List.of("TT 343/2016/TT-BTC Điều 14"), "2017-01-01..2025-12-31");

    private ReportFixture() {
    }

    static AuditRun run() {
        return new AuditRun("UBND đặc khu Lý Sơn", LocalDate.of(2026, 11, 28),
                OffsetDateTime.parse("2026-11-28T02:00:00+07:00"),
                // Stored in UTC on purpose: reports must show it in the offset of startedAt.
                OffsetDateTime.parse("2026-11-27T19:03:10Z"),
                List.of(new SiteSummary(SiteRole.PORTAL, URI.create(PORTAL), 412, 3, 18_234_112L, 5, false),
                        new SiteSummary(SiteRole.ONESTOP, URI.create(ONESTOP), 88, 0, 2_048_000L, 0, true)),
                items(), brokenLinks(), siteFacts());
    }

    static List<Finding> items() {
        return List.of(
                finding("planning.annual-plan", "1", SiteRole.PORTAL, "Kế hoạch phát triển kinh tế - xã hội năm",
                        Verdict.PASS, "Có kế hoạch năm 2026 (ngày 20/01/2026)", "kế hoạch năm 2026",
                        LocalDate.of(2026, 1, 20), ANNUAL_PLAN, Map.of(),
                        List.of(new Evidence(URI.create(PORTAL + "van-ban/kh-12-2026"),
                                "Kế hoạch phát triển kinh tế - xã hội năm 2026", LocalDate.of(2026, 1, 20),
                                Text.plain("Ủy ban nhân dân đặc khu Lý Sơn ban hành Kế hoạch số 12/KH-UBND")))),
                finding("legal.documents", "2", SiteRole.PORTAL, "Văn bản quy phạm pháp luật", Verdict.FAIL,
                        "87,5% văn bản có đủ số hiệu, ngày ban hành, trích yếu và tệp; mục tiêu 100%",
                        "văn bản mới nhất ban hành sau 30/08/2026", LocalDate.of(2026, 11, 2),
                        new RuleRef(List.of("plan 125 IV.2", "NĐ42 Đ4"), "2022-08-15.."),
                        figures("percentWithAllFields", 87.5, "percentFilesOk", 100.0),
                        List.of(Evidence.of(URI.create(PORTAL + "van-ban?page=1"),
                                "Văn bản <b>QPPL</b> & chỉ đạo điều hành", LocalDate.of(2026, 11, 2)))),
                finding("budget.execution", "3", SiteRole.PORTAL, "Công khai tình hình thực hiện dự toán ngân sách",
                        Verdict.STALE,
                        "Thiếu báo cáo 9 tháng năm 2026 (hạn 15/10/2026); báo cáo mới nhất: 6 tháng đầu năm 2026"
                                + " (14/07/2026)",
                        "báo cáo 9 tháng năm 2026, hạn 15/10/2026", LocalDate.of(2026, 7, 14), TT343, Map.of(),
                        List.of(Evidence.of(URI.create(PORTAL + "ngan-sach/6-thang-2026"),
                                "Công khai tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2026",
                                LocalDate.of(2026, 7, 14)))),
                finding("budget.final-accounts", "3", SiteRole.PORTAL, "Công khai quyết toán ngân sách",
                        Verdict.MISSING, "Không tìm thấy quyết toán ngân sách năm 2024 hoặc mới hơn",
                        "quyết toán năm 2024", null, TT343, Map.of(),
                        List.of(new Evidence(URI.create(PORTAL + "ngan-sach"), "Công khai ngân sách", null,
                                Text.plain("đã tìm: mục Công khai ngân sách")),
                                new Evidence(URI.create("javascript:alert(1)"), null, null, null))),
                finding("contact.hotline", "III.5", SiteRole.PORTAL, "Đường dây nóng trên trang chủ",
                        Verdict.PASS, SCRIPT_REASON, null, null,
                        new RuleRef(List.of("plan 125 III.5"), "2021-01-01.."), Map.of(),
                        List.of(new Evidence(URI.create(PORTAL), "Trang chủ", null,
                                Text.plain("<img src=x onerror=alert(1)> Đường dây nóng: 0255.3867.555")))),
                finding("qa.section", "5, 10", SiteRole.PORTAL, "Chuyên mục Hỏi đáp", Verdict.UNKNOWN,
                        TRICKY_REASON, "câu trả lời mới nhất sau 30/08/2026", null,
                        new RuleRef(List.of("plan 125 I.2.2", "NĐ43 Đ10i"), "2021-01-01.."), Map.of(),
                        List.of(Evidence.of(URI.create(PORTAL + "hoi-dap"), "Hỏi đáp", null))),
                finding("qa.response-time", "5", SiteRole.PORTAL, "Thời gian trả lời câu hỏi", Verdict.FAIL,
                        "Trung vị 4,5 ngày trên 12 câu hỏi; mục tiêu ≤ 3 ngày", "trung vị ≤ 3 ngày",
                        LocalDate.of(2026, 11, 20), new RuleRef(List.of("plan 125 II"), "2025-01-01.."),
                        figures("medianDays", 4.5, "answered", 12.0),
                        List.of(Evidence.of(URI.create(PORTAL + "hoi-dap?id=231"),
                                "Hỏi về thủ tục cấp giấy phép xây dựng", LocalDate.of(2026, 11, 20)))),
                finding("onestop.online-rate", "2.1", SiteRole.ONESTOP, "Tỷ lệ thủ tục hành chính trực tuyến",
                        Verdict.FAIL, "47/65 thủ tục trực tuyến (72,31%); mục tiêu 80%", "≥ 80%",
                        null, new RuleRef(List.of("plan 125 II", "NĐ42 Đ11"), "2022-08-15.."),
                        figures("percentOnline", 72.3076923076923, "online", 47.0, "listed", 65.0),
                        List.of(Evidence.of(URI.create(ONESTOP + "thu-tuc-hanh-chinh"), "Danh sách thủ tục",
                                null))),
                finding("onestop.status-lookup", "2.1", SiteRole.ONESTOP, "Tra cứu hồ sơ", Verdict.PASS,
                        "Có trang tra cứu hồ sơ", null, null, new RuleRef(List.of("plan 125 I.2.1"), "2021-01-01.."),
                        Map.of(), List.of(Evidence.of(URI.create(ONESTOP + "tra-cuu"), "Tra cứu hồ sơ", null))),
                finding("section.tax-and-life", "10", SiteRole.PORTAL, "Chuyên mục \"Thuế và cuộc sống\"",
                        Verdict.NOT_APPLICABLE, "Đã tắt trong cấu hình", null, null,
                        new RuleRef(List.of("plan 125 IV.10"), "2021-01-01.."), Map.of(), List.of()));
    }

    static Finding finding(String id, String criterion, SiteRole site, String title, Verdict status, String reason,
                           String expected, LocalDate latest, RuleRef rule, Map<String, Double> figures,
                           List<Evidence> evidence) {
        return new Finding(id, criterion, site, title, status, Text.plain(reason), Text.plain(expected), latest, rule, figures, evidence);
    }

    static Map<String, Double> figures(Object... namesAndValues) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            figures.put((String) namesAndValues[i], (Double) namesAndValues[i + 1]);
        }
        return figures;
    }

    private static List<BrokenLink> brokenLinks() {
        return List.of(
                new BrokenLink(URI.create(PORTAL + "upload/vb-30.pdf"), 404, null,
                        List.of(URI.create(PORTAL + "van-ban?page=1"), URI.create(PORTAL + "van-ban?page=2"))),
                new BrokenLink(URI.create("http://csdl.quangngai.gov.vn/tt?a=1&b=2"), null,
                        "Hết thời gian chờ (timeout)", List.of(URI.create(PORTAL))));
    }

    private static List<SiteFacts> siteFacts() {
        return List.of(
                new SiteFacts(SiteRole.PORTAL, URI.create(PORTAL), true, true, false, true,
                        "Ủy ban nhân dân đặc khu Lý Sơn", "Ông Nguyễn Văn A – Chánh Văn phòng",
                        "Số 01 Đinh Tiên Hoàng, đặc khu Lý Sơn, tỉnh Quảng Ngãi", "0255.3867.555",
                        "vanphong@lyson.gov.vn", 850L),
                new SiteFacts(SiteRole.ONESTOP, URI.create(ONESTOP), true, false, true, false,
                        "Bộ phận Một cửa", null, null, null, null, null));
    }
}
