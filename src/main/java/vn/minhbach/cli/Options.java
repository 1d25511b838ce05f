package vn.minhbach.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;
import vn.minhbach.i18n.Lang;
import vn.minhbach.report.ReportFormat;

/** Option parsing shared by commands; a bad value is a usage error (exit 2). */
final class Options {
    private Options() {
    }

    /** {@code --as-of}: an ISO date. */
    static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("expected a date YYYY-MM-DD, got '" + value + "'");
            }
        }
    }

    /** {@code --lang}: the language people are told things in. */
    static final class Language implements CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            try {
                return Lang.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --format}: a comma-separated list of report formats. */
    static Set<ReportFormat> formats(CommandSpec spec, String list) {
        try {
            return ReportFormat.parse(list);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
    }
}
