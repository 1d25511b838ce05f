package vn.minhbach.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.ReportPeriod;

/**
 * The Vietnamese words and number formats people see in report.html and the terminal summary. Keys
 * stay in English in report.json; only what is shown to people is translated here. Public for the dashboard,
 * which shows the same verdicts, dates and scores.
 */
public final class Labels {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** Names of the figures fixed by product.md; others are shown by their key. */
    private static final Map<String, String> FIGURES = Map.of(
            "medianDays", "Số ngày trả lời (trung vị)",
            "answered", "Số câu hỏi đã trả lời",
            "percentOnline", "Tỷ lệ thủ tục trực tuyến (%)",
            "online", "Số thủ tục trực tuyến",
            "listed", "Số thủ tục niêm yết",
            "percentComplete", "Tỷ lệ thủ tục công khai đủ thông tin (%)",
            "complete", "Số thủ tục đủ thông tin",
            "percentWithAllFields", "Tỷ lệ văn bản đủ số hiệu, ngày, trích yếu, tệp (%)",
            "percentFilesOk", "Tỷ lệ tệp đính kèm tải được (%)");

    private Labels() {
    }

    public static String verdict(Verdict verdict) {
        return switch (verdict) {
            case PASS -> "Đạt";
            case STALE -> "Chưa cập nhật";
            case MISSING -> "Không có";
            case FAIL -> "Không đạt";
            case UNKNOWN -> "Không xác định";
            case NOT_APPLICABLE -> "Không áp dụng";
        };
    }

    /** Badge colours as {@code background, text}; chosen to keep at least 4.5:1 contrast. */
    public static String verdictStyle(Verdict verdict) {
        return "background:" + verdictColour(verdict) + ";color:"
                + (verdict == Verdict.NOT_APPLICABLE ? "#333333" : "#ffffff");
    }

    /** The colour of a verdict: badge backgrounds and the day strips of period reports. */
    static String verdictColour(Verdict verdict) {
        return switch (verdict) {
            case PASS -> "#1b7f3b";
            case STALE -> "#a65300";
            case MISSING -> "#8e1b4f";
            case FAIL -> "#c62828";
            case UNKNOWN -> "#5f6368";
            case NOT_APPLICABLE -> "#e3e3e3";
        };
    }

    /** ANSI SGR colour of a verdict in the terminal. */
    static String verdictAnsi(Verdict verdict) {
        return switch (verdict) {
            case PASS -> "\u001B[32m";
            case STALE -> "\u001B[33m";
            case MISSING, FAIL -> "\u001B[31m";
            case UNKNOWN -> "\u001B[35m";
            case NOT_APPLICABLE -> "\u001B[2m";
        };
    }

    public static String role(SiteRole role) {
        return switch (role) {
            case PORTAL -> "Cổng thông tin điện tử";
            case ONESTOP -> "Một cửa điện tử / Dịch vụ công";
        };
    }

    /**
     * What each criterion of plan 125/KH-UBND asks, in the plan's terms: the PCI criteria of section IV by number,
     * and the hotline of section III.5.
     */
    private static final Map<String, String> CRITERIA = Map.of(
            "1", "Công khai quy hoạch, kế hoạch",
            "2", "Công khai văn bản pháp luật",
            "2.1", "Thủ tục hành chính trực tuyến",
            "3", "Công khai ngân sách",
            "4", "Đấu thầu và dự án đầu tư",
            "5", "Tiếp nhận và giải đáp ý kiến",
            "10", "Chất lượng cổng thông tin",
            "III.5", "Đường dây nóng");

    /**
     * "Tiêu chí 3: Công khai ngân sách" for a PCI criterion of section IV, "Mục III.5: Đường dây nóng" for other
     * parts of the plan, "Tiêu chí 5, 10: Tiếp nhận và giải đáp ý kiến; Chất lượng cổng thông tin" for an item
     * under two; the number alone for a criterion the plan does not name.
     */
    static String criterion(String criterion) {
        boolean numbered = !criterion.isEmpty() && Character.isDigit(criterion.charAt(0));
        List<String> names = new ArrayList<>();
        for (String part : criterion.split(",\\s*")) {
            String name = CRITERIA.get(part.trim());
            if (name != null) {
                names.add(name);
            }
        }
        return (numbered ? "Tiêu chí " : "Mục ") + criterion + (names.isEmpty() ? "" : ": " + String.join("; ", names));
    }

    /**
     * A report period as the plan's reports name it: "6 tháng đầu năm 2026", "Quý III năm 2026",
     * "Tháng 11 năm 2026", "Năm 2026", or "Từ 01/01/2026 đến 30/06/2026".
     */
    static String period(ReportPeriod period) {
        int year = period.start().getYear();
        return switch (period.kind()) {
            case YEAR -> "Năm " + year;
            case HALF_YEAR -> (period.start().getMonthValue() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case QUARTER -> "Quý " + ROMAN[(period.start().getMonthValue() + 2) / 3] + " năm " + year;
            case MONTH -> "Tháng " + period.start().getMonthValue() + " năm " + year;
            case RANGE -> "Từ " + day(period.start()) + " đến " + day(period.end());
        };
    }

    /** "01/2026": a month on chart axes and in lists. */
    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    static String figure(String name) {
        return FIGURES.getOrDefault(name, name);
    }

    static String yesNo(boolean value) {
        return value ? "Có" : "Không";
    }

    static String orUnseen(String value) {
        return value == null || value.isBlank() ? "Không thấy" : value;
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A time in the given offset, e.g. "28/11/2026 02:03:10 (UTC+07:00)". */
    public static String time(OffsetDateTime time, ZoneOffset offset) {
        if (time == null) {
            return "";
        }
        String zone = offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        return DAY_TIME.format(time.withOffsetSameInstant(offset)) + " (" + zone + ")";
    }

    /** Up to two decimals, Vietnamese separators: 18.234.112 and 85,71. */
    public static String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** The score with one decimal, as product.md computes it: "55,0%". */
    public static String score(double score) {
        return String.format(VIETNAMESE, "%.1f%%", score);
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return number(bytes) + " byte";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(VIETNAMESE, "%.1f %s", value, units[unit]);
    }
}
