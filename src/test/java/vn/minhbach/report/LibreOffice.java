package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opens files the way their readers will: LibreOffice headless converts them (docx to PDF or text, xlsx to one
 * CSV per sheet). Each converter gets its own user profile, so parallel runs do not share a lock.
 */
final class LibreOffice {
    /** Export every sheet (token 12 = -1), comma separated, UTF-8, cells as shown (token 9). */
    static final String CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

    private final Path profile;

    LibreOffice(Path work) {
        this.profile = work.resolve("lo-profile");
    }

    /** Converts {@code file} with the filter given, into {@code outDir}; returns the files it wrote. */
    List<Path> convert(Path file, String filter, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        List<Path> before = list(outDir);
        Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", filter, "--outdir", outDir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished within 180 s").isTrue();
        assertThat(process.exitValue()).as(Files.readString(outDir.resolve("soffice.log"))).isZero();
        List<Path> written = new ArrayList<>(list(outDir));
        written.removeAll(before);
        written.removeIf(p -> p.getFileName().toString().equals("soffice.log"));
        assertThat(written).as(Files.readString(outDir.resolve("soffice.log"))).isNotEmpty();
        return written;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
