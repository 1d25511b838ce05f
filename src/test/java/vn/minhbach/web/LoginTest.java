package vn.minhbach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.minhbach.config.DashboardConfig;

class LoginTest {
    private static final DashboardConfig OPEN = new DashboardConfig("0.0.0.0", 8080, "U", "P");
    private static final Login LOGIN = Login.of(OPEN, Map.of("U", "admin", "P", "p:ss wörd")::get);

    @Test
    void loopbackNeedsNoLogin() {
        Login none = Login.of(DashboardConfig.DEFAULT, name -> null);
        assertThat(none.required()).isFalse();
        assertThat(none.accepts(null)).isTrue();
        assertThat(LOGIN.required()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            admin | p:ss wörd  | true
            admin | p:ss word  | false
            admin | p:ss wörd! | false
            Admin | p:ss wörd  | false
            ''    | p:ss wörd  | false
            admin | ''         | false
            """)
    void onlyTheRightPairIsAccepted(String user, String password, boolean accepted) {
        assertThat(LOGIN.accepts(Http.basic(user, password))).isEqualTo(accepted);
        assertThat(LOGIN.accepts(Http.basic(user, password).replace("Basic ", "basic "))).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", textBlock = """
            NULL
            Bearer abc
            Basic
            Basic !!!notbase64
            Basic YWRtaW4=
            """)
    void malformedHeadersAreRefused(String header) {
        assertThat(LOGIN.accepts(header)).isFalse();
    }

    @Test
    void missingVariablesAreNamedByTheirKey() {
        assertThatThrownBy(() -> Login.of(OPEN, Map.of("P", "x")::get))
                .hasMessage("dashboard.userEnv names the environment variable U, which is not set or empty");
        assertThatThrownBy(() -> Login.of(new DashboardConfig("10.1.1.1", 80, null, null), name -> "x"))
                .hasMessage("dashboard.userEnv is required when the dashboard is bound beyond loopback");
    }
}
