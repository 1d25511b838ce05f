package vn.minhbach.report;

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
        return FormatList.parse(ReportFormat.class, commaList);
    }
}
