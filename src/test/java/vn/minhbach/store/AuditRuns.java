package vn.minhbach.store;

import vn.minhbach.model.Text;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.BrokenLink;
import vn.minhbach.model.CertificateCheck;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.RuleRef;
import vn.minhbach.model.SiteFacts;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.SiteSummary;
import vn.minhbach.model.Verdict;

/** Audits to save: one using every field (nulls included), and small ones with chosen verdicts. */
final class AuditRuns {
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    static final URI PORTAL = URI.create("https://lyson.quangngai.gov.vn/");
    static final URI ONESTOP = URI.create("https://motcualyson.quangngai.gov.vn/");

    private AuditRuns() {
    }

    static AuditRun full(LocalDate asOf) {
        OffsetDateTime started = OffsetDateTime.of(asOf, LocalTime.of(2, 0, 0, 123_456_000), VIETNAM);
        Map<String, Double> online = new LinkedHashMap<>();
        online.put("percentOnline", 87.5);
        online.put("online", 35.0);
        online.put("listed", 40.0);
        Map<String, Double> unmeasured = new LinkedHashMap<>();
        unmeasured.put("medianDays", null);
        unmeasured.put("answered", 0.0);
        List<Finding> items = List.of(
                new Finding("budget.execution", "3", SiteRole.PORTAL, "Công khai tình hình thực hiện dự toán ngân sách",
                        Verdict.STALE, Text.plain("Thiếu báo cáo 9 tháng năm 2026 (hạn 15/10/2026)"),
                        Text.plain("báo cáo 9 tháng năm 2026, hạn 15/10/2026"), LocalDate.of(2026, 7, 14),
                        new RuleRef(List.of("TT 343/2016/TT-BTC Điều 14", "NĐ 163/2016/NĐ-CP"), "2017-01-01..2025-12-31"),
                        Map.of(), List.of(new Evidence(PORTAL.resolve("/cong-khai/ns-6t-2026.pdf"),
                                "Công khai ... 6 tháng đầu năm 2026", LocalDate.of(2026, 7, 14), Text.plain("số liệu 6 tháng")),
                        Evidence.of(PORTAL.resolve("/cong-khai/ns-q1-2026.pdf"), "Quý I năm 2026",
                                LocalDate.of(2026, 4, 12)))),
                new Finding("onestop.online-rate", "4", SiteRole.ONESTOP, "Tỷ lệ thủ tục trực tuyến", Verdict.FAIL,
                        Text.plain("87,5% thủ tục trực tuyến, mục tiêu 90%"), null, null,
                        new RuleRef(List.of("QĐ 06/QĐ-TTg"), "2022-01-06.."), online, List.of()),
                new Finding("qa.response-time", "7", SiteRole.PORTAL, "Trả lời hỏi đáp", Verdict.MISSING,
                        Text.plain("Không tìm thấy mục hỏi đáp"), null, null, new RuleRef(List.of(), "2020-01-01.."), unmeasured,
                        List.of(new Evidence(PORTAL.resolve("/hoi-dap"), null, null, null))),
                new Finding("site.contact", null, null, null, Verdict.NOT_APPLICABLE, null, null, null, null,
                        Map.of(), List.of()));
        List<BrokenLink> broken = List.of(
                new BrokenLink(PORTAL.resolve("/vb-30.pdf"), 404, null,
                        List.of(PORTAL.resolve("/van-ban"), PORTAL.resolve("/tin-tuc?id=7"))),
                new BrokenLink(URI.create("https://old.example.vn/x"), null, "timeout", List.of()));
        List<SiteFacts> facts = List.of(
                new SiteFacts(SiteRole.PORTAL, PORTAL, true, true, false, true, "UBND huyện Lý Sơn",
                        "Chánh Văn phòng", "Thôn Đông, xã Lý Sơn", "0255 3867 123", "vp@lyson.gov.vn", 412L,
                        new CertificateCheck(PORTAL.getHost(), CertificateCheck.Code.COMPLETED_VIA_AIA,
                                "fetched CN=Example Intermediate")),
                new SiteFacts(SiteRole.ONESTOP, ONESTOP, false, false, false, false, null, null, null, null, null,
                        null));
        List<SiteSummary> sites = List.of(
                new SiteSummary(SiteRole.PORTAL, PORTAL, 412, 3, 18_234_112L, 5, false),
                new SiteSummary(SiteRole.ONESTOP, ONESTOP, 5000, 0, 3_000_000_000L, 0, true));
        return new AuditRun("UBND huyện Lý Sơn", asOf, started, started.plusMinutes(3).plusSeconds(10), sites, items,
                broken, facts);
    }

    /** A small audit whose items get the verdicts given as {@code "id=STATUS"}, in that order. */
    static AuditRun withStatuses(LocalDate asOf, int startHour, String... itemStatuses) {
        OffsetDateTime started = OffsetDateTime.of(asOf, LocalTime.of(startHour, 0), VIETNAM);
        List<Finding> items = new ArrayList<>();
        for (String pair : itemStatuses) {
            String[] parts = pair.split("=");
            items.add(new Finding(parts[0], "1", SiteRole.PORTAL, parts[0], Verdict.valueOf(parts[1]), Text.plain(""), null, null,
                    new RuleRef(List.of(), "v1"), Map.of(), List.of()));
        }
        return new AuditRun("UBND huyện Lý Sơn", asOf, started, started.plusMinutes(1), List.of(), items, List.of(),
                List.of());
    }
}
