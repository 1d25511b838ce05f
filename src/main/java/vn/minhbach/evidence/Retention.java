package vn.minhbach.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.minhbach.store.EvidenceIndex;

/**
 * Keeps the history bounded: daily detail older than {@code store.retainDays} (the evidence index rows of
 * older audits, the WARC files none of whose records is still evidence, page-cache rows of pages not seen
 * since) is deleted; the audits with their summaries and item verdicts stay for period reports. A payload
 * still shown by a recent audit keeps its record, however old, since the recent audit points at it.
 */
public final class Retention {
    private final EvidenceIndex index;
    private final Path dir;
    private final int retainDays;

    public Retention(EvidenceIndex index, Path dir, int retainDays) {
        if (retainDays < 1) {
            throw new IllegalArgumentException("store.retainDays must be at least 1, got " + retainDays);
        }
        this.index = index;
        this.dir = dir;
        this.retainDays = retainDays;
    }

    /**
     * What was pruned.
     *
     * @param before       detail of audits dated before this day was deleted
     * @param filesDeleted the WARC files deleted
     */
    public record Pruned(LocalDate before, List<String> filesDeleted) {
        public Pruned {
            filesDeleted = List.copyOf(filesDeleted);
        }
    }

    /** Prunes the detail of a config's audits older than the retention period counted back from {@code asOf}. */
    public Pruned apply(String configKey, LocalDate asOf) {
        LocalDate before = asOf.minusDays(retainDays);
        List<String> released = index.prune(configKey, before);
        for (String name : released) {
            Path file = dir.resolve(name).normalize();
            if (!file.startsWith(dir.normalize())) {
                throw new IllegalStateException("the evidence index names a file outside " + dir + ": " + name);
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + file, e);
            }
        }
        return new Pruned(before, released);
    }
}
