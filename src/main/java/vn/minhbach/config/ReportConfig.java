package vn.minhbach.config;

import vn.minhbach.i18n.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The {@code report} section: how period reports are written.
 *
 * @param template the Word template of period.docx ({@code report.template}), or null for the one in the jar of
 *                 the report's language
 * @param lang     the language of the reports and e-mails of this config ({@code report.lang}); {@code --lang}
 *                 overrides it for one command
 */
public record ReportConfig(Path template, Lang lang) {
    public static final ReportConfig DEFAULT = new ReportConfig(null, Lang.VI);

    /** Reads the section; a template that is missing or not a Word .docx file is a problem naming its key. */
    static ReportConfig read(ConfigNode node) {
        node.expectMapping(java.util.Set.of("template", "lang"));
        return new ReportConfig(template(node.child("template")), node.child("lang").lang(DEFAULT.lang()));
    }

    /** The same section in another language. */
    public ReportConfig withLang(Lang other) {
        return new ReportConfig(template, other);
    }

    private static Path template(ConfigNode key) {
        String value = key.text(null);
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            key.problem("must not be empty: the path of a Word .docx template");
            return null;
        }
        Path file = Path.of(value.strip());
        try (InputStream in = Files.newInputStream(file); XWPFDocument ignored = new XWPFDocument(in)) {
            return file;
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            key.problem("cannot use \"" + value + "\" as a Word .docx template: " + why);
            return null;
        }
    }
}
