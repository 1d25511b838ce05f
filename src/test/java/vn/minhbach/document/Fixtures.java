package vn.minhbach.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The documents under src/test/resources/documents (see the README there for how they were made). */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
