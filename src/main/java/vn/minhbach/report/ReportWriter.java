package vn.minhbach.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.minhbach.history.Changes;
import vn.minhbach.history.ScoreTrend;
import vn.minhbach.model.AuditRun;
import vn.minhbach.period.PeriodReport;

/** Writes the report files of one audit into a directory. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes DIR/report.json, DIR/report.html and DIR/report.csv for the formats asked, creating DIR.
     * Each file is written beside its final name and moved into place, so a dashboard or mail job
     * reading the directory never sees half a report.
     *
     * @return the files written, in the order json, html, csv
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
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            if (formats.contains(format)) {
                Path target = dir.resolve(format.fileName());
                writeAtomically(target, content(run, changes, trend, format));
                written.add(target);
            }
        }
        return List.copyOf(written);
    }

    static String content(AuditRun run, Changes changes, ScoreTrend trend, ReportFormat format) {
        return switch (format) {
            case JSON -> JsonReport.toJson(run, changes);
            case HTML -> HtmlReport.render(run, changes, trend);
            case CSV -> CsvReport.render(run);
        };
    }

    /**
     * Writes DIR/period.json and DIR/period.html for a period report, creating DIR, each moved into place
     * whole like the audit reports.
     *
     * @return the files written, json first
     */
    public static List<Path> writePeriod(PeriodReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve("period.json");
        writeAtomically(json, PeriodJson.toJson(report));
        Path html = dir.resolve("period.html");
        writeAtomically(html, PeriodHtml.render(report));
        return List.of(json, html);
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
