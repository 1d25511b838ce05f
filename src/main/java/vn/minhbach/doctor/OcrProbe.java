package vn.minhbach.doctor;

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
    static final String ENGINE = "Tesseract (OCR)";
    static final String VIETNAMESE = "Tesseract: tiếng Việt";
    static final String ENGINE_COST = "tệp PDF scan đính kèm không đọc được: mục dựa vào chúng là UNKNOWN"
            + " (chưa đọc được nội dung văn bản)";
    static final String VIETNAMESE_COST = "chữ tiếng Việt trong bản scan được nhận dạng kém (sai dấu), số hiệu,"
            + " ngày và kỳ báo cáo có thể không đọc được";
    private static final String INSTALL_VIE = "sudo apt-get install tesseract-ocr-vie";

    private OcrProbe() {
    }

    static List<Check> probe(Map<String, String> environment, Duration timeout) {
        Optional<Path> tesseract = Programs.find(environment, "tesseract");
        if (tesseract.isEmpty()) {
            return List.of(new Check(ENGINE, Check.Status.MISSING, "không tìm thấy trên PATH", ENGINE_COST,
                            "sudo apt-get install tesseract-ocr tesseract-ocr-vie"),
                    Check.skipped(VIETNAMESE, "thiếu Tesseract"));
        }
        String program = tesseract.get().toString();
        Optional<String> version = Programs.output(environment, timeout, List.of(program, "--version"))
                .flatMap(Versions::line);
        if (version.isEmpty()) {
            return List.of(new Check(ENGINE, Check.Status.MISSING, "có ở " + program + " nhưng không trả lời --version",
                    ENGINE_COST, "chạy thử " + program + " --version"), Check.skipped(VIETNAMESE, "Tesseract không chạy"));
        }
        Check engine = Check.ok(ENGINE, version.get() + " (" + program + ")");
        Optional<List<String>> languages = Programs.output(environment, timeout, List.of(program, "--list-langs"))
                .map(OcrProbe::languages);
        if (languages.isEmpty()) {
            return List.of(engine, new Check(VIETNAMESE, Check.Status.WARNING, "tesseract --list-langs không trả lời",
                    VIETNAMESE_COST, INSTALL_VIE));
        }
        if (!languages.get().contains("vie")) {
            return List.of(engine, new Check(VIETNAMESE, Check.Status.WARNING, "không có dữ liệu vie (có: "
                    + String.join(", ", languages.get()) + ")", VIETNAMESE_COST, INSTALL_VIE));
        }
        return List.of(engine, Check.ok(VIETNAMESE, "có dữ liệu vie (" + String.join(", ", languages.get()) + ")"));
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
