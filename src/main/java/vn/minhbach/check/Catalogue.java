package vn.minhbach.check;

import static vn.minhbach.check.Regimes.PLAN;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.minhbach.extract.Vocabulary;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Verdict;

/**
 * The default checklist of checklist.md ("PCI Transparency" profile of plan 125/KH-UBND), in catalogue
 * order: ids, criteria, titles, rule kinds, legal bases, rule versions and parameter defaults.
 */
final class Catalogue {
    private static final SiteRole PORTAL = SiteRole.PORTAL;
    private static final SiteRole ONESTOP = SiteRole.ONESTOP;

    private Catalogue() {
    }

    static List<Item> items() {
        return List.of(
                new PeriodicPublication(info("planning.annual-plan", "1", PORTAL,
                        "Kế hoạch phát triển kinh tế - xã hội hằng năm"), Vocabulary.ANNUAL_PLAN,
                        PeriodicPublication.EditionKind.YEAR,
                        Regimes.portal(grace(1, 0), List.of(PLAN + "mục IV.1", "Luật TCTT Điều 17 khoản 1 điểm d",
                                "Luật TCTT Điều 19 khoản 1 điểm c"), "NĐ 43/2011/NĐ-CP Điều 10 điểm đ",
                                "NĐ 42/2022/NĐ-CP Điều 4", "NĐ 224/2026/NĐ-CP Điều 9")),
                new PeriodicPublication(info("planning.five-year-plan", "1", PORTAL,
                        "Kế hoạch phát triển kinh tế - xã hội 5 năm"), Vocabulary.FIVE_YEAR_PLAN,
                        PeriodicPublication.EditionKind.MULTI_YEAR, Regimes.plan(grace(6, 0), PLAN + "mục IV.1")),
                new PeriodicPublication(info("planning.land-use", "1", PORTAL, "Kế hoạch sử dụng đất hằng năm"),
                        Vocabulary.LAND_USE, PeriodicPublication.EditionKind.YEAR,
                        Regimes.portal(grace(3, 0), List.of("Luật TCTT Điều 17 khoản 1 điểm g"),
                                "NĐ 43/2011/NĐ-CP Điều 10 điểm đ", "NĐ 42/2022/NĐ-CP Điều 4",
                                "NĐ 224/2026/NĐ-CP Điều 9")),
                new LegalDocuments(info("legal.documents", "2", PORTAL,
                        "Văn bản quy phạm pháp luật, văn bản chỉ đạo điều hành"), Vocabulary.LEGAL_DOCUMENTS,
                        Regimes.portal(Map.of(LegalDocuments.MAX_AGE, 90.0, LegalDocuments.MIN_FIELDS, 80.0,
                                        LegalDocuments.MIN_FILES, 80.0),
                                List.of(PLAN + "mục IV.2", "Luật TCTT Điều 19 khoản 1 điểm a"),
                                "NĐ 43/2011/NĐ-CP Điều 10 điểm e", "NĐ 42/2022/NĐ-CP Điều 4",
                                "NĐ 224/2026/NĐ-CP Điều 9")),
                new PeriodicPublication(info("budget.estimate", "3", PORTAL, "Công khai dự toán ngân sách"),
                        Vocabulary.BUDGET_ESTIMATE, PeriodicPublication.EditionKind.YEAR,
                        Regimes.budget(grace(1, 0), "TT 343/2016/TT-BTC Điều 11-14", "TT 26/2026/TT-BTC")),
                new BudgetExecution(info("budget.execution", "3", PORTAL,
                        "Công khai tình hình thực hiện dự toán ngân sách"), Vocabulary.BUDGET_EXECUTION,
                        Regimes.budget(Map.of(BudgetExecution.DUE_DAYS, 15.0), "TT 343/2016/TT-BTC Điều 14",
                                "TT 26/2026/TT-BTC Điều 24-27")),
                new PeriodicPublication(info("budget.final-accounts", "3", PORTAL, "Công khai quyết toán ngân sách"),
                        Vocabulary.BUDGET_FINAL, PeriodicPublication.EditionKind.YEAR,
                        Regimes.budget(grace(0, 2), "TT 343/2016/TT-BTC Điều 11.4, Điều 14.2", "TT 26/2026/TT-BTC")),
                new FreshSection(info("tender.notices", "4", PORTAL, "Thông tin đấu thầu, mua sắm công"),
                        Vocabulary.TENDER, Vocabulary.E_PROCUREMENT_HOSTS, FreshSection.Edition.DATE_ONLY, Verdict.PASS,
                        Regimes.plan(maxAge(180), PLAN + "mục IV.4", "Luật Đấu thầu 22/2023/QH15 Điều 7-8",
                                "Luật TCTT Điều 19 khoản 1 điểm d")),
                new FreshSection(info("investment.projects", "4", PORTAL, "Danh mục dự án kêu gọi đầu tư"),
                        Vocabulary.INVESTMENT, List.of(), FreshSection.Edition.AUDIT_YEAR_IN_TITLE, Verdict.UNKNOWN,
                        Regimes.portal(maxAge(365), List.of(PLAN + "mục II", "Luật TCTT Điều 17 khoản 1 điểm g"),
                                "NĐ 43/2011/NĐ-CP Điều 10 điểm h", "NĐ 42/2022/NĐ-CP Điều 4",
                                "NĐ 224/2026/NĐ-CP Điều 9")),
                new HomeHotline(info("contact.hotline", "III.5", PORTAL, "Đường dây nóng trên trang chủ cổng thông tin"),
                        Vocabulary.HOTLINE, Regimes.plan(Map.of(), PLAN + "mục III.5")),
                new FocalOfficials(info("contact.focal-officials", "5", PORTAL,
                        "Cán bộ đầu mối giải thích, tiếp nhận và trả lời ý kiến của doanh nghiệp, người dân"),
                        Vocabulary.FOCAL_OFFICIALS,
                        Regimes.portal(Map.of(), List.of(PLAN + "mục IV.5a", "Luật TCTT Điều 17 khoản 1 điểm m",
                                "Luật TCTT Điều 19 khoản 1 điểm đ"), "NĐ 43/2011/NĐ-CP Điều 10 điểm k",
                                "NĐ 42/2022/NĐ-CP Điều 4", "NĐ 224/2026/NĐ-CP Điều 9")),
                new QaSection(info("qa.section", "5, 10", PORTAL, "Chuyên mục Hỏi - đáp"), Vocabulary.QA,
                        Regimes.portal(maxAge(90), List.of(PLAN + "mục I.2.2, IV.5"), "NĐ 43/2011/NĐ-CP Điều 10 điểm i, Điều 15",
                                "NĐ 42/2022/NĐ-CP Điều 7", "NĐ 224/2026/NĐ-CP Điều 10")),
                new ResponseTime(info("qa.response-time", "5", PORTAL, "Thời gian trả lời câu hỏi của doanh nghiệp, người dân"),
                        Vocabulary.QA, List.of(
                        new RuleVersion(Regimes.PLAN125_FROM, LocalDate.of(2024, 12, 31),
                                List.of(PLAN + "mục II (dưới 3,5 ngày)", "Luật TCTT Điều 30"), responseTime(3.5)),
                        new RuleVersion(LocalDate.of(2025, 1, 1), null,
                                List.of(PLAN + "mục II (dưới 3 ngày từ 2025)", "Luật TCTT Điều 30"), responseTime(3.0)))),
                new FreshSection(info("section.legal-qa", "10", PORTAL, "Chuyên mục Hỏi – đáp về pháp luật"),
                        Vocabulary.LEGAL_QA, List.of(), FreshSection.Edition.DATE_ONLY, Verdict.UNKNOWN,
                        Regimes.plan(maxAge(180), PLAN + "mục IV.10")),
                new FreshSection(info("section.tax-and-life", "10", PORTAL, "Chuyên mục Thuế và cuộc sống"),
                        Vocabulary.TAX_AND_LIFE, List.of(), FreshSection.Edition.DATE_ONLY, Verdict.UNKNOWN,
                        Regimes.plan(maxAge(180), PLAN + "mục IV.10", "Luật TCTT Điều 17 khoản 1 điểm o")),
                new FreshSection(info("section.business-info", "10", PORTAL,
                        "Chuyên mục Các thông tin doanh nghiệp cần biết"), Vocabulary.BUSINESS_INFO, List.of(),
                        FreshSection.Edition.DATE_ONLY, Verdict.UNKNOWN, Regimes.plan(maxAge(180), PLAN + "mục IV.10")),
                new HomeHotline(info("onestop.hotline", "III.5", ONESTOP, "Đường dây nóng trên trang Một cửa điện tử"),
                        Vocabulary.HOTLINE, Regimes.plan(Map.of(), PLAN + "mục III.5")),
                new OnlineRate(info("onestop.online-rate", "2.1", ONESTOP,
                        "Tỷ lệ thủ tục hành chính có dịch vụ công trực tuyến"), Vocabulary.PROCEDURES,
                        Regimes.portal(Map.of(OnlineRate.TARGET, 80.0), List.of(PLAN + "mục I.2.1, II"),
                                "NĐ 43/2011/NĐ-CP Điều 18 (mức độ 3, 4)", "NĐ 42/2022/NĐ-CP Điều 11",
                                "NĐ 224/2026/NĐ-CP Điều 14")),
                new ProcedureDetails(info("onestop.procedure-details", "2.1", ONESTOP,
                        "Công khai đầy đủ thủ tục hành chính, phí, lệ phí và mẫu biểu"), Vocabulary.PROCEDURES,
                        Regimes.plan(Map.of(ProcedureDetails.TARGET, 100.0), PLAN + "mục II",
                                "NĐ 63/2010/NĐ-CP Điều 8 (sửa đổi bởi NĐ 92/2017/NĐ-CP)")),
                new PagePresence(info("onestop.status-lookup", "2.1", ONESTOP, "Tra cứu tình trạng hồ sơ"),
                        Vocabulary.STATUS_LOOKUP, Regimes.plan(Map.of(), PLAN + "mục I.2.1")));
    }

    private static ItemInfo info(String id, String criterion, SiteRole role, String title) {
        return new ItemInfo(id, criterion, role, title);
    }

    private static Map<String, Double> grace(int months, int lagYears) {
        return Map.of(PeriodicPublication.GRACE, (double) months, PeriodicPublication.LAG, (double) lagYears);
    }

    private static Map<String, Double> maxAge(int days) {
        return Map.of(FreshSection.MAX_AGE, (double) days);
    }

    private static Map<String, Double> responseTime(double target) {
        return Map.of(ResponseTime.TARGET, target, ResponseTime.MIN_QUESTIONS, 3.0, ResponseTime.WINDOW, 365.0,
                ResponseTime.WORKING_DAYS, 0.0);
    }
}
