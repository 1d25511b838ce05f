package vn.minhbach.doctor;

import vn.minhbach.model.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.i18n.Messages;
import vn.minhbach.render.BrowserInstall;

/**
 * What this machine offers minhbach, and what each missing part costs: Java, Chromium and chromedriver, the
 * Tesseract OCR engine and its Vietnamese data, and for a config its history store and SMTP server. The probes
 * run side by side; each step of a probe waits at most {@code timeout}, each probe at most twice that and two
 * seconds more, and none throws: what goes wrong is a {@link Check} saying so.
 */
public final class Doctor {
    /** How long one step (a program's answer, a connection, a server's reply) may take by default. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    static final Text NO_CONFIG = Text.of("tools.doctor.no-config");

    private final Map<String, String> environment;
    private final Duration timeout;

    /**
     * @param environment stands for the process environment: the PATH programs are looked up on, and the
     *                    variables a config names for credentials
     * @param timeout     the longest wait of one step
     */
    public Doctor(Map<String, String> environment, Duration timeout) {
        this.environment = Map.copyOf(environment);
        this.timeout = timeout;
    }

    /** Every check, in a fixed order; the store and SMTP are skipped when {@code config} is null. */
    public List<Check> run(AuditConfig config) {
        UnaryOperator<String> variables = environment::get;
        ExecutorService pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "minhbach-doctor");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Duration limit = timeout.multipliedBy(2).plusSeconds(2);
            long deadline = System.nanoTime() + limit.toNanos();
            List<Running> running = List.of(
                    start(pool, () -> List.of(JavaCheck.probe()),
                            why -> new Check(JavaCheck.NAME, Check.Status.FAILED, why, null, null)),
                    start(pool, () -> BrowserChecks.of(BrowserInstall.probe(environment)),
                            why -> new Check(BrowserChecks.CHROMIUM, Check.Status.MISSING, why, BrowserChecks.COST, null)),
                    start(pool, () -> OcrProbe.probe(environment, timeout),
                            why -> new Check(OcrProbe.ENGINE, Check.Status.MISSING, why, OcrProbe.ENGINE_COST, null)),
                    start(pool, () -> List.of(config == null ? Check.skipped(StoreProbe.NAME, NO_CONFIG)
                                    : StoreProbe.probe(config.store(), variables, timeout)),
                            why -> new Check(StoreProbe.NAME, Check.Status.FAILED, why, StoreProbe.COST, null)),
                    start(pool, () -> List.of(smtp(config, variables)),
                            why -> new Check(SmtpProbe.NAME, Check.Status.FAILED, why, SmtpProbe.COST, null)));
            List<Check> checks = new ArrayList<>();
            for (Running probe : running) {
                checks.addAll(probe.await(deadline, limit));
            }
            return List.copyOf(checks);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether a part the config needs does not work: then {@code doctor} exits non-zero. */
    public static boolean anyFailed(List<Check> checks) {
        return checks.stream().anyMatch(c -> c.status() == Check.Status.FAILED);
    }

    /** The last line in Vietnamese. */
    public static String summary(List<Check> checks) {
        return summary(checks, Messages.vi());
    }

    /** The last line: whether minhbach can work here, and which parts to look at. */
    public static String summary(List<Check> checks, Messages messages) {
        if (anyFailed(checks)) {
            return messages.get("tools.doctor.summary.failed", names(checks, messages, Check.Status.FAILED));
        }
        String partial = names(checks, messages, Check.Status.MISSING, Check.Status.WARNING);
        return partial.isEmpty() ? messages.get("tools.doctor.summary.ok")
                : messages.get("tools.doctor.summary.partial", partial);
    }

    private static String names(List<Check> checks, Messages messages, Check.Status... statuses) {
        List<Check.Status> wanted = List.of(statuses);
        return checks.stream().filter(c -> wanted.contains(c.status())).map(c -> messages.format(c.label()))
                .collect(Collectors.joining(", "));
    }

    private Check smtp(AuditConfig config, UnaryOperator<String> variables) {
        if (config == null) {
            return Check.skipped(SmtpProbe.NAME, NO_CONFIG);
        }
        if (config.email().smtp() == null) {
            return Check.skipped(SmtpProbe.NAME, Text.of("tools.doctor.no-email"));
        }
        return SmtpProbe.probe(config.email().smtp(), variables, timeout);
    }

    private static Running start(ExecutorService pool, Callable<List<Check>> probe, Function<Text, Check> fallback) {
        return new Running(pool.submit(probe), fallback);
    }

    /** A probe under way, and the check that stands for it when it fails or overruns. */
    private record Running(Future<List<Check>> future, Function<Text, Check> fallback) {
        List<Check> await(long deadline, Duration limit) {
            try {
                return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                return List.of(fallback.apply(Text.of("tools.doctor.timeout", limit.toSeconds())));
            } catch (ExecutionException e) {
                return List.of(fallback.apply(Text.of("tools.doctor.broken",
                        String.valueOf(e.getCause() == null ? e : e.getCause()))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                return List.of(fallback.apply(Text.of("tools.doctor.interrupted")));
            }
        }
    }
}
