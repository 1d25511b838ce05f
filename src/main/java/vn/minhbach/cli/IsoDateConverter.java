package vn.minhbach.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import vn.minhbach.report.ReportFormat;

/** Parses {@code --as-of} as an ISO date and {@code --format} lists, as usage errors (exit 2) when wrong. */
final class IsoDateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("expected a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    static Set<ReportFormat> formats(CommandSpec spec, String list) {
        try {
            return ReportFormat.parse(list);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
    }
}
