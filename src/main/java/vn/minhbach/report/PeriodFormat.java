package vn.minhbach.report;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
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
        if (commaList == null || commaList.isBlank()) {
            throw new IllegalArgumentException("no report format given; expected some of json, html, docx, xlsx");
        }
        Set<PeriodFormat> formats = EnumSet.noneOf(PeriodFormat.class);
        for (String part : commaList.split(",", -1)) {
            String name = part.strip();
            try {
                formats.add(valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "unknown report format '" + name + "'; expected some of json, html, docx, xlsx");
            }
        }
        return Collections.unmodifiableSet(formats);
    }
}
