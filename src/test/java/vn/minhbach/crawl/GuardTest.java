package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuardTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, true", "127.8.9.10, true", "::1, true", "169.254.169.254, true", "169.254.1.1, true",
        "fe80::1, true", "10.0.0.7, true", "172.16.0.1, true", "172.31.255.255, true", "192.168.1.1, true",
        "100.64.0.1, true", "100.127.255.254, true", "0.0.0.0, true", "0.1.2.3, true", "224.0.0.1, true",
        "fd00:ec2::254, true", "fc00::1, true", "::ffff:169.254.169.254, true",
        "8.8.8.8, false", "172.32.0.1, false", "100.128.0.1, false", "203.113.131.2, false", "2001:db8::1, false",
        "172.15.255.255, false"})
    void internalAddresses(String address, boolean internal) throws UnknownHostException {
        assertThat(Guard.internal(InetAddress.getByName(address))).isEqualTo(internal);
    }

    @ParameterizedTest
    @CsvSource({
        "http://portal.test/a, ",
        "http://www.portal.test:8080/a, ",
        "http://other.test/a, refused: other.test is outside the configured sites (not requested)",
        "http://127.0.0.1:9/, refused: 127.0.0.1 is outside the configured sites (not requested)",
        "http://item.test/x, ",
        "http://moved.test/, ",
    })
    void hosts(String url, String refusal) {
        URI site = URI.create("http://portal.test/");
        Guard guard = Guard.of(site, () -> Scope.of(site), List.of(URI.create("http://item.test/x")), NO_DNS);
        guard.admit(URI.create("http://moved.test/home"));
        assertThat(guard.refuses(URI.create(url))).isEqualTo(refusal);
    }

    @Test
    void anAddressInTheUrlIsCheckedBeforeTheRequest() {
        URI site = URI.create("http://10.0.0.5/");
        Guard guard = Guard.of(site, () -> Scope.of(site), List.of(URI.create("http://169.254.169.254/latest/")), NO_DNS);
        assertThat(guard.refuses(URI.create("http://10.0.0.5/a"))).isNull();
        assertThat(guard.refuses(URI.create("http://169.254.169.254/latest/meta-data/")))
                .startsWith("refused: 169.254.169.254 resolves to 169.254.169.254");
        assertThat(Guard.OPEN.refuses(URI.create("http://169.254.169.254/"))).isNull();
    }

    private static final DnsResolver NO_DNS = new DnsResolver() {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            throw new UnknownHostException(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    };
}
