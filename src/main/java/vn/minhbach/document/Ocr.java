package vn.minhbach.document;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The OCR engine this machine offers for scanned documents: Tesseract with its Vietnamese data ({@code vie}), run as
 * a process per page ({@code tesseract <png> stdout -l vie --psm 3}) and killed when a page takes longer than its
 * timeout. Found on the PATH or named by {@code MINHBACH_TESSERACT}; without the program or its Vietnamese data it
 * is not {@link #available()} and {@link #why()} says what to install, so a scan is reported as unread rather than
 * failing the audit.
 */
public final class Ocr {

    /** How long one page may take; a large scan at 300 dpi takes a few seconds on one core. */
    public static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);
    static final String LANGUAGE = "vie";
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(15);
    private static final String NOT_INSTALLED =
            "máy chưa cài tesseract-ocr và tesseract-ocr-vie (không tìm thấy tesseract trên PATH)";

    private static volatile Ocr system;

    private final Path tesseract;
    private final String why;
    private final Duration timeout;
    private final String tessdata;

    private Ocr(Path tesseract, String why, Duration timeout, String tessdata) {
        this.tesseract = tesseract;
        this.why = why;
        this.timeout = timeout;
        this.tessdata = tessdata;
    }

    /** This process's Tesseract, probed once per JVM: asking {@code --list-langs} costs a process start. */
    public static Ocr system() {
        Ocr probed = system;
        if (probed == null) {
            synchronized (Ocr.class) {
                if (system == null) {
                    system = probe(System.getenv());
                }
                probed = system;
            }
        }
        return probed;
    }

    /**
     * Looks for Tesseract with {@code environment} standing for the process environment ({@code PATH},
     * {@code MINHBACH_TESSERACT}, {@code TESSDATA_PREFIX}) and asks it whether it has Vietnamese data.
     */
    public static Ocr probe(Map<String, String> environment) {
        Path program = find(environment);
        String tessdata = environment.get("TESSDATA_PREFIX");
        if (program == null) {
            return new Ocr(null, NOT_INSTALLED, PAGE_TIMEOUT, tessdata);
        }
        Ocr candidate = new Ocr(program, null, PAGE_TIMEOUT, tessdata);
        try {
            TesseractRun run = TesseractRun.run(List.of(program.toString(), "--list-langs"), tessdata,
                    PROBE_TIMEOUT);
            // Tesseract 3 listed the languages on stderr, 4 and 5 on stdout.
            boolean vietnamese = (run.out() + "\n" + run.err()).lines().map(String::strip)
                    .anyMatch(LANGUAGE::equals);
            return vietnamese ? candidate : new Ocr(null,
                    "tesseract không có dữ liệu tiếng Việt (chưa cài tesseract-ocr-vie)", PAGE_TIMEOUT, tessdata);
        } catch (IOException e) {
            return new Ocr(null, "tesseract không chạy được: " + e.getMessage(), PAGE_TIMEOUT, tessdata);
        }
    }

    /** An engine that is switched off, for {@code why}. */
    public static Ocr none(String why) {
        return new Ocr(null, why, PAGE_TIMEOUT, null);
    }

    /** The same engine with another timeout per page. */
    public Ocr withTimeout(Duration pageTimeout) {
        return new Ocr(tesseract, why, pageTimeout, tessdata);
    }

    /** Tesseract and its Vietnamese data are there. */
    public boolean available() {
        return tesseract != null;
    }

    /** Why OCR is not available, in Vietnamese a user can act on; null when it is. */
    public String why() {
        return why;
    }

    /** The text Tesseract reads in {@code page}, written to a temporary PNG that is deleted afterwards. */
    public String text(BufferedImage page) throws IOException {
        Path png = Files.createTempFile("minhbach-ocr-", ".png");
        try {
            if (!ImageIO.write(page, "png", png.toFile())) {
                throw new IOException("không ghi được ảnh trang để OCR");
            }
            return text(png);
        } finally {
            Files.deleteIfExists(png);
        }
    }

    /** The text Tesseract reads in the image {@code png}; fails when the engine is not available or times out. */
    public String text(Path png) throws IOException {
        if (!available()) {
            throw new IOException(why);
        }
        TesseractRun run = TesseractRun.run(
                List.of(tesseract.toString(), png.toString(), "stdout", "-l", LANGUAGE, "--psm", "3"), tessdata, timeout);
        if (run.exit() != 0) {
            String last = run.err().lines().map(String::strip).filter(line -> !line.isEmpty())
                    .reduce((first, second) -> second).orElse("");
            throw new IOException("tesseract dừng với mã " + run.exit() + (last.isEmpty() ? "" : ": " + last));
        }
        return run.out().strip();
    }

    private static Path find(Map<String, String> environment) {
        String named = environment.get("MINHBACH_TESSERACT");
        if (named != null && !named.isBlank()) {
            Path path = Path.of(named);
            return Files.isExecutable(path) ? path : null;
        }
        String pathVariable = environment.get("PATH");
        if (pathVariable == null || pathVariable.isBlank()) {
            return null;
        }
        for (String dir : pathVariable.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "tesseract");
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
