package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolitenessTest {

    private record Span(long start, long end) {
    }

    @Test
    void requestsToOneHostAreSerialisedAndSpacedByTheDelay() throws InterruptedException {
        Politeness politeness = new Politeness(150);
        List<Span> spans = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String host = i % 2 == 0 ? "http://lyson.gov.vn/" : "http://www.lyson.gov.vn/";
            Thread thread = new Thread(() -> {
                try {
                    politeness.call(URI.create(host), () -> {
                        long start = System.nanoTime();
                        busy(20);
                        return spans.add(new Span(start, System.nanoTime()));
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Span> sorted = spans.stream().sorted((a, b) -> Long.compare(a.start, b.start)).toList();
        assertThat(sorted).hasSize(4);
        for (int i = 1; i < sorted.size(); i++) {
            long gapMillis = (sorted.get(i).start - sorted.get(i - 1).end) / 1_000_000;
            assertThat(gapMillis).as("gap before request %d", i).isGreaterThanOrEqualTo(140);
        }
    }

    @Test
    void crawlDelayOnlyRaisesTheDelay() {
        Politeness politeness = new Politeness(1000);
        URI host = URI.create("http://lyson.gov.vn/");
        politeness.raiseDelay(host, 200);
        assertThat(politeness.delayMillis(host)).isEqualTo(1000);
        politeness.raiseDelay(host, 5000);
        assertThat(politeness.delayMillis(URI.create("https://www.lyson.gov.vn/x"))).isEqualTo(5000);
        assertThat(politeness.delayMillis(URI.create("http://other.gov.vn/"))).isEqualTo(1000);
    }

    private static void busy(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
