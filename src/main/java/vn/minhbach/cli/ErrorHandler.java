package vn.minhbach.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import vn.minhbach.config.ConfigException;
import vn.minhbach.store.StoreException;

/**
 * The edge where failures become exit codes: a config error prints one line per problem and exits 2; an
 * I/O or store failure (reports not writable, database unreachable) exits 3; anything else is logged with its stack trace and exits 3.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        var err = cmd.getErr();
        if (e instanceof ConfigException config) {
            for (String problem : config.problems()) {
                err.println("config error: " + config.source() + ": " + problem);
            }
            err.flush();
            return ExitCodes.USAGE;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException || e instanceof StoreException) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.CANNOT_RUN;
        }
        LoggerFactory.getLogger(ErrorHandler.class).error("audit failed", e);
        err.println("error: " + e);
        err.flush();
        return ExitCodes.CANNOT_RUN;
    }
}
