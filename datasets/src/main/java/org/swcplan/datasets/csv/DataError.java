package org.swcplan.datasets.csv;

import java.util.Comparator;
import java.util.List;

/**
 * One problem in a data file, located like a compiler's message.
 *
 * @param line   physical line in the file, 1-based, the header being line 1; 0 for the whole file
 * @param column 1-based column (field) number; 0 when the problem concerns the whole row or file
 * @param header the column's header, or empty
 * @param message the problem in English
 * @param key     names the kind of problem for an interface that words it in another language
 *                ({@code data.error.KEY}), or empty where only the English is given
 * @param args    the values the wording names, as written in the message
 */
public record DataError(String file, long line, int column, String header, String message, String key,
                        List<String> args)
        implements Comparable<DataError> {
    private static final Comparator<DataError> ORDER = Comparator.comparing(DataError::file)
            .thenComparingLong(DataError::line).thenComparingInt(DataError::column)
            .thenComparing(DataError::message);

    public DataError {
        header = header == null ? "" : header;
        key = key == null ? "" : key;
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A problem given only in English. */
    public DataError(String file, long line, int column, String header, String message) {
        this(file, line, column, header, message, "", List.of());
    }

    /**
     * {@code monitoring.csv:14:3 (erosion_light_km2): expected a number, found "n/a"}; a problem
     * with the whole file (line 0) is {@code monitoring.csv: message}.
     */
    public String format() {
        return format(message);
    }

    /** As {@link #format()}, with the message worded otherwise (in another language). */
    public String format(String wording) {
        String where = line == 0 ? file : file + ":" + line + ":" + column;
        return where + (header.isEmpty() ? "" : " (" + header + ")") + ": " + wording;
    }

    @Override
    public int compareTo(DataError other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
