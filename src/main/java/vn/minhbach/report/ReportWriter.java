package vn.minhbach.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.minhbach.history.Changes;
import vn.minhbach.history.ScoreTrend;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.AuditRun;
import vn.minhbach.period.PeriodReport;
import vn.minhbach.text.FileProblems;

/** Writes the report files of one audit, or of a period, into a directory. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes DIR/report.json, DIR/report.html, DIR/report.csv and DIR/report.xlsx for the formats asked, creating
     * DIR. Each file is written beside its final name and moved into place, so a dashboard or mail job reading the
     * directory never sees half a report.
     *
     * @return the files written, in the order json, html, csv, xlsx
     */
    public static List<Path> write(AuditRun run, Path dir, Set<ReportFormat> formats) throws IOException {
        return write(run, null, null, dir, formats);
    }

    /**
     * As {@link #write(AuditRun, Path, Set)}, with the changes since the previous audit and the trend of the last
     * audits' scores (each null when none is known).
     */
    public static List<Path> write(AuditRun run, Changes changes, ScoreTrend trend, Path dir,
                                   Set<ReportFormat> formats) throws IOException {
        return write(run, changes, trend, dir, formats, Lang.VI);
    }

    /** As {@link #write(AuditRun, Changes, ScoreTrend, Path, Set)}, what people read in {@code lang}. */
    public static List<Path> write(AuditRun run, Changes changes, ScoreTrend trend, Path dir,
                                   Set<ReportFormat> formats, Lang lang) throws IOException {
        Messages messages = Messages.of(lang);
        try {
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            for (ReportFormat format : ReportFormat.values()) {
                if (formats.contains(format)) {
                    Path target = dir.resolve(format.fileName());
                    writeAtomically(target, bytes(messages, run, changes, trend, format));
                    written.add(target);
                }
            }
            return List.copyOf(written);
        } catch (IOException e) {
            throw new IOException("cannot write the reports to " + dir + ": " + FileProblems.reason(e), e);
        }
    }

    static byte[] bytes(Messages messages, AuditRun run, Changes changes, ScoreTrend trend, ReportFormat format) {
        return switch (format) {
            case JSON -> utf8(JsonReport.toJson(messages, run, changes));
            case HTML -> utf8(HtmlReport.render(messages, run, changes, trend));
            case CSV -> utf8(CsvReport.render(messages, run));
            case XLSX -> AuditXlsx.render(messages, run);
        };
    }

    /**
     * Writes DIR/period.json and DIR/period.html for a period report, creating DIR, each moved into place
     * whole like the audit reports.
     *
     * @return the files written, json first
     */
    public static List<Path> writePeriod(PeriodReport report, Path dir) throws IOException {
        return writePeriod(report, dir, EnumSet.of(PeriodFormat.JSON, PeriodFormat.HTML), null);
    }

    /**
     * Writes the period report files asked for (period.json, period.html, period.docx, period.xlsx) into DIR,
     * creating DIR, each moved into place whole.
     *
     * @param template the Word template for period.docx, or null for the one in the jar
     * @return the files written, in the order json, html, docx, xlsx
     */
    public static List<Path> writePeriod(PeriodReport report, Path dir, Set<PeriodFormat> formats, Path template)
            throws IOException {
        return writePeriod(report, dir, formats, template, Lang.VI);
    }

    /**
     * Writes the period report files asked for, as {@link #writePeriod(PeriodReport, Path, Set, Path)} does, in
     * {@code lang}: the words of period.html, period.docx and period.xlsx and the item titles of period.json.
     *
     * @param template the Word template for period.docx, or null for the jar's one in {@code lang}
     */
    public static List<Path> writePeriod(PeriodReport report, Path dir, Set<PeriodFormat> formats, Path template,
                                         Lang lang) throws IOException {
        try {
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            for (PeriodFormat format : PeriodFormat.values()) {
                if (formats.contains(format)) {
                    Path target = dir.resolve(format.fileName());
                    writeAtomically(target, switch (format) {
                        case JSON -> utf8(PeriodJson.toJson(report, lang));
                        case HTML -> utf8(PeriodHtml.render(report, lang));
                        case DOCX -> PeriodDocx.render(report, template, lang);
                        case XLSX -> PeriodXlsx.render(report, lang);
                    });
                    written.add(target);
                }
            }
            return List.copyOf(written);
        } catch (IOException e) {
            throw new IOException("cannot write the period report to " + dir + ": " + FileProblems.reason(e), e);
        }
    }


    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.write(temp, content);
        } catch (IOException e) {
            // A full disk leaves part of the file: leave no part behind.
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
