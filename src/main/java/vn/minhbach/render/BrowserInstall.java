package vn.minhbach.render;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The browser this machine offers for rendering pages built by JavaScript: Chromium and the chromedriver that
 * drives it, found on the PATH (or named by {@code MINHBACH_CHROMIUM} / {@code MINHBACH_CHROMEDRIVER}), with the
 * versions they print. Either may be missing; {@link #ready()} says whether both are there.
 *
 * @param chromium       the browser, or null
 * @param chromiumVersion what {@code chromium --version} printed, or null
 * @param driver         chromedriver, or null
 * @param driverVersion  what {@code chromedriver --version} printed, or null
 */
public record BrowserInstall(Path chromium, String chromiumVersion, Path driver, String driverVersion) {

    /** The reason a page that needs a browser gets when none is installed. */
    public static final String NEEDS_BROWSER = "needs a browser to read; install chromium and chromium-driver";

    private static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "chrome");
    private static final List<String> DRIVER_NAMES = List.of("chromedriver");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+");

    /** Looks for the browser and its driver; runs each {@code --version} once, for at most a few seconds. */
    public static BrowserInstall probe() {
        return probe(System.getenv());
    }

    /**
     * Looks for the browser and its driver with {@code environment} standing for the process environment
     * ({@code PATH}, {@code MINHBACH_CHROMIUM}, {@code MINHBACH_CHROMEDRIVER}), so a caller can ask what another
     * PATH would offer.
     */
    public static BrowserInstall probe(Map<String, String> environment) {
        Path chromium = find(environment, "MINHBACH_CHROMIUM", BROWSER_NAMES).orElse(null);
        Path driver = find(environment, "MINHBACH_CHROMEDRIVER", DRIVER_NAMES).orElse(null);
        return new BrowserInstall(chromium, version(chromium), driver, version(driver));
    }

    /** Both the browser and its driver are there. */
    public boolean ready() {
        return chromium != null && driver != null;
    }

    /** What is missing, in words a user can act on, or empty when {@link #ready()}. */
    public Optional<String> missing() {
        if (ready()) {
            return Optional.empty();
        }
        String what = chromium == null && driver == null ? "chromium and chromedriver"
                : chromium == null ? "chromium" : "chromedriver";
        return Optional.of(what + " not found on the PATH (apt-get install chromium chromium-driver)");
    }

    private static Optional<Path> find(Map<String, String> environment, String variable, List<String> names) {
        String named = environment.get(variable);
        if (named != null && !named.isBlank()) {
            Path path = Path.of(named);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String pathVariable = environment.get("PATH");
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String name : names) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The line of {@code --version} output that carries a version number, else its first line, or null for none.
     * Debian's chromium is a shell wrapper whose settings scripts may print a warning before the version
     * ("/usr/bin/chromium: 9: [: 25275080704: unexpected operator").
     */
    static String versionLine(String output) {
        List<String> lines = output.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return lines.stream().filter(line -> VERSION.matcher(line).find()).findFirst()
                .orElse(lines.isEmpty() ? null : lines.get(0));
    }

    /** The first line {@code --version} prints with a version number, or null when the program does not answer in time. */
    private static String version(Path program) {
        if (program == null) {
            return null;
        }
        try {
            Process process = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return versionLine(out);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
