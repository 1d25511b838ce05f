package vn.minhbach.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the command line with its exit code and captured output. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        return of(CommandLine.defaultFactory(), args);
    }

    /** A run whose commands {@code factory} makes, e.g. with another environment injected. */
    static CliRun of(CommandLine.IFactory factory, String... args) {
        return on(Main.commandLine(factory), args);
    }

    /** A run of {@code cmd}, a command line as {@link Main} configures it. */
    static CliRun on(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
