package vn.minhbach.bench;

import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFactsExtractor;
import vn.minhbach.model.CrawledPage;

/**
 * The per-page work of an audit on one page: parsing it with jsoup, and reading the checklist's facts from
 * the parsed document ({@link PageFactsExtractor#extract}), apart, so each can be seen on its own.
 * Run with {@code scripts/bench jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PageFactsBench {

    @Param({"ARTICLE", "NEWS_POST", "NEWS_LIST", "DOCUMENT_LIST", "QA_LIST"})
    public BenchPages page;

    private BenchPages.Page loaded;
    private CrawledPage crawled;
    private Document document;
    private PageFactsExtractor extractor;

    @Setup
    public void load() {
        loaded = page.load();
        crawled = new CrawledPage(loaded.url(), loaded.url(), 2, 200, loaded.html().length(), 1);
        extractor = new PageFactsExtractor(ChecklistConfig.DEFAULT);
    }

    /**
     * A fresh document for each call: the extractors keep what they share about a page with its document
     * (the folded first words of its texts, the label searches), so a document read before reads faster.
     * Parsing a page takes a few percent of extracting it, which stays above the millisecond for which JMH
     * advises against setup per invocation.
     */
    @Setup(Level.Invocation)
    public void parseAgain() {
        document = Jsoup.parse(loaded.html(), loaded.url().toString());
    }

    @Benchmark
    public Document parse() {
        return Jsoup.parse(loaded.html(), loaded.url().toString());
    }

    @Benchmark
    public PageFacts extract() {
        return extractor.extract(crawled, document);
    }
}
