package vn.minhbach.doctor;

import vn.minhbach.model.Text;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OCR engine scanned PDF attachments need: Tesseract on the PATH, and its Vietnamese data ({@code vie} in
 * {@code tesseract --list-langs}). Two checks: the engine, and its Vietnamese data.
 */
final class OcrProbe {
    static final Text ENGINE = Text.plain("Tesseract (OCR)");
    static final Text VIETNAMESE = Text.of("tools.doctor.ocr.vietnamese");
    static final Text ENGINE_COST = Text.of("tools.doctor.ocr.engine-cost");
    static final Text VIETNAMESE_COST = Text.of("tools.doctor.ocr.vietnamese-cost");
    private static final Text INSTALL_VIE = Text.plain("sudo apt-get install tesseract-ocr-vie");

    private OcrProbe() {
    }

    static List<Check> probe(Map<String, String> environment, Duration timeout) {
        Optional<Path> tesseract = Programs.find(environment, "tesseract");
        if (tesseract.isEmpty()) {
            return List.of(new Check(ENGINE, Check.Status.MISSING, Text.of("tools.doctor.not-on-path"), ENGINE_COST,
                            Text.plain("sudo apt-get install tesseract-ocr tesseract-ocr-vie")),
                    Check.skipped(VIETNAMESE, Text.of("tools.doctor.ocr.lacking")));
        }
        String program = tesseract.get().toString();
        Optional<String> version = Programs.output(environment, timeout, List.of(program, "--version"))
                .flatMap(Versions::line);
        if (version.isEmpty()) {
            return List.of(new Check(ENGINE, Check.Status.MISSING, Text.of("tools.doctor.ocr.no-version", program),
                    ENGINE_COST, Text.of("tools.doctor.try-version", program)),
                    Check.skipped(VIETNAMESE, Text.of("tools.doctor.ocr.not-running")));
        }
        Check engine = Check.ok(ENGINE, version.get() + " (" + program + ")");
        Optional<List<String>> languages = Programs.output(environment, timeout, List.of(program, "--list-langs"))
                .map(OcrProbe::languages);
        if (languages.isEmpty()) {
            return List.of(engine, new Check(VIETNAMESE, Check.Status.WARNING, Text.of("tools.doctor.ocr.no-list"),
                    VIETNAMESE_COST, INSTALL_VIE));
        }
        if (!languages.get().contains("vie")) {
            return List.of(engine, new Check(VIETNAMESE, Check.Status.WARNING, Text.of("tools.doctor.ocr.no-vie",
                    String.join(", ", languages.get())), VIETNAMESE_COST, INSTALL_VIE));
        }
        return List.of(engine, Check.ok(VIETNAMESE, Text.of("tools.doctor.ocr.vie", String.join(", ", languages.get()))));
    }

    /**
     * The language codes of {@code tesseract --list-langs}: one a line after the heading
     * {@code List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):}.
     */
    static List<String> languages(String listing) {
        return listing.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("List of") && !l.contains(" "))
                .toList();
    }
}
