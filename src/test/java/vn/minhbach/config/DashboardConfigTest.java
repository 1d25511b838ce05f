package vn.minhbach.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DashboardConfigTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            127.0.0.1,         true
            127.3.2.1,         true
            localhost,         true
            LocalHost,         true
            ::1,               true
            [::1],             true
            0:0:0:0:0:0:0:1,   true
            0.0.0.0,           false
            ::,                false
            192.168.1.10,      false
            minhbach.local,    false
            cafe.bad,          false
            127.0.0.1.nip.io,  false
            """)
    void onlyLoopbackAddressesAreLoopback(String bind, boolean loopback) {
        assertThat(new DashboardConfig(bind, 8080, null, null).loopback()).as(bind).isEqualTo(loopback);
    }
}
