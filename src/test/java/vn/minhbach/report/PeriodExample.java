package vn.minhbach.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.PeriodAnalysis;
import vn.minhbach.period.PeriodReport;
import vn.minhbach.period.ReportPeriod;
import vn.minhbach.store.AuditItems;
import vn.minhbach.store.StoredItem;

/**
 * The history behind docs/examples/period-2026-H1.*: the first half of 2026 for UBND huyện Lý Sơn, audited every
 * day but 20-24 February (the portal was down), reported on 1 July. Land-use planning is missing until 15
 * January, the budget execution report goes stale from 10 March to 5 April, questions are answered late through
 * May and the online share of procedures rises month by month.
 */
final class PeriodExample {
    static final String ORGANISATION = "UBND huyện Lý Sơn";

    private PeriodExample() {
    }

    static PeriodReport report() {
        List<AuditItems> audits = new ArrayList<>();
        for (LocalDate day = date(1, 1); !day.isAfter(date(6, 30)); day = day.plusDays(1)) {
            if (!day.isBefore(date(2, 20)) && !day.isAfter(date(2, 24))) {
                continue;
            }
            int month = day.getMonthValue();
            boolean stale = !day.isBefore(date(3, 10)) && !day.isAfter(date(4, 5));
            audits.add(audit(audits.size() + 1, day,
                    item("planning.annual-plan", "1", "Kế hoạch phát triển kinh tế - xã hội hằng năm", Verdict.PASS,
                            Map.of()),
                    item("planning.land-use", "1", "Kế hoạch sử dụng đất hằng năm",
                            day.isAfter(date(1, 15)) ? Verdict.PASS : Verdict.MISSING, Map.of()),
                    item("legal.documents", "2", "Văn bản quy phạm pháp luật, văn bản chỉ đạo điều hành", Verdict.PASS,
                            Map.of("percentWithAllFields", 90.0 + month, "percentFilesOk", 100.0)),
                    item("budget.execution", "3", "Công khai tình hình thực hiện dự toán ngân sách",
                            stale ? Verdict.STALE : Verdict.PASS, Map.of()),
                    item("qa.response-time", "5", "Thời gian trả lời câu hỏi của doanh nghiệp, người dân",
                            month == 5 ? Verdict.FAIL : Verdict.PASS, Map.of("medianDays", month == 5 ? 12.0 : 4.0)),
                    item("onestop.online-rate", "2.1", "Tỷ lệ thủ tục hành chính có dịch vụ công trực tuyến",
                            month < 3 ? Verdict.FAIL : Verdict.PASS, Map.of("percentOnline", 70.0 + 4 * month))));
        }
        return PeriodAnalysis.analyse(ORGANISATION, ReportPeriod.parse("2026-H1"), date(7, 1), audits);
    }

    private static StoredItem item(String id, String criterion, String title, Verdict status,
                                   Map<String, Double> figures) {
        return new StoredItem(id, criterion, title, status, status == Verdict.PASS ? null : "lý do " + status, figures);
    }

    private static AuditItems audit(int id, LocalDate day, StoredItem... items) {
        OffsetDateTime started = OffsetDateTime.of(day, LocalTime.of(2, 0), ZoneOffset.ofHours(7));
        long pass = java.util.Arrays.stream(items).filter(i -> i.status() == Verdict.PASS).count();
        return new AuditItems(new AuditRecord(Integer.toString(id), "lyson", "f", ORGANISATION, day, started,
                started.plusMinutes(4), items.length, Map.of(), Math.round(1000.0 * pass / items.length) / 10.0),
                List.of(items));
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
