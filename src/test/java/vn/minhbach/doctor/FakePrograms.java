package vn.minhbach.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/** Shell scripts standing for chromium, chromedriver or tesseract in a folder a test puts alone on the PATH. */
final class FakePrograms {
    private FakePrograms() {
    }

    /** Writes an executable {@code dir/name} that runs {@code body} with /bin/sh; {@code $1} is its first argument. */
    static Path write(Path dir, String name, String body) throws IOException {
        Path program = dir.resolve(name);
        Files.writeString(program, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        return program;
    }

    /** An environment whose PATH is {@code dir} alone. */
    static Map<String, String> pathOf(Path dir) {
        return Map.of("PATH", dir.toString());
    }
}
