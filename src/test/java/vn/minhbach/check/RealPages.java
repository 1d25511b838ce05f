package vn.minhbach.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.crawl.HtmlParsing;
import vn.minhbach.extract.LegalDocRow;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFactsExtractor;
import vn.minhbach.extract.QaPair;
import vn.minhbach.model.CrawledPage;
import vn.minhbach.text.PhoneNumber;

/**
 * Saved pages of real portals, each with the facts a reader finds on it, run through the real
 * {@link PageFactsExtractor}. One dynamic test per fact, so a report names exactly which fact of which page
 * does not hold.
 */
final class RealPages {
    private RealPages() {
    }

    /** One thing a person reading the page finds on it, checked on the extracted facts. */
    record Fact(String name, Consumer<PageFacts> check) {
    }

    /** A saved page, the address it was saved from, and its facts. */
    record Page(String file, URI url, List<Fact> facts) {
        Page(String file, String url, Fact... facts) {
            this(file, URI.create(url), List.of(facts));
        }
    }

    /** The folder of test pages on the classpath ({@code src/test/resources/NAME}). */
    static Path resources(String name) {
        try {
            return Path.of(Objects.requireNonNull(RealPages.class.getResource("/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The shared samples folder: {@code -Dminhbach.samples}, else {@code shared/samples} next to the
     * repository or next to one of its parent folders (a worktree sits deeper than the main checkout).
     */
    static Path sharedSamples() {
        String configured = System.getProperty("minhbach.samples");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/samples folder above " + Path.of("").toAbsolutePath());
    }

    /** Every page file under a folder, as paths relative to it ("congbao-sonla/danh_muc.html"). */
    static List<String> pageFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PageFacts facts(Path root, Page page) {
        String html = html(root.resolve(page.file()));
        return new PageFactsExtractor(ChecklistConfig.DEFAULT).extract(
                new CrawledPage(page.url(), page.url(), 1, 200, html.length(), 10), HtmlParsing.parse(html, page.url().toString()));
    }

    /** A container per page holding one test per fact; the page is read once. */
    static Stream<DynamicNode> tests(Path root, Collection<Page> pages) {
        return pages.stream().map(page -> {
            PageFacts[] facts = new PageFacts[1];
            return DynamicContainer.dynamicContainer(page.file(), page.facts().stream().map(fact ->
                    DynamicTest.dynamicTest(fact.name(), () -> {
                        if (facts[0] == null) {
                            facts[0] = facts(root, page);
                        }
                        try {
                            fact.check().accept(facts[0]);
                        } catch (AssertionError e) {
                            // surefire reports dynamic tests by index: name the page and the fact in the message
                            throw new AssertionError(page.file() + ": " + fact.name() + "\n" + e.getMessage(), e);
                        }
                    })));
        });
    }

    static Fact fact(String name, Consumer<PageFacts> check) {
        return new Fact(name, check);
    }

    static List<LocalDate> entryDates(PageFacts page) {
        return page.entries().stream().map(PageFacts.Entry::date).filter(Objects::nonNull).toList();
    }

    static List<LocalDate> askedDates(PageFacts page) {
        return page.qa().stream().map(QaPair::asked).toList();
    }

    static List<LocalDate> answeredDates(PageFacts page) {
        return page.qa().stream().map(QaPair::answered).toList();
    }

    static List<String> numbers(PageFacts page) {
        return page.legalDocs().stream().map(LegalDocRow::number).toList();
    }

    static List<String> phoneDigits(PageFacts page) {
        return page.contact().phones().stream().map(PhoneNumber::digits).toList();
    }

    static List<String> hotlineDigits(PageFacts page) {
        return page.contact().hotlines().stream().map(PhoneNumber::digits).toList();
    }

    static List<String> linkTargets(PageFacts page) {
        return page.links().stream().map(l -> l.href().toString()).toList();
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
