package vn.minhbach.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LevelUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.function.UnaryOperator;

/**
 * The log of every minhbach process, set up in code because reading a {@code logback.xml} costs Logback a
 * noticeable part of start-up: one line per event on standard error ({@value #PATTERN}), WARN and above, with
 * {@code vn.minhbach} at the level {@code MINHBACH_LOG_LEVEL} names (WARN when unset) and {@code vn.minhbach.serve},
 * which logs what the service ran and when, at that level too (INFO when unset). The variable is read as Logback
 * reads {@code ${MINHBACH_LOG_LEVEL}} in a configuration file: a system property first, then the environment.
 * Logback's own status messages are not printed.
 *
 * <p>A configuration file still wins, found where Logback looks for one: {@code -Dlogback.configurationFile},
 * then {@code logback-test.xml} or {@code logback.xml} on the class path. Logback finds this class through
 * {@code META-INF/services}.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";
    static final String LEVEL_VARIABLE = "MINHBACH_LOG_LEVEL";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null || onClassPath("logback-test.xml")
                || onClassPath("logback.xml")) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, LogConfigurator::variable);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context}, reading {@code MINHBACH_LOG_LEVEL} through {@code variables}. */
    static void configure(LoggerContext context, UnaryOperator<String> variables) {
        context.getStatusManager().add(new NopStatusListener());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        String level = variables.apply(LEVEL_VARIABLE);
        context.getLogger("vn.minhbach").setLevel(level(level, "WARN"));
        context.getLogger("vn.minhbach.serve").setLevel(level(level, "INFO"));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
    }

    private boolean onClassPath(String resource) {
        return getClass().getClassLoader().getResource(resource) != null;
    }

    /** A variable as Logback reads {@code ${NAME}} in a configuration file: a system property first, then the environment. */
    private static String variable(String name) {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
    }

    /**
     * The level {@code value} names, or {@code fallback} when it is null; as in a configuration file, blank,
     * INHERITED and NULL leave the logger to inherit its parent's level, and an unknown name means DEBUG.
     */
    private static Level level(String value, String fallback) {
        return LevelUtil.levelStringToLevel(value == null ? fallback : value);
    }
}
