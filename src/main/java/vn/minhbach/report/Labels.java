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
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.CertificateCheck;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.ReportPeriod;

/**
 * The words and number formats people see in the reports and the terminal summary, in the language of a
 * {@link Messages} (the bundle {@code report}). Keys stay in English in report.json; only what is shown to people
 * is translated here. The methods without a {@code Messages} speak Vietnamese, the default. Public for the
 * dashboard, which shows the same verdicts, dates and scores.
 */
public final class Labels {

    public static final Locale VIETNAMESE = Lang.VI.locale();
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Labels() {
    }

    /** A verdict's name: "Đạt", "Pass". */
    public static String verdict(Messages messages, Verdict verdict) {
        return messages.verdict(verdict);
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

    public static String role(Messages messages, SiteRole role) {
        return messages.role(role);
    }

    /** An item's title in the language; Vietnamese keeps the title the audit gave it. */
    static String title(Messages messages, Finding finding) {
        return title(messages, finding.id(), finding.title());
    }

    /** The title of item {@code id} in the language; Vietnamese keeps {@code title}, the one the audit gave it. */
    static String title(Messages messages, String id, String title) {
        return messages.lang() == Lang.VI ? title : messages.itemTitle(id, title);
    }

    /**
     * "Tiêu chí 3: Công khai ngân sách" ("Criterion 3: Budget disclosure") for a PCI criterion of section IV of plan
     * 125/KH-UBND, "Mục III.5: Đường dây nóng" for other parts of the plan, "Tiêu chí 5, 10: Tiếp nhận và giải đáp
     * ý kiến; Chất lượng cổng thông tin" for an item under two; the number alone for a criterion the plan does not
     * name.
     */
    public static String criterion(Messages messages, String criterion) {
        boolean numbered = !criterion.isEmpty() && Character.isDigit(criterion.charAt(0));
        List<String> names = new ArrayList<>();
        for (String part : criterion.split(",\\s*")) {
            String name = messages.criterionName(part);
            if (name != null) {
                names.add(name);
            }
        }
        String label = messages.get(numbered ? "report.criterionLabel.numbered" : "report.criterionLabel.part",
                criterion);
        return names.isEmpty() ? label : messages.get("report.criterionLabel.named", label, String.join("; ", names));
    }

    /**
     * A report period as the plan's reports name it: "6 tháng đầu năm 2026", "Quý III năm 2026",
     * "Tháng 11 năm 2026", "Năm 2026", or "Từ 01/01/2026 đến 30/06/2026"; in English "First half of 2026",
     * "Quarter III of 2026", "November 2026"…
     */
    public static String period(Messages messages, ReportPeriod period) {
        int year = period.start().getYear();
        int month = period.start().getMonthValue();
        return switch (period.kind()) {
            case YEAR -> messages.get("report.period.year", year);
            case HALF_YEAR -> messages.get("report.period.half." + ((month - 1) / 6 + 1), year);
            case QUARTER -> messages.get("report.period.quarter." + ((month + 2) / 3), year);
            case MONTH -> messages.get("report.period.month." + month, year);
            case RANGE -> messages.get("report.period.range", day(messages, period.start()),
                    day(messages, period.end()));
        };
    }

    /** "01/2026", "Jan 2026": a month on chart axes and in lists. */
    public static String month(Messages messages, YearMonth month) {
        return messages.lang().monthFormat().format(month);
    }

    /** The name of a figure fixed by product.md; others are shown by their key. */
    public static String figure(Messages messages, String name) {
        String key = "report.figure." + name;
        return messages.has(key) ? messages.get(key) : name;
    }

    static String yesNo(Messages messages, boolean value) {
        return messages.get(value ? "report.yes" : "report.no");
    }

    /**
     * A broken link's error in the report's language: a wall the crawler names in Vietnamese (its words are the
     * patterns of {@code check.fetch.wall.*}) in that wall's words, any other error as the crawl gave it.
     */
    static String linkError(Messages messages, String error) {
        String key = error == null ? null : Messages.vi().keyOf("check.fetch.wall.", error);
        return key == null ? error : messages.get(key);
    }

    static String orUnseen(Messages messages, String value) {
        return value == null || value.isBlank() ? messages.get("report.unseen") : value;
    }

    /** A day: "05/01/2026", "5 Jan 2026". */
    public static String day(Messages messages, LocalDate date) {
        return messages.day(date);
    }

    /** A time in the given offset: "28/11/2026 02:03:10 (UTC+07:00)", "28 Nov 2026 02:03:10 (UTC+07:00)". */
    public static String time(Messages messages, OffsetDateTime time, ZoneOffset offset) {
        if (time == null) {
            return "";
        }
        String zone = offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        OffsetDateTime local = time.withOffsetSameInstant(offset);
        return messages.day(local.toLocalDate()) + " " + TIME_OF_DAY.format(local) + " (" + zone + ")";
    }

    /** Up to two decimals, the language's separators: 18.234.112 and 85,71; 18,234,112 and 85.71. */
    public static String number(Messages messages, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.lang().locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** The score with one decimal, as product.md computes it: "55,0%", "55.0%". */
    public static String score(Messages messages, double score) {
        return String.format(messages.lang().locale(), "%.1f%%", score);
    }

    static String bytes(Messages messages, long bytes) {
        if (bytes < 1024) {
            return messages.get("report.bytes", number(messages, bytes));
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(messages.lang().locale(), "%.1f %s", value, units[unit]);
    }

    /**
     * What the certificate check found, as people read it, with the code report.json gives so the two can be
     * matched: "Đạt: Chứng chỉ hợp lệ (example.gov.vn). [VALID]".
     */
    static String certificate(Messages messages, CertificateCheck check) {
        return messages.get(check.ok() ? "report.certificate.ok" : "report.certificate.error",
                certificateReason(messages, check), check.code().name());
    }

    /** The outcome for the host, then the detail (which the check gives in English). */
    static String certificateReason(Messages messages, CertificateCheck check) {
        String text = messages.get("report.certificate." + check.code().name(), check.host());
        return check.detail().isEmpty() ? text + "." : text + ": " + check.detail() + ".";
    }
}
