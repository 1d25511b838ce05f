package vn.minhbach.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.minhbach.i18n.Lang;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.Compliance;
import vn.minhbach.period.ItemPeriod;
import vn.minhbach.period.PeriodReport;

/**
 * Writes period.xlsx: the figures of the period report as tables, the same ones period.json holds. Sheets:
 * "Mục" (one row per item: compliant and assessed days, the share, days per verdict, lapses), "Tiêu chí" (one
 * row per PCI criterion and the total), "Theo tháng" (each item, criterion and the total month by month),
 * "Số liệu" (the monthly medians of the figures items measure) and "Lần kiểm tra" (the audits the report rests
 * on). In English the sheets are "Items", "Criteria", "By month", "Figures" and "Audits".
 */
public final class PeriodXlsx {
    private PeriodXlsx() {
    }

    /** The workbook's bytes, in Vietnamese. */
    public static byte[] render(PeriodReport report) {
        return render(report, Lang.VI);
    }

    /** The workbook's bytes, its sheet names, headers and words in {@code lang}. */
    public static byte[] render(PeriodReport report, Lang lang) {
        Wording w = Wording.of(lang);
        Workbooks book = new Workbooks(w.messages());
        List<String> itemHeaders = new ArrayList<>(headers(w, "itemId", "criterion", "title", "passDays",
                "assessedDays", "share"));
        List<Integer> itemWidths = new ArrayList<>(List.of(22, 10, 50, 10, 12, 10));
        for (Verdict verdict : Verdict.values()) {
            itemHeaders.add(w.get("period.xlsx.head.verdictDays", w.verdict(verdict)));
            itemWidths.add(12);
        }
        itemHeaders.addAll(headers(w, "lapses", "lapseFrom", "lapseTo", "lapseDays", "ongoing", "first", "last"));
        itemWidths.addAll(List.of(12, 14, 14, 10, 14, 14, 14));
        book.sheet(w.get("period.xlsx.sheet.items"), itemHeaders, itemWidths,
                report.items().stream().map(i -> item(i, w)).toList());

        String total = w.get("period.xlsx.total");
        List<List<Object>> criteria = new ArrayList<>();
        report.criteria().forEach(c -> criteria.add(compliance(Arrays.asList(w.criterion(c.criterion()),
                c.items().size()), c.compliance())));
        criteria.add(compliance(Arrays.asList(total, report.items().size()), report.overall()));
        book.sheet(w.get("period.xlsx.sheet.criteria"), headers(w, "criterion", "items", "passDays", "assessedDays",
                "share"), List.of(24, 10, 10, 12, 10), criteria);

        List<List<Object>> months = new ArrayList<>();
        monthly(months, total, null, null, report.overall());
        report.criteria().forEach(c -> monthly(months, w.get("period.xlsx.level.criterion"),
                w.criterion(c.criterion()), null, c.compliance()));
        report.items().forEach(i -> monthly(months, w.get("period.xlsx.level.item"), i.id(), title(i, w),
                i.compliance()));
        book.sheet(w.get("period.xlsx.sheet.months"), headers(w, "level", "id", "title", "month", "passDays",
                "assessedDays", "share"), List.of(12, 22, 50, 10, 10, 12, 10), months);

        List<List<Object>> figures = new ArrayList<>();
        report.items().forEach(i -> i.trends().forEach(t -> t.months().forEach(m -> figures.add(Arrays.asList(
                i.id(), title(i, w), w.figure(t.name()), new Workbooks.Month(m.month().atDay(1)), m.median(),
                m.values())))));
        book.sheet(w.get("period.xlsx.sheet.figures"), headers(w, "itemId", "title", "figure", "month", "median",
                "measuredDays"), List.of(22, 50, 40, 10, 12, 12), figures);

        book.sheet(w.get("period.xlsx.sheet.audits"), headers(w, "auditId", "auditDate", "score", "counted"),
                List.of(16, 14, 10, 12), report.audits().stream().map(use -> Arrays.<Object>asList(use.audit().id(),
                        use.audit().asOf(), new Workbooks.Percent(use.audit().score()), use.counted()))
                        .toList());
        return book.bytes();
    }

    /** Column headers by their key under {@code period.xlsx.head.}. */
    private static List<String> headers(Wording w, String... keys) {
        return Arrays.stream(keys).map(key -> w.get("period.xlsx.head." + key)).toList();
    }

    private static String title(ItemPeriod item, Wording w) {
        return w.itemTitle(item.id(), item.title());
    }

    private static List<Object> item(ItemPeriod item, Wording w) {
        List<Object> row = compliance(Arrays.asList(item.id(), item.criterion(), title(item, w)), item.compliance());
        for (Verdict verdict : Verdict.values()) {
            row.add(item.days().get(verdict));
        }
        row.add(item.lapses());
        ItemPeriod.Lapse lapse = item.longestLapse();
        row.addAll(lapse == null ? Arrays.asList(null, null, null, null)
                : Arrays.asList(lapse.start(), lapse.end(), lapse.days(), lapse.ongoing()));
        row.add(item.first() == null ? null : w.verdict(item.first().status()));
        row.add(item.last() == null ? null : w.verdict(item.last().status()));
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
}
