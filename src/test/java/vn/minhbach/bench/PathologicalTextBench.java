package vn.minhbach.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.minhbach.extract.RowDates;
import vn.minhbach.extract.StatedDates;
import vn.minhbach.text.DocumentNumbers;
import vn.minhbach.text.KeyWords;
import vn.minhbach.text.LegacyVietnamese;
import vn.minhbach.text.Periods;
import vn.minhbach.text.PhoneNumbers;
import vn.minhbach.text.VietDates;
import vn.minhbach.text.VietText;

/**
 * Every text parser on 5 MB texts built to make a backtracking pattern slow or a recursive one overflow the
 * stack: long runs of digits and separators that almost form a date, a phone number or a document number, a
 * document code of endless segments, repeated keywords, stacked combining marks. A parser whose time grows faster than the text shows here as seconds instead of
 * milliseconds (docs/reliability.md has the figures). Run with {@code scripts/bench jmh PathologicalTextBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class PathologicalTextBench {
    static final int SIZE = 5 * 1024 * 1024;

    /** The parser, by the name docs/reliability.md uses. */
    @Param({"dates", "periods", "documentNumbers", "phones", "normalize", "fold", "key", "keyWords", "legacy",
            "statedDates", "rowDates"})
    public String parser;

    /** The text, repeated up to 5 MB (see {@link #unit}). */
    @Param({"digits", "slashes", "dots", "nearDates", "spacedDigits", "phoneRun", "codeChain", "yearChain",
            "keywords", "marks", "prose"})
    public String text;

    private String input;
    private Function<String, Object> run;

    @Setup(Level.Trial)
    public void setUp() {
        input = text(text, SIZE);
        run = parser(parser);
    }

    @Benchmark
    public Object parse() {
        return run.apply(input);
    }

    /**
     * A quicker measured run than JMH's: each parser, warmed up on 50 KB, on each text at 0.5 MB and, when that
     * took under two seconds, at 5 MB, best of three in CPU time of the thread, as a Markdown table; the ratio of the two times is about
     * 10 for a parser whose time grows with the text, 100 for one whose time grows with its square.
     */
    public static void main(String[] args) {
        String[] parsers = {"dates", "periods", "documentNumbers", "phones", "normalize", "fold", "key", "keyWords",
            "legacy", "statedDates", "rowDates"};
        String[] texts = {"digits", "slashes", "dots", "nearDates", "spacedDigits", "phoneRun", "codeChain",
            "yearChain", "keywords", "marks", "prose"};
        System.out.println("| parser | text | 0.5 MB (CPU ms) | 5 MB (CPU ms) | ratio |");
        System.out.println("|---|---|---:|---:|---:|");
        for (String p : args.length > 0 ? args : parsers) {
            Function<String, Object> run = parser(p);
            for (String t : texts) {
                // compiled before it is timed, on a text of the same kind
                best(run, text(t, SIZE / 100));
                best(run, text(t, SIZE / 100));
                double small = best(run, text(t, SIZE / 10));
                double large = small < 2000 ? best(run, text(t, SIZE)) : Double.NaN;
                System.out.printf("| %s | %s | %.1f | %s | %s |%n", p, t, small,
                        Double.isNaN(large) ? "not run" : String.format("%.1f", large),
                        Double.isNaN(large) ? "" : String.format("%.1f", large / Math.max(small, 0.01)));
            }
        }
    }

    /** The least CPU time of the calling thread over up to three runs: other processes' load does not count. */
    private static double best(Function<String, Object> run, String input) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = threads.getCurrentThreadCpuTime();
            run.apply(input);
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1e6);
            if (best > 2000) {
                break;
            }
        }
        return best;
    }

    static String text(String name, int size) {
        String unit = unit(name);
        StringBuilder out = new StringBuilder(size + unit.length());
        // a code chain starts as a document number does, then goes on segment after segment
        out.append(name.equals("codeChain") ? "125/KH" : "");
        while (out.length() < size) {
            out.append(unit);
        }
        // an ending that fails every pattern's last step, so a backtracking one tries all it can
        return out.append("x\u0301").toString();
    }

    static String unit(String name) {
        return switch (name) {
            case "digits" -> "1234567890";
            case "slashes" -> "1/1/1/";
            case "dots" -> "12.12.";
            case "nearDates" -> "31/02/202631-12-2026";
            case "spacedDigits" -> "0 1 2 3 4 5 (6) +7 ";
            case "phoneRun" -> "0255.3714507/";
            case "codeChain" -> "-UBND";
            case "yearChain" -> "2021-2025-";
            case "keywords" -> "ngày tháng năm quý 6 tháng đầu giai đoạn số ";
            case "marks" -> "a\u0301\u0323\u0300";
            case "prose" -> "Kế hoạch số 125/KH-UBND ngày 03 tháng 02 năm 2026, quý I năm 2026, liên hệ 0255.3714507. ";
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Function<String, Object> parser(String name) {
        return switch (name) {
            case "dates" -> VietDates::findAll;
            case "periods" -> Periods::findAll;
            case "documentNumbers" -> DocumentNumbers::findAll;
            case "phones" -> PhoneNumbers::findAll;
            case "normalize" -> VietText::normalize;
            case "fold" -> VietText::fold;
            case "key" -> VietText::key;
            // a new key each call: KeyWords keeps the words of the keys it has seen
            case "keyWords" -> s -> KeyWords.of(s + System.nanoTime());
            case "legacy" -> LegacyVietnamese::detect;
            case "statedDates" -> StatedDates::last;
            case "rowDates" -> s -> RowDates.issued(s, "125/KH-UBND");
            default -> throw new IllegalArgumentException(name);
        };
    }
}
