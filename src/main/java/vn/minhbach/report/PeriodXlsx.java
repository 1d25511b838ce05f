package vn.minhbach.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.Compliance;
import vn.minhbach.period.ItemPeriod;
import vn.minhbach.period.PeriodReport;

/**
 * Writes period.xlsx: the figures of the period report as tables, the same ones period.json holds. Sheets:
 * "Mục" (one row per item: compliant and assessed days, the share, days per verdict, lapses), "Tiêu chí" (one
 * row per PCI criterion and the total), "Theo tháng" (each item, criterion and the total month by month),
 * "Số liệu" (the monthly medians of the figures items measure) and "Lần kiểm tra" (the audits the report rests
 * on).
 */
public final class PeriodXlsx {
    private PeriodXlsx() {
    }

    /** The workbook's bytes. */
    public static byte[] render(PeriodReport report) {
        Workbooks book = new Workbooks();
        List<String> itemHeaders = new ArrayList<>(List.of("Mã mục", "Tiêu chí", "Nội dung", "Ngày đạt",
                "Ngày được đánh giá", "Tỷ lệ đạt"));
        List<Integer> itemWidths = new ArrayList<>(List.of(22, 10, 50, 10, 12, 10));
        for (Verdict verdict : Verdict.values()) {
            itemHeaders.add("Số ngày: " + Labels.verdict(verdict));
            itemWidths.add(12);
        }
        itemHeaders.addAll(List.of("Số lần gián đoạn", "Gián đoạn dài nhất: từ ngày", "đến ngày", "số ngày",
                "Chưa khắc phục đến cuối kỳ", "Đầu kỳ", "Cuối kỳ"));
        itemWidths.addAll(List.of(12, 14, 14, 10, 14, 14, 14));
        book.sheet("Mục", itemHeaders, itemWidths, report.items().stream().map(PeriodXlsx::item).toList());

        List<List<Object>> criteria = new ArrayList<>();
        report.criteria().forEach(c -> criteria.add(compliance(Arrays.asList(heading(c.criterion()), c.items().size()),
                c.compliance())));
        criteria.add(compliance(Arrays.asList("Tổng cộng", report.items().size()), report.overall()));
        book.sheet("Tiêu chí", List.of("Tiêu chí", "Số mục", "Ngày đạt", "Ngày được đánh giá", "Tỷ lệ đạt"),
                List.of(24, 10, 10, 12, 10), criteria);

        List<List<Object>> months = new ArrayList<>();
        monthly(months, "Tổng cộng", null, null, report.overall());
        report.criteria().forEach(c -> monthly(months, "Tiêu chí", heading(c.criterion()), null, c.compliance()));
        report.items().forEach(i -> monthly(months, "Mục", i.id(), i.title(), i.compliance()));
        book.sheet("Theo tháng", List.of("Cấp", "Mã", "Nội dung", "Tháng", "Ngày đạt", "Ngày được đánh giá",
                "Tỷ lệ đạt"), List.of(12, 22, 50, 10, 10, 12, 10), months);

        List<List<Object>> figures = new ArrayList<>();
        report.items().forEach(i -> i.trends().forEach(t -> t.months().forEach(m -> figures.add(Arrays.asList(
                i.id(), i.title(), Labels.figure(t.name()), new Workbooks.Month(m.month().atDay(1)), m.median(),
                m.values())))));
        book.sheet("Số liệu", List.of("Mã mục", "Nội dung", "Số liệu", "Tháng", "Trung vị", "Số ngày đo được"),
                List.of(22, 50, 40, 10, 12, 12), figures);

        book.sheet("Lần kiểm tra", List.of("Mã lần kiểm tra", "Ngày kiểm tra", "Điểm", "Được tính"),
                List.of(16, 14, 10, 12), report.audits().stream().map(use -> Arrays.<Object>asList(use.audit().id(),
                        use.audit().asOf(), new Workbooks.Percent(use.audit().score()), use.counted())).toList());
        return book.bytes();
    }

    private static List<Object> item(ItemPeriod item) {
        List<Object> row = compliance(Arrays.asList(item.id(), item.criterion(), item.title()), item.compliance());
        for (Verdict verdict : Verdict.values()) {
            row.add(item.days().get(verdict));
        }
        row.add(item.lapses());
        ItemPeriod.Lapse lapse = item.longestLapse();
        row.addAll(lapse == null ? Arrays.asList(null, null, null, null)
                : Arrays.asList(lapse.start(), lapse.end(), lapse.days(), lapse.ongoing()));
        row.add(item.first() == null ? null : Labels.verdict(item.first().status()));
        row.add(item.last() == null ? null : Labels.verdict(item.last().status()));
        return row;
    }

    private static List<Object> compliance(List<Object> start, Compliance compliance) {
        List<Object> row = new ArrayList<>(start);
        row.add(compliance.compliantDays());
        row.add(compliance.assessedDays());
        row.add(percent(compliance.percent()));
        return row;
    }

    private static void monthly(List<List<Object>> rows, String level, String id, String title, Compliance c) {
        for (Compliance.Month m : c.months()) {
            LocalDate first = m.month().atDay(1);
            rows.add(Arrays.asList(level, id, title, new Workbooks.Month(first), m.compliantDays(), m.assessedDays(),
                    percent(m.percent())));
        }
    }

    private static Workbooks.Percent percent(Double value) {
        return value == null ? null : new Workbooks.Percent(value);
    }

    private static String heading(String criterion) {
        return criterion == null ? "Khác" : Labels.criterion(criterion);
    }
}
