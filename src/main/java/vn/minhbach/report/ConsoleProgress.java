package vn.minhbach.report;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import vn.minhbach.i18n.Messages;

/**
 * One progress line on an interactive terminal, rewritten in place with a carriage return:
 * {@code "portal: 132 trang, 57 chờ, https://..."} ({@code "portal: 132 pages, 57 queued, https://..."}). Updates are throttled to about ten a second so a fast
 * crawl does not spend its time printing; on a pipe, in a log or on a dumb terminal it prints nothing.
 * Crawler threads call it concurrently, so writes are serialised. The command line hands
 * {@link #progress} to the crawl as its listener: a view knows nothing of the crawler.
 */
public final class ConsoleProgress implements AutoCloseable {

    static final long MIN_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    static final int WIDTH = 100;

    private final PrintStream out;
    private final boolean enabled;
    private final Map<URI, String> labels;
    private final LongSupplier nanoClock;
    private final Messages messages;
    private long lastNanos;
    private boolean drawn;
    private int lastWidth;

    ConsoleProgress(PrintStream out, boolean enabled, Map<URI, String> labels, LongSupplier nanoClock) {
        this(Messages.vi(), out, enabled, labels, nanoClock);
    }

    ConsoleProgress(Messages messages, PrintStream out, boolean enabled, Map<URI, String> labels,
                    LongSupplier nanoClock) {
        this.messages = messages;
        this.out = out;
        this.enabled = enabled;
        this.labels = Map.copyOf(labels);
        this.nanoClock = nanoClock;
    }

    /** Progress on {@code out} when the process runs on an interactive terminal; otherwise silent. */
    public static ConsoleProgress forTerminal(PrintStream out) {
        return forTerminal(out, Map.of());
    }

    /**
     * As {@link #forTerminal(PrintStream)}, naming each crawl by a label (such as its site role) instead of
     * its seed's host.
     */
    public static ConsoleProgress forTerminal(PrintStream out, Map<URI, String> seedLabels) {
        return forTerminal(Messages.vi(), out, seedLabels);
    }

    /** As {@link #forTerminal(PrintStream, Map)}, in the language of {@code messages}. */
    public static ConsoleProgress forTerminal(Messages messages, PrintStream out, Map<URI, String> seedLabels) {
        return new ConsoleProgress(messages, out, interactive(), seedLabels, System::nanoTime);
    }

    /** One crawl's state: pages fetched, links queued and the page being fetched. */
    public synchronized void progress(URI seed, int fetched, int queued, URI current) {
        if (!enabled) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (drawn && now - lastNanos < MIN_INTERVAL_NANOS) {
            return;
        }
        lastNanos = now;
        String line = TerminalText.truncate(TerminalText.clean(messages.get("report.progress", label(seed), fetched,
                queued, current == null ? "" : current.toString())), WIDTH);
        draw(line);
    }

    /** Clears the line so the next output starts on a clean row. */
    @Override
    public synchronized void close() {
        if (enabled && drawn) {
            out.print("\r" + " ".repeat(lastWidth) + "\r");
            out.flush();
            drawn = false;
        }
    }

    private void draw(String line) {
        int width = TerminalText.width(line);
        // Blank out what is left of a longer previous line.
        String padding = " ".repeat(Math.max(0, lastWidth - width));
        out.print("\r" + line + padding);
        out.flush();
        lastWidth = width;
        drawn = true;
    }

    private String label(URI seed) {
        if (seed == null) {
            return "";
        }
        String label = labels.get(seed);
        if (label != null) {
            return label;
        }
        return seed.getHost() != null ? seed.getHost() : seed.toString();
    }

    static boolean interactive() {
        if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        // From Java 22 System.console() is non-null even when output is redirected; isTerminal() tells.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(System.console());
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
