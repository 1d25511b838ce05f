package vn.minhbach.report;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A {@code --format} list such as {@code "json,html"}, read into the formats of one kind of report. */
final class FormatList {
    private FormatList() {
    }

    /**
     * Parses a comma-separated list of {@code type}'s names: case-insensitive, blanks around names ignored,
     * duplicates allowed.
     *
     * @throws IllegalArgumentException naming the first value that is not a format, or when the list is empty
     */
    static <E extends Enum<E>> Set<E> parse(Class<E> type, String commaList) {
        String expected = Stream.of(type.getEnumConstants()).map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        if (commaList == null || commaList.isBlank()) {
            throw new IllegalArgumentException("no report format given; expected some of " + expected);
        }
        Set<E> formats = EnumSet.noneOf(type);
        for (String part : commaList.split(",", -1)) {
            String name = part.strip();
            try {
                formats.add(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown report format '" + name + "'; expected some of " + expected);
            }
        }
        return Collections.unmodifiableSet(formats);
    }
}
