package vn.minhbach.text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;

/** What went wrong with a file or folder, in words a person can act on. */
public final class FileProblems {
    private FileProblems() {
    }

    /**
     * The reason of {@code e}: the JDK's own message of a file-system error is often the path alone (a folder that
     * is a file), and the operating system's reason ("No space left on device") comes apart from it.
     */
    public static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return e.getMessage() + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied on " + e.getMessage();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
