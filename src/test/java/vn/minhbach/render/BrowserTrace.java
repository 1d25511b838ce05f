package vn.minhbach.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The browser one audit's JVM started, traced from outside through /proc while the JVM runs: the processes
 * (chromedriver, Chromium's, the watchdog; Chromium's crash handler, which leaves the process tree at once, by a
 * mark in the environment it inherits from the JVM) and the folders (the profile in the JVM's temporary folder,
 * and the folder of Chromium's single-instance socket, which the profile's {@code SingletonSocket} link names).
 * What was seen can be asked for after the JVM has gone and init has taken over whatever it left.
 */
final class BrowserTrace {
    /** The start of the name of the browser's profile folder, which its processes name on their command line. */
    static final String PROFILE = "minhbach-browser-";

    private final ProcessHandle jvm;
    private final String mark;
    private final Path tmp;
    /** Told while they ran: a process that has ended no longer says what it ran. */
    private final Map<Long, Seen> processes = new ConcurrentHashMap<>();
    private final Set<Path> chromiumTemps = ConcurrentHashMap.newKeySet();

    /**
     * Traces the browser of {@code jvm}, started with {@code mark} ("NAME=value") in its environment and
     * {@code tmp} as its temporary folder.
     */
    BrowserTrace(ProcessHandle jvm, String mark, Path tmp) {
        this.jvm = jvm;
        this.mark = mark;
        this.tmp = tmp;
    }

    /** Looks again, while the JVM runs. */
    void record() {
        if (!jvm.isAlive()) {
            return;
        }
        Stream.concat(jvm.descendants(), marked().stream()).map(Seen::of).flatMap(Optional::stream)
                .forEach(s -> processes.merge(s.handle().pid(), s, Seen::fuller));
        for (Path profile : profiles()) {
            try {
                chromiumTemps.add(Files.readSymbolicLink(profile.resolve("SingletonSocket")).getParent());
            } catch (IOException | RuntimeException notYet) {
                // Chromium has not made it yet, or it is gone
            }
        }
    }

    /** The command lines of every browser process seen. */
    List<String> seen() {
        return processes.values().stream().map(Seen::commandLine).toList();
    }

    /**
     * The browser processes that still run, as "PID command line": a zombie has ended (only its parent has not
     * collected its exit status yet), so it is not among them.
     */
    List<String> running() {
        List<Seen> all = new ArrayList<>(processes.values());
        marked().stream().map(Seen::of).flatMap(Optional::stream).forEach(all::add);
        return all.stream().filter(s -> running(s.handle())).map(s -> s.handle().pid() + " " + s.commandLine())
                .distinct().toList();
    }

    /** The profile folders in the temporary folder, and the folders of Chromium's socket seen, still there. */
    List<Path> leftovers() {
        List<Path> left = new ArrayList<>(profiles());
        chromiumTemps.stream().filter(Files::exists).forEach(left::add);
        return left;
    }

    private List<Path> profiles() {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith(PROFILE)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The processes whose environment carries the mark, the JVM excepted. */
    private List<ProcessHandle> marked() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> read(p.resolve("environ")).contains(mark))
                    .flatMap(p -> ProcessHandle.of(Long.parseLong(p.getFileName().toString())).stream())
                    .filter(p -> p.pid() != jvm.pid()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Alive and not a zombie (state Z in /proc/PID/stat, after the parenthesised name). */
    private static boolean running(ProcessHandle p) {
        String stat = read(Path.of("/proc", String.valueOf(p.pid()), "stat"));
        return p.isAlive() && !stat.isEmpty() && !stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
    }

    /** The file's text, or empty when it cannot be read (the process has gone, or is another user's). */
    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** A process of the browser, with the command line it showed. */
    private record Seen(ProcessHandle handle, String commandLine) {
        /**
         * The process, when it is chromedriver or Chromium's, or names the browser's profile (the watchdog). The
         * command line is read in /proc: Chromium's processes rewrite theirs as one string, of which Java's
         * {@link ProcessHandle.Info#arguments} sees nothing.
         */
        static Optional<Seen> of(ProcessHandle p) {
            String line = read(Path.of("/proc", String.valueOf(p.pid()), "cmdline")).replace('\0', ' ').strip();
            boolean browser = p.info().command().map(c -> c.contains("chrom")).orElse(false)
                    || line.contains(PROFILE);
            return browser ? Optional.of(new Seen(p, line)) : Optional.empty();
        }

        /** A process forked by Chromium's zygote shows its own command line a moment after it started. */
        Seen fuller(Seen later) {
            return later.commandLine.length() > commandLine.length() ? later : this;
        }
    }
}
