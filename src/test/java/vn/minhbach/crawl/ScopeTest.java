package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "https://lyson.quangngai.gov.vn/, https://lyson.quangngai.gov.vn/a, true",
        "https://lyson.quangngai.gov.vn/, http://lyson.quangngai.gov.vn/a, true",
        "https://lyson.quangngai.gov.vn/, https://www.lyson.quangngai.gov.vn/a, true",
        "https://www.lyson.gov.vn/, http://lyson.gov.vn/a, true",
        "https://lyson.quangngai.gov.vn/, https://quangngai.gov.vn/a, false",
        "https://lyson.quangngai.gov.vn/, https://dichvucong.quangngai.gov.vn/a, false",
        "https://lyson.quangngai.gov.vn/, https://lyson.quangngai.gov.vn:8080/a, false",
        "http://127.0.0.1:8080/, http://127.0.0.1:8080/a, true",
        "http://127.0.0.1:8080/, http://127.0.0.1:9090/a, false",
        "http://127.0.0.1:8080/, http://127.0.0.1/a, false",
    })
    void containsTheSeedHostAndItsTwin(String seed, String url, boolean inScope) {
        assertThat(Scope.of(URI.create(seed)).contains(URI.create(url))).isEqualTo(inScope);
    }

    @org.junit.jupiter.api.Test
    void widensToAnotherHostAndItsTwin() {
        Scope scope = Scope.of(URI.create("http://lyson.gov.vn/")).with(URI.create("https://lyson.quangngai.gov.vn/"));
        assertThat(scope.contains(URI.create("https://www.lyson.quangngai.gov.vn/a"))).isTrue();
        assertThat(scope.contains(URI.create("http://www.lyson.gov.vn/a"))).isTrue();
        assertThat(scope.contains(URI.create("https://quangngai.gov.vn/a"))).isFalse();
    }
}
