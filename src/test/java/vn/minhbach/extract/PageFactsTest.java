package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.minhbach.extract.PageFacts.Label;
import vn.minhbach.extract.PageFacts.Link;

class PageFactsTest {

    /** Records of the same components, whose equals and hashCode are the generated ones. */
    private record GeneratedLabel(String text, String key) {
    }

    private record GeneratedLink(Label text, URI href) {
    }

    @Test
    void labelAndLinkCompareAndHashAsRecordsDo() {
        Label label = Label.of("Hỏi – đáp trực tuyến");
        URI href = URI.create("https://ubnd.example.gov.vn/hoi-dap");
        assertThat(label.hashCode()).isEqualTo(new GeneratedLabel(label.text(), label.key()).hashCode());
        assertThat(new Link(label, href).hashCode()).isEqualTo(new GeneratedLink(label, href).hashCode());
        assertThat(new Link(null, null).hashCode()).isEqualTo(new GeneratedLink(null, null).hashCode());

        assertThat(new Label(label.text(), label.key())).isEqualTo(label).isNotEqualTo(Label.EMPTY);
        assertThat(new Link(new Label(label.text(), label.key()), URI.create(href.toString())))
                .isEqualTo(new Link(label, href))
                .isNotEqualTo(new Link(label, URI.create("https://ubnd.example.gov.vn/")))
                .isNotEqualTo(new Link(null, href));
        assertThat(new Link(null, null)).isEqualTo(new Link(null, null));
    }
}
