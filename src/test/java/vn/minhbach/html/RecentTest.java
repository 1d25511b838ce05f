package vn.minhbach.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentTest {
    private final AtomicInteger computed = new AtomicInteger();
    private final Recent<String> recent = new Recent<>(2, 10);

    private String upper(String key) {
        computed.incrementAndGet();
        return key.toUpperCase();
    }

    @Test
    void computesAKeyOnceWhileItIsAmongTheLatest() {
        assertThat(recent.get("trang chủ", this::upper)).isEqualTo("TRANG CHỦ");
        assertThat(recent.get("trang chủ", this::upper)).isEqualTo("TRANG CHỦ");
        assertThat(computed).hasValue(1);

        recent.get("a", this::upper);
        recent.get("b", this::upper);
        recent.get("trang chủ", this::upper);
        assertThat(computed).as("dropped as the least recently used of three").hasValue(4);
    }

    @Test
    void keepsNothingForLongKeys() {
        String page = "x".repeat(11);
        recent.get(page, this::upper);
        recent.get(page, this::upper);
        assertThat(computed).hasValue(2);
    }

    @Test
    void eachThreadKeepsItsOwn() throws InterruptedException {
        recent.get("a", this::upper);
        Thread other = new Thread(() -> recent.get("a", this::upper));
        other.start();
        other.join();
        assertThat(computed).hasValue(2);
    }
}
