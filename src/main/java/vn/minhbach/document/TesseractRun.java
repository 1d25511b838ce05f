package vn.minhbach.document;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of the tesseract program: its exit code and what it wrote.
 *
 * @param exit the exit code
 * @param out  what it wrote to stdout (the text read, or the language list)
 * @param err  what it wrote to stderr
 */
record TesseractRun(int exit, String out, String err) {

    /**
     * Runs {@code command} with its output in temporary files (a pipe left unread would block a talkative
     * process), killing it and its children when it outlives {@code limit}; the files are deleted afterwards.
     */
    static TesseractRun run(List<String> command, String tessdata, Duration limit) throws IOException {
        Path out = Files.createTempFile("minhbach-ocr-", ".out");
        Path err = Files.createTempFile("minhbach-ocr-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            // Tesseract's OpenMP threads slow it down when several pages or audits share a few cores.
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            if (tessdata != null && !tessdata.isBlank()) {
                builder.environment().put("TESSDATA_PREFIX", tessdata);
            }
            Process process = builder.start();
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    kill(process);
                    throw new IOException("tesseract quá " + limit.toSeconds() + " giây, đã dừng");
                }
            } catch (InterruptedException e) {
                kill(process);
                Thread.currentThread().interrupt();
                throw new IOException("tesseract bị ngắt", e);
            }
            return new TesseractRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
