package vn.minhbach.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The dated disclosures whose verdicts depend on periods: plans, budget reports and bidding notices.
 * Each period is chosen from the audit date so that the verdicts written in expected.yaml hold on any day,
 * with a margin around the deadlines of checklist.md so that an off-by-one-day reading cannot flip them.
 */
final class PlanningPosts {

    static final String PLANNING = "/quy-hoach-ke-hoach";
    static final String BUDGET = "/cong-khai-ngan-sach";
    static final String TENDERS = "/dau-thau";

    private static final List<String> WORKS = List.of("Nâng cấp đường Trung tâm huyện",
            "Xây dựng kè chắn sóng thôn Đông An Hải", "Cung cấp thiết bị dạy học cho trường tiểu học",
            "Sửa chữa trụ sở làm việc khối đoàn thể", "Lắp đặt hệ thống chiếu sáng công cộng");
    private static final List<String> TENDER_KINDS = List.of("Thông báo mời thầu gói thầu: ",
            "Kết quả lựa chọn nhà thầu gói thầu: ", "Kế hoạch lựa chọn nhà thầu dự án: ");

    private PlanningPosts() {
    }

    /**
     * The annual plan for the audit year (PASS), the five-year plan whose period covers it (PASS), and a
     * land-use plan one edition behind (STALE): before 1 May the latest is for Y-2, from 1 May for Y-1,
     * so the plan due under checklist.md (Y, or Y-1 before 1 April) is always missing.
     */
    static PostSection planning(LocalDate asOf) {
        int y = asOf.getYear();
        int start = 2021 + 5 * Math.floorDiv(y - 2021, 5);
        LocalDate fivePublished = min(LocalDate.of(start, 1, 20), asOf.minusDays(1));
        int landUse = asOf.isBefore(LocalDate.of(y, 5, 1)) ? y - 2 : y - 1;
        List<Post> posts = new ArrayList<>(List.of(
                post(PLANNING, 601, "Kế hoạch phát triển kinh tế - xã hội năm " + y,
                        LocalDate.of(y - 1, 12, 18).atTime(9, 0)),
                post(PLANNING, 600, "Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn " + start + " - " + (start + 4),
                        fivePublished.atTime(10, 15)),
                post(PLANNING, 599, "Kế hoạch phát triển kinh tế - xã hội năm " + (y - 1),
                        LocalDate.of(y - 2, 12, 17).atTime(9, 0)),
                post(PLANNING, 598, "Kế hoạch sử dụng đất năm " + landUse + " huyện Lý Sơn",
                        LocalDate.of(landUse, 3, 25).atTime(16, 40)),
                post(PLANNING, 597, "Kế hoạch sử dụng đất năm " + (landUse - 1) + " huyện Lý Sơn",
                        LocalDate.of(landUse - 1, 3, 24).atTime(16, 40)),
                post(PLANNING, 596, "Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn " + (start - 5) + " - "
                        + (start - 1), LocalDate.of(start - 5, 1, 21).atTime(10, 15))));
        posts.sort((a, b) -> b.published().compareTo(a.published()));
        return new PostSection(PLANNING, "Quy hoạch - Kế hoạch", DemoDates.DMY_SHORT, DemoDates.LONG, posts);
    }

    /**
     * The estimate for the audit year (PASS: published 28/12 of Y-1, before its 31 January due date) and
     * execution reports that stop two periods before the latest one due (STALE), so the verdict holds
     * whether a deadline day itself is counted as passed or not.
     */
    static PostSection budget(LocalDate asOf) {
        int y = asOf.getYear();
        List<Post> posts = new ArrayList<>(List.of(
                post(BUDGET, 501, "Công khai dự toán ngân sách năm " + y + " đã được Hội đồng nhân dân huyện quyết định",
                        LocalDate.of(y - 1, 12, 28).atTime(15, 0)),
                post(BUDGET, 490, "Công khai dự toán ngân sách năm " + (y - 1) + " đã được Hội đồng nhân dân huyện quyết định",
                        LocalDate.of(y - 2, 12, 27).atTime(15, 0))));
        BudgetPeriod period = BudgetPeriod.latestDue(asOf).previous().previous();
        for (int i = 0; i < 4; i++) {
            posts.add(post(BUDGET, 489 - i, "Công khai tình hình thực hiện dự toán ngân sách " + period.label(),
                    period.end().plusDays(10).atTime(14, 20)));
            period = period.previous();
        }
        posts.sort((a, b) -> b.published().compareTo(a.published()));
        return new PostSection(BUDGET, "Công khai tài chính - ngân sách", DemoDates.DMY_SHORT, DemoDates.LONG, posts);
    }

    /** Bidding notices every 25 days from 20 days before the audit date (PASS: newest ≤ 180 days). */
    static PostSection tenders(LocalDate asOf) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            int id = 450 - i;
            String title = TENDER_KINDS.get(i % TENDER_KINDS.size()) + WORKS.get(i % WORKS.size());
            Attachment file = new Attachment("Hồ sơ mời thầu", "/uploads/dau-thau/" + id + ".pdf", i == 9);
            posts.add(Post.of(TENDERS, id, title, asOf.minusDays(20 + 25L * i).atTime(8, 30 + i),
                    List.of(title + ". Chi tiết xem trên Hệ thống mạng đấu thầu quốc gia.",
                            PortalContent.filler(i)), List.of(file)));
        }
        return new PostSection(TENDERS, "Đấu thầu - Mua sắm công", DemoDates.TIME_DATE, DemoDates.TIME_DATE, posts);
    }

    private static Post post(String section, int id, String title, LocalDateTime at) {
        String file = section + "/tep/" + id + ".pdf";
        return Post.of(section, id, title, at, List.of(title + ".", PortalContent.filler(id)),
                List.of(new Attachment("Tải văn bản", file, false)));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
