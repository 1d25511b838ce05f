package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The log as set up in code. The tests' own logback-test.xml is on the class path, so Logback leaves it to that
 * file; the main set-up is checked here on a context of its own.
 */
class LogConfiguratorTest {

    @Test
    void logbackFindsItAsAService() {
        assertThat(ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class))
                .anyMatch(c -> c instanceof LogConfigurator);
    }

    @Test
    void aConfigurationFileOnTheClassPathWins() {
        LoggerContext context = new LoggerContext();
        assertThat(new LogConfigurator().configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    @Test
    void warningsOnStandardErrorAndTheServiceAtInfo() {
        LoggerContext context = new LoggerContext();
        LogConfigurator.configure(context, name -> null);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        var appender = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(appender.getTarget()).isEqualTo("System.err");
        assertThat(((PatternLayoutEncoder) appender.getEncoder()).getPattern())
                .isEqualTo("%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");
        assertThat(context.getStatusManager().getCopyOfStatusListenerList()).hasSize(1);
        assertThat(context.getLogger("vn.minhbach.crawl.Fetcher").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("vn.minhbach.serve.Service").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.flywaydb.core.Flyway").getEffectiveLevel()).isEqualTo(Level.WARN);
    }

    @ParameterizedTest
    @CsvSource({"debug, DEBUG, DEBUG", "' Error ', ERROR, ERROR",
            "bogus, DEBUG, DEBUG", "'', WARN, WARN", "inherited, WARN, WARN"})
    void theVariableSetsMinhbachsLevel(String value, String minhbach, String serve) {
        LoggerContext context = new LoggerContext();
        LogConfigurator.configure(context, name -> name.equals("MINHBACH_LOG_LEVEL") ? value : null);
        assertThat(context.getLogger("vn.minhbach.crawl.Fetcher").getEffectiveLevel()).hasToString(minhbach);
        assertThat(context.getLogger("vn.minhbach.serve.Service").getEffectiveLevel()).hasToString(serve);
        assertThat(context.getLogger("org.flywaydb.core.Flyway").getEffectiveLevel()).isEqualTo(Level.WARN);
    }
}
