package vn.minhbach.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.config.SiteConfig;
import vn.minhbach.model.SiteRole;

class SiteCrawlsTest {
    private static final SiteConfig PORTAL = site(SiteRole.PORTAL, "https://lyson.quangngai.gov.vn/");
    private static final SiteConfig ONESTOP = site(SiteRole.ONESTOP, "https://motcualyson.quangngai.gov.vn/");

    @Test
    void sitesOnDifferentHostsAreCrawledAtTheSameTime() {
        // each crawl waits until the other has begun: run one after the other, neither would see the other
        CountDownLatch begun = new CountDownLatch(2);
        Map<SiteRole, Boolean> metTheOther = SiteCrawls.run(List.of(PORTAL, ONESTOP), site -> {
            begun.countDown();
            try {
                return begun.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });

        assertThat(metTheOther).containsExactlyInAnyOrderEntriesOf(
                Map.of(SiteRole.PORTAL, true, SiteRole.ONESTOP, true));
    }

    @Test
    void sitesOnOneHostAreCrawledOneAfterTheOther() {
        Map<SiteRole, Thread> crawledBy = SiteCrawls.run(
                List.of(PORTAL, site(SiteRole.ONESTOP, "https://www.lyson.quangngai.gov.vn/motcua")),
                site -> Thread.currentThread());

        assertThat(crawledBy).containsOnlyKeys(SiteRole.PORTAL, SiteRole.ONESTOP);
        assertThat(crawledBy.get(SiteRole.ONESTOP)).isSameAs(crawledBy.get(SiteRole.PORTAL));
    }

    @Test
    void aCrawlThatFailsFailsTheAuditOnceTheOtherHasEnded() {
        AtomicInteger ended = new AtomicInteger();
        assertThatThrownBy(() -> SiteCrawls.run(List.of(PORTAL, ONESTOP), site -> {
            if (site.role() == SiteRole.PORTAL) {
                throw new IllegalStateException("no portal");
            }
            return ended.incrementAndGet();
        })).isInstanceOf(IllegalStateException.class).hasMessage("no portal");
        assertThat(ended).hasValue(1);
    }

    @Test
    void anInterruptReachesEveryCrawlAndStaysSet() {
        CountDownLatch begun = new CountDownLatch(2);
        Thread auditing = Thread.currentThread();
        Map<SiteRole, Boolean> interrupted = SiteCrawls.run(List.of(PORTAL, ONESTOP), site -> {
            begun.countDown();
            try {
                if (begun.await(10, TimeUnit.SECONDS) && site.role() == SiteRole.PORTAL) {
                    auditing.interrupt();
                }
                // a crawl stops when interrupted; one that is not waits out the whole minute
                new CountDownLatch(1).await(60, TimeUnit.SECONDS);
                return false;
            } catch (InterruptedException e) {
                return true;
            }
        });

        assertThat(Thread.interrupted()).as("the audit's thread is still interrupted").isTrue();
        assertThat(interrupted).containsExactlyInAnyOrderEntriesOf(
                Map.of(SiteRole.PORTAL, true, SiteRole.ONESTOP, true));
    }

    private static SiteConfig site(SiteRole role, String url) {
        return new SiteConfig(role, URI.create(url), CrawlSettings.defaults());
    }
}
