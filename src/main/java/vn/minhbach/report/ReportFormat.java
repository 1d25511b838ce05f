package vn.minhbach.report;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The report files an audit can write, named as on the command line ({@code --format json,html,csv,xlsx}). */
public enum ReportFormat {
    JSON("report.json"),
    HTML("report.html"),
    CSV("report.csv"),
    XLSX("report.xlsx");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The name of the file this format is written to inside the output directory. */
    public String fileName() {
        return fileName;
    }

    /**
     * Parses a comma-separated list such as {@code "json,html"}: case-insensitive, blanks around names
     * ignored, duplicates allowed.
     *
     * @throws IllegalArgumentException naming the first value that is not a format, or when the list is empty
     */
    public static Set<ReportFormat> parse(String commaList) {
        if (commaList == null || commaList.isBlank()) {
            throw new IllegalArgumentException("no report format given; expected some of json, html, csv, xlsx");
        }
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String part : commaList.split(",", -1)) {
            String name = part.strip();
            formats.add(of(name));
        }
        return Collections.unmodifiableSet(formats);
    }

    private static ReportFormat of(String name) {
        for (ReportFormat format : values()) {
            if (format.name().equals(name.toUpperCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException(
                "unknown report format '" + name + "'; expected some of json, html, csv, xlsx");
    }
}
