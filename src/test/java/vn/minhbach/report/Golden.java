package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with the reviewed files under src/test/resources/golden/. Run with
 * {@code -Dminhbach.updateGolden=true} to rewrite them, then review the diff before committing.
 */
final class Golden {

    static final Path DIR = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("minhbach.updateGolden")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file %s; create it with -Dminhbach.updateGolden=true", file).exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
