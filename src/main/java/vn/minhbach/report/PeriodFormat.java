package vn.minhbach.report;

import java.util.Set;

/** The files a period report can be written as, named as on the command line ({@code --format json,html,docx}). */
public enum PeriodFormat {
    JSON("period.json"),
    HTML("period.html"),
    DOCX("period.docx"),
    XLSX("period.xlsx");

    private final String fileName;

    PeriodFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The name of the file this format is written to inside the output directory. */
    public String fileName() {
        return fileName;
    }

    /**
     * Parses a comma-separated list such as {@code "json,html,docx"}: case-insensitive, blanks around names
     * ignored.
     *
     * @throws IllegalArgumentException naming the first value that is not a format, or when the list is empty
     */
    public static Set<PeriodFormat> parse(String commaList) {
        return FormatList.parse(PeriodFormat.class, commaList);
    }
}
