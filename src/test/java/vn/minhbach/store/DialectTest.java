package vn.minhbach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DialectTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            jdbc:h2:file:./data/minhbach,                                 H2
            jdbc:h2:mem:test,                                             H2
            JDBC:H2:file:/var/lib/minhbach/history,                       H2
            jdbc:postgresql://127.0.0.1:5432/minhbach,                    POSTGRESQL
            jdbc:postgresql://db.example.vn/minhbach?currentSchema=audit, POSTGRESQL
            """)
    void picksTheDatabaseByUrl(String url, Dialect dialect) {
        assertThat(Dialect.of(url)).isEqualTo(dialect);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://admin:secret@db/minhbach", "jdbc:sqlite:secret.db", "secret"})
    void refusesOtherDatabasesWithoutEchoingTheUrl(String url) {
        assertThatThrownBy(() -> Dialect.of(url)).isInstanceOf(StoreException.class)
                .hasMessageContaining("store.url").hasMessageNotContaining("secret");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            jdbc:postgresql://db/minhbach?user=u&password=p, jdbc:postgresql://db/minhbach
            jdbc:h2:file:./data/minhbach;PASSWORD=p,         jdbc:h2:file:./data/minhbach
            jdbc:h2:file:./data/minhbach,                    jdbc:h2:file:./data/minhbach
            """)
    void describesAUrlWithoutItsParameters(String url, String described) {
        assertThat(Dialect.describe(url)).isEqualTo(described);
    }

    @Test
    void aPostgreSqlServerThatIsDownIsSaidAtOnceWithoutTheUrlsParameters() {
        // Port 1 on loopback: nothing listens there, the connection is refused.
        assertThatThrownBy(() -> Dialect.POSTGRESQL.dataSource("jdbc:postgresql://127.0.0.1:1/test?password=secret",
                null, null))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to the history store at jdbc:postgresql://127.0.0.1:1/test: ")
                .hasMessageNotContaining("secret");
    }
}
