package vn.minhbach.doctor;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Major versions out of what programs print for {@code --version}. */
final class Versions {
    /**
     * The first dotted number not glued to a word: "Chromium 156.0.8078.114 built on Debian 12" gives 156,
     * "ChromeDriver 156.0.8078.114 (ea19f97...)" 156, "tesseract v5.3.0.20221214" 5; "Debian 12" is not a version.
     */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\w.])v?(\\d{1,6})\\.\\d+");

    private Versions() {
    }

    /** The first line of {@code --version} output that holds a version number, else its first line. */
    static Optional<String> line(String output) {
        List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.stream().filter(l -> DOTTED.matcher(l).find()).findFirst().or(() -> lines.stream().findFirst());
    }

    /** The major version in a {@code --version} line, or empty when it holds no dotted version number. */
    static OptionalInt major(String versionLine) {
        if (versionLine == null) {
            return OptionalInt.empty();
        }
        Matcher m = DOTTED.matcher(versionLine);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
