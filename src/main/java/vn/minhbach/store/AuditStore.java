package vn.minhbach.store;

import java.util.Set;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.minhbach.config.StoreConfig;
import vn.minhbach.crawl.PageCache;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.AuditRun;

/**
 * Audit history: every audit saved whole, listed per config, loaded back exactly as it was written.
 * Holds no business logic; what changed between audits is worked out in {@code vn.minhbach.history}.
 * Failures are {@link StoreException}s. Safe to use from several threads at once.
 */
public interface AuditStore extends AutoCloseable {

    /**
     * Saves one audit in a single transaction: its metadata, the config fingerprint, every item with its
     * verdict, reason, rule, figures and evidence, the broken links and the site facts. Either all of it is
     * stored or, when anything fails, none of it.
     *
     * @return the id of the new audit
     */
    String save(String configKey, String configFingerprint, AuditRun run);

    /**
     * Saves one audit as {@link #save} does, but not yet complete: no reader shows it (not {@link #list},
     * {@link #record}, {@link #load}, {@link #itemHistory}, {@link #periodItems}, nor the documents its evidence
     * holds) until {@link #complete} is called, once its evidence is kept. A process killed in between leaves an
     * audit that {@link #abandoned} names and {@link #discard} deletes.
     *
     * @return the id of the new audit
     */
    String begin(String configKey, String configFingerprint, AuditRun run);

    /**
     * Makes an audit saved by {@link #begin} part of the history.
     *
     * @throws StoreException when it is no longer waiting (discarded meanwhile, or completed already)
     */
    void complete(String auditId);

    /** The audits of a config saved by {@link #begin} and never completed, oldest first. */
    List<String> abandoned(String configKey);

    /** The ids of every audit the store holds, complete or not, of any config. */
    Set<String> ids();

    /** Deletes an audit that was never completed, with everything saved of it; a complete audit is kept. */
    void discard(String auditId);

    /** The newest {@code limit} audits of a config, newest first (by audit date, then start time). */
    List<AuditRecord> list(String configKey, int limit);

    /** The listing entry of one audit, or empty when no audit has that id. */
    Optional<AuditRecord> record(String auditId);

    /** One audit as it was saved, equal to the {@link AuditRun} given to {@link #save}, or empty. */
    Optional<AuditRun> load(String auditId);

    /**
     * The verdicts of every audit of a config dated {@code from} to {@code to} (both inclusive), oldest
     * first. Pass {@link LocalDate#EPOCH} as {@code from} for the whole history.
     */
    List<AuditStatuses> itemHistory(String configKey, LocalDate from, LocalDate to);

    /**
     * The page cache of a config's sites, for incremental crawling: the last full download of every page, so
     * that the next audit can send conditional requests and parse the remembered page on 304.
     */
    PageCache pageCache(String configKey);

    /** The index of the evidence archive: which WARC record holds what each URL showed in each audit. */
    EvidenceIndex evidence();

    /**
     * Every audit of a config dated {@code from} to {@code to} (both inclusive), oldest first (by audit date,
     * then start time), each with its items' verdicts, reasons and figures but not their evidence: what period
     * reports are computed from.
     */
    List<AuditItems> periodItems(String configKey, LocalDate from, LocalDate to);

    /** Records one attempt to send an e-mail; its audit id, when given, must name a stored audit. */
    void recordDelivery(Delivery delivery);

    /** The newest {@code limit} recorded e-mail attempts of a config, newest first. */
    List<Delivery> deliveries(String configKey, int limit);

    @Override
    void close();

    /** Opens the store of a config, reading credentials from the process environment. */
    static AuditStore open(StoreConfig config) {
        return open(config, System::getenv);
    }

    /**
     * Opens the store at {@code config.url()} (H2 for {@code jdbc:h2:...}, PostgreSQL for
     * {@code jdbc:postgresql://...}; the default H2 file when absent) and migrates its schema to the
     * current version. The user and password are read through {@code environment} from the variables named
     * by {@code store.userEnv} and {@code store.passwordEnv}.
     */
    static AuditStore open(StoreConfig config, UnaryOperator<String> environment) {
        return JdbcAuditStore.open(config, environment);
    }
}
