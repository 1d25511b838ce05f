package vn.minhbach.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The {@code report} section: how period reports are written.
 *
 * @param template the Word template of period.docx ({@code report.template}), or null for the one in the jar
 */
public record ReportConfig(Path template) {
    public static final ReportConfig DEFAULT = new ReportConfig(null);

    /** Reads the section; a template that is missing or not a Word .docx file is a problem naming its key. */
    static ReportConfig read(ConfigNode node) {
        node.expectMapping(java.util.Set.of("template"));
        ConfigNode key = node.child("template");
        String value = key.text(null);
        if (value == null) {
            return DEFAULT;
        }
        if (value.isBlank()) {
            key.problem("must not be empty: the path of a Word .docx template");
            return DEFAULT;
        }
        Path file = Path.of(value.strip());
        try (InputStream in = Files.newInputStream(file); XWPFDocument ignored = new XWPFDocument(in)) {
            return new ReportConfig(file);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            key.problem("cannot use \"" + value + "\" as a Word .docx template: " + why);
            return DEFAULT;
        }
    }
}
